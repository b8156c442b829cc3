// Starting and stopping the HTTP server: Node's http server through @hono/node-server, on loopback
// unless told otherwise. Returns the URL it listens on (port 0 picks a free port, for tests).
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Store } from '../store/store.js';
import { createApp, type AppOptions } from './app.js';

export interface ServerOptions extends Omit<AppOptions, 'store'> {
  readonly host?: string;
  readonly port?: number;
}

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8080;

export function startServer(store: Store, options: ServerOptions = {}): Promise<RunningServer> {
  const app = createApp({ ...options, store });
  const host = options.host ?? DEFAULT_HOST;
  return new Promise((resolve, reject) => {
    const server = serve(
      {
        fetch: app.fetch,
        hostname: host,
        port: options.port ?? DEFAULT_PORT,
        // Headers bounded as well as the request target (app.tsx): 16 KB in all, Node's default made explicit.
        serverOptions: { maxHeaderSize: 16 * 1024, requestTimeout: 30_000 },
      },
      (info: AddressInfo) => {
        const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
        resolve({
          url: `http://${shown}:${info.port}/`,
          close: () =>
            new Promise<void>((done, fail) => {
              server.close((error) => (error ? fail(error) : done()));
              // Keep-alive connections would hold close() open until they time out.
              (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
            }),
        });
      },
    );
    server.once('error', reject);
  });
}
