// Stable ids from content, never from run order: the first report's document hash and the fact's key.
import { createHash } from 'node:crypto';

export const factId = (prefix: 'ev' | 'ag' | 'tr' | 'pe', ...parts: ReadonlyArray<string | number | boolean | null>): string =>
  `${prefix}_${createHash('sha256')
    .update(parts.map((p) => String(p)).join('\u001f'))
    .digest('hex')
    .slice(0, 16)}`;
