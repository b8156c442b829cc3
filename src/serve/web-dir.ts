// Where the built browser files live: dist/web/ at the package root. This file sits two levels
// down both as src/serve/web-dir.ts and as dist/serve/web-dir.js, so one relative path serves both.
import { fileURLToPath } from 'node:url';

export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const WEB_DIR = `${PACKAGE_ROOT}dist/web`;
