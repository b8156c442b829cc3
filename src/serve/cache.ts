// What the server computes once per version of the database: a loader's result (or a finished
// response body) is kept under its key until the store's data version moves (an ingest, here or by
// another process), least recently used first out (lru-cache). A busy pair's dossier reads hundreds of
// facts with their sources; served again unchanged, it costs a map lookup and the version check (one
// pragma). Concurrent requests for a key share one load; a failed load is not kept.
import { LRUCache } from 'lru-cache';
import type { Store } from '../store/store.js';

export interface CacheLimits {
  /** At most this many entries. */
  readonly max?: number;
  /** At most this many bytes, entries measured by `sizeOf` once loaded (bodies: their bytes). */
  readonly maxBytes?: number;
}

export class VersionedCache<V = unknown> {
  #version = '';
  readonly #entries: LRUCache<string, Promise<V>>;
  readonly #sized: boolean;

  constructor(
    private readonly store: Store,
    limits: CacheLimits = {},
    private readonly sizeOf: (value: V) => number = () => 1,
  ) {
    this.#sized = Boolean(limits.maxBytes);
    this.#entries = new LRUCache<string, Promise<V>>(this.#sized ? { max: limits.max ?? 4096, maxSize: limits.maxBytes } : { max: limits.max ?? 256 });
  }

  async get<T extends V>(key: string, load: () => Promise<T>): Promise<T> {
    const version = await this.store.dataVersion();
    if (version !== this.#version) {
      this.#entries.clear();
      this.#version = version;
    }
    const kept = this.#entries.get(key) as Promise<T> | undefined;
    if (kept) return kept;
    const entry = load();
    // Measured by bytes: counted as 1 while it loads, then as its size (one larger than the whole cache is dropped).
    this.#entries.set(key, entry, this.#sized ? { size: 1 } : {});
    entry.then(
      (value) => this.#sized && this.#entries.peek(key) === entry && this.#entries.set(key, entry, { size: Math.max(1, this.sizeOf(value)) }),
      () => this.#entries.peek(key) === entry && this.#entries.delete(key),
    );
    return entry;
  }
}
