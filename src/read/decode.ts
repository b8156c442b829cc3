// Bytes → text. A BOM wins; then UTF-16 recognised by its zero bytes; then strict UTF-8; then a statistical guess (chardet) decoded by
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

/**
 * UTF-16 saved without a byte-order mark: in text of the European scripts (Latin, Greek, Cyrillic:
 * U+0000–U+05FF) every other byte is a high byte from 0 to 5, which no 8-bit text has, and the low
 * bytes between them are almost never zero. High bytes at odd positions are little-endian.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 65536) & ~1;
  if (n < 4) return null;
  const high = [0, 0],
    zero = [0, 0];
  for (let i = 0; i < n; i++) {
    if (bytes[i]! <= 5) high[i & 1]!++;
    if (bytes[i] === 0) zero[i & 1]!++;
  }
  const pairs = n / 2;
  if (high[1]! / pairs > 0.9 && zero[0]! / pairs < 0.02) return 'utf-16le';
  if (high[0]! / pairs > 0.9 && zero[1]! / pairs < 0.02) return 'utf-16be';
  return null;
}

/** Share of units (bytes, or UTF-16 code units of decoded text) that no text uses: NUL and C0 controls other than whitespace. */
function controlShare(units: { readonly length: number; at(i: number): number }): number {
  const n = Math.min(units.length, 65536);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = units.at(i);
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) bad++;
  }
  return n ? bad / n : 0;
}

const bytesOf = (bytes: Uint8Array) => ({ length: bytes.length, at: (i: number) => bytes[i]! });
const unitsOf = (text: string) => ({ length: text.length, at: (i: number) => text.charCodeAt(i) });

// chardet names the legacy single-byte encodings by their ISO/Windows names; these are the ones
// diplomatic sources actually arrive in. Anything else is refused with its name.
const SUPPORTED = new Set([
  'UTF-8',
  'UTF-16LE',
  'UTF-16BE',
  'ISO-8859-1',
  'ISO-8859-2',
  'ISO-8859-5',
  'ISO-8859-7',
  'ISO-8859-9',
  'windows-1250',
  'windows-1251',
  'windows-1252',
  'windows-1253',
  'windows-1254',
  'KOI8-R',
]);

export function decode(bytes: Uint8Array, source: string): Decoded {
  if (bytes.length === 0) throw new InputError(source, 'empty file');
  const bom = fromBom(bytes);
  if (bom) return bom;
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    const text = iconv.decode(Buffer.from(bytes), utf16);
    if (controlShare(unitsOf(text)) <= 0.01) return { text, encoding: utf16 === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE' };
  }
  if (controlShare(bytesOf(bytes)) > 0.01) throw new InputError(source, 'binary content, not text (control bytes found)');
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
  let high = 0,
    letters = 0;
  for (const b of bytes) {
    if (b >= 0x80) high++;
    if (b >= 0xc0) letters++;
  }
  return high / bytes.length > 0.3 && letters / high > 0.8 ? 'windows-1251' : name;
}
