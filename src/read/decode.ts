// Bytes → text. A BOM wins; then strict UTF-8; then a statistical guess (chardet) decoded by
// iconv-lite. Binary content is refused rather than decoded into noise.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { InputError } from './errors.js';

export interface Decoded {
  readonly text: string;
  readonly encoding: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function fromBom(bytes: Uint8Array): Decoded | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'UTF-16BE' };
  return null;
}

/** Share of bytes that no text encoding uses (NUL and C0 controls other than whitespace). */
function controlShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 65536);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) bad++;
  }
  return n ? bad / n : 0;
}

// chardet names the legacy single-byte encodings by their ISO/Windows names; these are the ones
// diplomatic sources actually arrive in. Anything else is refused with its name.
const SUPPORTED = new Set([
  'UTF-8', 'UTF-16LE', 'UTF-16BE', 'ISO-8859-1', 'ISO-8859-2', 'ISO-8859-5', 'ISO-8859-7', 'ISO-8859-9',
  'windows-1250', 'windows-1251', 'windows-1252', 'windows-1253', 'windows-1254', 'KOI8-R',
]);

export function decode(bytes: Uint8Array, source: string): Decoded {
  if (bytes.length === 0) throw new InputError(source, 'empty file');
  const bom = fromBom(bytes);
  if (bom) return bom;
  if (controlShare(bytes) > 0.01) throw new InputError(source, 'binary content, not text (control bytes found)');
  try {
    return { text: utf8.decode(bytes), encoding: 'UTF-8' };
  } catch {
    // not UTF-8: fall through to detection
  }
  // Only the detector's first choice counts: falling back to a weaker guess decodes noise.
  const top = chardet.analyse(bytes)[0];
  const best = top && SUPPORTED.has(top.name) ? preferCyrillic(bytes, top.name) : undefined;
  if (!best || !iconv.encodingExists(best)) {
    throw new InputError(source, `unknown or unsupported text encoding (not UTF-8; the detector suggests ${top?.name ?? 'nothing'})`);
  }
  return { text: iconv.decode(Buffer.from(bytes), best), encoding: best };
}

// Single-byte Cyrillic text is frequently scored as Latin-1 by detectors on short inputs; bytes
// 0xC0–0xFF dominating the high half are Cyrillic letters in windows-1251 but accented capitals
// and small letters in Latin-1. Pick windows-1251 when the high bytes look like running words.
function preferCyrillic(bytes: Uint8Array, name: string): string {
  if (!name.startsWith('ISO-8859-1') && name !== 'windows-1252') return name;
  let high = 0, letters = 0;
  for (const b of bytes) {
    if (b >= 0x80) high++;
    if (b >= 0xc0) letters++;
  }
  return high / bytes.length > 0.3 && letters / high > 0.8 ? 'windows-1251' : name;
}
