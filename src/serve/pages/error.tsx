import type { FC } from 'hono/jsx';
import { Layout } from './layout.js';

export const ErrorPage: FC<{ status: number; message: string }> = ({ status, message }) => (
  <Layout title={`Error ${status}`}>
    <h1>{status === 404 ? 'Not found' : `Error ${status}`}</h1>
    <p class="error">{message}</p>
    <p>
      <a href="/">Back to the overview</a>
    </p>
  </Layout>
);
