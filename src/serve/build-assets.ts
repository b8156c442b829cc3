// Bundles the browser scripts (charts, the network graph, evidence links) and the stylesheet from
// npm packages into dist/web/ with esbuild, at build time: the pages load nothing from a CDN. Each
// file gets a brotli (.br) and a gzip (.gz) copy beside it, which the server sends to browsers that
// accept them (serveStatic's precompressed option).
// esbuild is a development dependency: the server imports web-dir.ts, never this file.
// Run by `npm run build` and the prepare script (so `npm ci` leaves a working dashboard), and by the
// browser tests before they start, so they never test a stale bundle.
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { PACKAGE_ROOT as ROOT, WEB_DIR } from './web-dir.js';

export async function buildAssets(): Promise<void> {
  await build({
    entryPoints: {
      readout: `${ROOT}src/serve/client/main.ts`,
      'readout-style': `${ROOT}src/serve/client/readout.css`,
      docs: `${ROOT}src/serve/client/docs.ts`,
    },
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
  for (const name of readdirSync(WEB_DIR).filter((n) => /\.(js|css|svg)$/.test(n))) {
    const bytes = readFileSync(`${WEB_DIR}/${name}`);
    writeFileSync(`${WEB_DIR}/${name}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }));
    writeFileSync(`${WEB_DIR}/${name}.gz`, gzipSync(bytes, { level: 9 }));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildAssets();
