// Near-duplicate documents (the same story republished) by MinHash over word 5-shingles, with
// locality-sensitive hashing bands so a new document is compared only with likely candidates.
// A republished story gains a header and a footer, which on a short readout lowers Jaccard a lot;
// so the test is containment (the share of the shorter text found in the other, estimated from
// Jaccard and the two shingle counts), with a Jaccard floor so an excerpt of a long text is not one.
const MINHASH_SIZE = 64;
const BANDS = 16;
const ROWS = MINHASH_SIZE / BANDS;
const SHINGLE = 5;
/** Estimated containment at or above which two documents are the same story… */
const NEAR_DUPLICATE_THRESHOLD = 0.9;
/** …provided their estimated Jaccard similarity reaches this. */
const JACCARD_FLOOR = 0.5;

/** FNV-1a (32 bits) of words.slice(from, to).join(' '), without building the string. */
function fnv1aWords(words: readonly string[], from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let w = from; w < to; w++) {
    if (w > from) {
      h ^= 0x20;
      h = Math.imul(h, 0x01000193);
    }
    const word = words[w]!;
    for (let i = 0; i < word.length; i++) {
      h ^= word.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  }
  return h >>> 0;
}

// Fixed odd multipliers and offsets: a signature must be the same in every process and release.
// Kept as 32-bit patterns in typed arrays for the inner loop of minhash().
const SEED_A = Int32Array.from({ length: MINHASH_SIZE }, (_, i) => Math.imul(i + 1, 0x9e3779b1) | 1);
const SEED_B = Int32Array.from({ length: MINHASH_SIZE }, (_, i) => Math.imul(i + 7, 0x85ebca6b));

/** The signature: MINHASH_SIZE minimum hashes, then the number of distinct shingles. */
export function minhash(text: string): Uint32Array {
  const words = text
    .toLowerCase()
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const shingles = new Set<number>();
  if (words.length < SHINGLE) shingles.add(fnv1aWords(words, 0, words.length));
  for (let i = 0; i + SHINGLE <= words.length; i++) shingles.add(fnv1aWords(words, i, i + SHINGLE));
  const signature = new Uint32Array(MINHASH_SIZE + 1).fill(0xffffffff);
  signature[MINHASH_SIZE] = shingles.size;
  for (const s of shingles) {
    for (let k = 0; k < MINHASH_SIZE; k++) {
      // A multiply-add with the k-th seed, then a 32-bit finaliser (xor-shift, multiply, xor-shift).
      let h = (Math.imul(s, SEED_A[k]!) + SEED_B[k]!) | 0;
      h ^= h >>> 16;
      h = Math.imul(h, 0x7feb352d);
      h ^= h >>> 15;
      const v = h >>> 0;
      if (v < signature[k]!) signature[k] = v;
    }
  }
  return signature;
}

function jaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < MINHASH_SIZE; k++) if (a[k] === b[k]) same++;
  return same / MINHASH_SIZE;
}

/** Estimated share of the shorter document's shingles that the other one has, from their Jaccard similarity J: |A∩B| = J(|A|+|B|)/(1+J). */
function containment(a: Uint32Array, b: Uint32Array, j: number): number {
  const na = a[MINHASH_SIZE]!;
  const nb = b[MINHASH_SIZE]!;
  return Math.min(1, (j * (na + nb)) / (1 + j) / Math.max(1, Math.min(na, nb)));
}

/** The similarity a near-duplicate link records, or null when the two are different stories. */
export function nearDuplicate(a: Uint32Array, b: Uint32Array): number | null {
  const j = jaccard(a, b);
  if (j < JACCARD_FLOOR) return null;
  const c = containment(a, b, j);
  return c >= NEAR_DUPLICATE_THRESHOLD ? c : null;
}

/** One key per band: documents sharing any key are candidates. Keys are safe integers (band in the high bits). */
function bandKeys(signature: Uint32Array): number[] {
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = 0x811c9dc5;
    for (let r = 0; r < ROWS; r++) {
      h ^= signature[band * ROWS + r]!;
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    keys.push(band * 2 ** 32 + h);
  }
  return keys;
}

export const signatureToBytes = (s: Uint32Array): Uint8Array => new Uint8Array(s.buffer.slice(s.byteOffset, s.byteOffset + s.byteLength));
export const signatureFromBytes = (b: Uint8Array): Uint32Array => new Uint32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));

/** An in-memory LSH index: band key → document ids. Rebuilt from stored signatures, so nothing to keep in step on disk. */
export class BandIndex {
  readonly #buckets = new Map<number, number[]>();

  add(id: number, signature: Uint32Array): void {
    for (const key of bandKeys(signature)) {
      const bucket = this.#buckets.get(key);
      if (bucket) bucket.push(id);
      else this.#buckets.set(key, [id]);
    }
  }

  remove(id: number, signature: Uint32Array): void {
    for (const key of bandKeys(signature)) {
      const bucket = this.#buckets.get(key);
      if (bucket)
        this.#buckets.set(
          key,
          bucket.filter((x) => x !== id),
        );
    }
  }

  candidates(signature: Uint32Array): Set<number> {
    const out = new Set<number>();
    for (const key of bandKeys(signature)) for (const id of this.#buckets.get(key) ?? []) out.add(id);
    return out;
  }
}
