// The API documentation page: Swagger UI from the swagger-ui-dist package (served under
// /docs/assets/), pointed at the served OpenAPI document. A separate file because the
// Content-Security-Policy allows no inline script.
declare const SwaggerUIBundle: (options: { url: string; dom_id: string; deepLinking: boolean }) => unknown;

SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', deepLinking: true });
