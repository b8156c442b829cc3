// The API documentation: Swagger UI from the swagger-ui-dist package, served by this server.
import type { FC } from 'hono/jsx';

export const DocsPage: FC = () => (
  <html lang="en">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>Readout API</title>
      <link rel="stylesheet" href="/docs/assets/swagger-ui.css" />
      <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
      <script src="/docs/assets/swagger-ui-bundle.js" defer></script>
      <script src="/assets/docs.js" defer></script>
    </head>
    <body>
      {/* No <main> of our own: Swagger UI renders its own main landmark inside #swagger-ui. */}
      <div>
        <h1 class="visually-hidden">Readout API</h1>
        <p>
          <a href="/">Back to the dashboard</a> · <a href="/openapi.json">OpenAPI 3.1 document</a>
        </p>
        <div id="swagger-ui"></div>
      </div>
    </body>
  </html>
);
