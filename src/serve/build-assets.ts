// Bundles the browser scripts (charts, the network graph, evidence links) and the stylesheet from
// npm packages into dist/web/ with esbuild, at build time: the pages load nothing from a CDN.
// Run by `npm run build` and the prepare script (so `npm ci` leaves a working dashboard), and by the
// browser tests before they start, so they never test a stale bundle.
import { copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Where the server finds the built files (this file sits two levels down in src/ and in dist/). */
export const WEB_DIR = `${ROOT}dist/web`;

export async function buildAssets(): Promise<void> {
  await build({
    entryPoints: { readout: `${ROOT}src/serve/client/main.ts`, 'readout-style': `${ROOT}src/serve/client/readout.css`, docs: `${ROOT}src/serve/client/docs.ts` },
    outdir: WEB_DIR,
    bundle: true,
    minify: true,
    sourcemap: true,
    format: 'iife',
    target: ['es2022', 'chrome110', 'firefox110', 'safari16'],
    logLevel: 'warning',
    legalComments: 'linked',
  });
  copyFileSync(`${ROOT}src/serve/client/favicon.svg`, `${WEB_DIR}/favicon.svg`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildAssets();
