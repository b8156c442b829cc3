// Data loaded once per version of the database: a loader's result is kept under its key until the
// store's data version moves (an ingest, here or by another process), least recently used first out.
// The dossier of a busy pair reads hundreds of facts with their sources; served again unchanged,
// it costs a map lookup and the version check (one pragma).
import type { Store } from '../store/store.js';

export class VersionedCache {
  #version = '';
  readonly #entries = new Map<string, Promise<unknown>>();

  constructor(private readonly store: Store, private readonly capacity = 256) {}

  async get<T>(key: string, load: () => Promise<T>): Promise<T> {
    const version = await this.store.dataVersion();
    if (version !== this.#version) {
      this.#entries.clear();
      this.#version = version;
    }
    let entry = this.#entries.get(key) as Promise<T> | undefined;
    if (entry) {
      this.#entries.delete(key); // re-inserted below: the most recently used
    } else {
      entry = load();
      // A failed load is not kept: the next request tries again.
      entry.catch(() => this.#entries.get(key) === entry && this.#entries.delete(key));
      if (this.#entries.size >= this.capacity) this.#entries.delete(this.#entries.keys().next().value!);
    }
    this.#entries.set(key, entry);
    return entry;
  }
}
