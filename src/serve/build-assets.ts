// Bundles the browser scripts (charts, the network graph, evidence links) and the stylesheet from
// npm packages into dist/web/ with esbuild, at build time: the pages load nothing from a CDN.
// esbuild is a development dependency: the server imports web-dir.ts, never this file.
// Run by `npm run build` and the prepare script (so `npm ci` leaves a working dashboard), and by the
// browser tests before they start, so they never test a stale bundle.
import { copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { PACKAGE_ROOT as ROOT, WEB_DIR } from './web-dir.js';

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
