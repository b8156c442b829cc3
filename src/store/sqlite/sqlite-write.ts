// Writing documents by group commit; what each document writes, and how its facts merge into the
// canonical ones, is merge/merge-document.ts over the SQLite merge port (sqlite-merge-port.ts).
//
// Group commit: each document is written as it arrives into an open transaction, which commits once
// it holds `maxDocuments` (or `maxBytes`), once no document has come for `idleMs`, or `maxDelayMs`
// after it began, whichever comes first; a document that fails to store rolls the group back and
// the others are written again without it. A document's promise resolves only once its transaction
// has committed: whoever reports it stored can rely on it surviving a killed process. Between
// documents the transaction stays open, so the store commits it before any query (sqlite-store.ts),
// and the write lock is held most of the time: one writer per database at a time (a second one
// waits for the lock, slowly).
// Ingest's "already stored?" check never meets a document of the open group: inputs with the same
// content wait for one another's commit (ingest.ts).
import { DuplicateIndex } from '../../merge/duplicate-index.js';
import { mergeDocument } from '../../merge/merge-document.js';
import { runMerge, type MergeSteps } from '../../merge/merge-steps.js';
import type { AnalysedDocument, SaveOutcome } from '../store.js';
import { SqliteMergePort } from './sqlite-merge-port.js';
import type { Connection } from './sqlite-statements.js';

export interface GroupCommitOptions {
  /** The most documents one transaction holds. */
  readonly maxDocuments: number;
  /** How old a group gets before it commits, in milliseconds (the longest a document waits, unless a failure makes the group start over). */
  readonly maxDelayMs: number;
  /** A group also commits once no document has arrived for this long: whoever sends them has paused or stopped. */
  readonly idleMs: number;
  /** A group also commits once its documents (input and cleaned text) add up to this many bytes, so large inputs are not held in memory by the hundred. */
  readonly maxBytes: number;
}

/**
 * A few hundred documents per transaction: a commit writes every page the group dirtied once, and
 * the full-text indexes flush one segment per commit, so the per-document cost of committing falls
 * with the group's size (at 40 documents a group it was a third of the writer's time). A quarter of
 * a second bounds how long a stored document waits to be reported while documents keep coming; a
 * lone document (one file ingested, documents saved one after another) waits 20 ms.
 */
export const DEFAULT_GROUP_COMMIT: GroupCommitOptions = { maxDocuments: 512, maxDelayMs: 250, idleMs: 20, maxBytes: 64 * 1024 * 1024 };

interface Pending {
  readonly doc: AnalysedDocument;
  readonly resolve: (outcome: SaveOutcome) => void;
  readonly reject: (error: Error) => void;
}

/** The transaction being filled: its documents (written, not yet committed) and their outcomes. */
interface Group {
  readonly items: Pending[];
  readonly outcomes: SaveOutcome[];
  readonly began: number;
  lastArrival: number;
  timer: NodeJS.Timeout;
  bytes: number;
}

/**
 * Writes each document as it arrives, into an open transaction that commits when it holds
 * `maxDocuments` or `maxBytes`, goes `idleMs` without a document, or is `maxDelayMs` old (see the
 * top of this file). Writing on arrival spreads the writer's work over time: writing a whole group
 * at once held the thread for hundreds of milliseconds, during which it could not hand the
 * extraction workers new documents.
 */
export class DocumentWriter {
  readonly #db: Connection;
  readonly #port: SqliteMergePort;
  readonly #duplicates: DuplicateIndex;
  readonly #now: () => string;
  readonly #clock: () => number;
  readonly #options: GroupCommitOptions;
  #group: Group | null = null;

  /** `now` dates documents (ingested_at); `clock` (milliseconds, monotonic) times the groups. */
  constructor(db: Connection, now: () => string, options: GroupCommitOptions = DEFAULT_GROUP_COMMIT, clock: () => number = () => performance.now()) {
    this.#db = db;
    this.#port = new SqliteMergePort(db);
    this.#duplicates = new DuplicateIndex();
    this.#now = now;
    this.#clock = clock;
    this.#options = {
      maxDocuments: Math.max(1, options.maxDocuments),
      maxDelayMs: Math.max(0, options.maxDelayMs),
      idleMs: Math.max(0, Math.min(options.idleMs, options.maxDelayMs)),
      maxBytes: Math.max(1, options.maxBytes),
    };
  }

  /** Writes the document into the open transaction; resolves once that transaction has committed. */
  save(doc: AnalysedDocument): Promise<SaveOutcome> {
    return new Promise<SaveOutcome>((resolve, reject) => {
      const item = { doc, resolve, reject };
      let group: Group;
      try {
        group = this.#group ?? this.#begin();
      } catch (error) {
        return reject(error as Error); // cannot begin (the database is locked, say): nothing of it is stored
      }
      this.#write(group, [item]);
      if (this.#group) this.#group.lastArrival = this.#clock(); // idle counts from the end of the write
      const full = this.#group && (this.#group.items.length >= this.#options.maxDocuments || this.#group.bytes >= this.#options.maxBytes);
      if (full) this.flush();
    });
  }

  /**
   * Runs a flow on its own transaction (a correction, a removal): the open group commits first, so
   * the flow sees every document reported stored, and nothing of it is kept if it throws.
   */
  runAlone<T>(flow: (duplicates: DuplicateIndex) => MergeSteps<T>): T {
    this.flush();
    this.#db.exec('begin immediate');
    try {
      this.#duplicates.catchUp(this.#port.signaturesSince(this.#duplicates.seen));
      this.#port.beginTransaction();
      const result = runMerge(this.#port, flow(this.#duplicates));
      this.#port.flushRows();
      this.#db.exec('commit');
      return result;
    } catch (error) {
      this.#abort();
      throw error;
    }
  }

  /** Commits the open transaction now, resolving its documents. */
  flush(): void {
    const group = this.#group;
    if (!group) return;
    this.#group = null;
    clearTimeout(group.timer);
    try {
      // A failure here (the disk, not a document) fails the whole group.
      this.#port.flushRows();
      this.#db.exec('commit');
    } catch (error) {
      this.#abort();
      for (const item of group.items) item.reject(error as Error);
      return;
    }
    group.items.forEach((item, i) => item.resolve(group.outcomes[i]!));
  }

  #begin(): Group {
    this.#db.exec('begin immediate');
    try {
      this.#duplicates.catchUp(this.#port.signaturesSince(this.#duplicates.seen));
      this.#port.beginTransaction();
    } catch (error) {
      this.#abort(); // never leave a transaction open that no group owns
      throw error;
    }
    const now = this.#clock();
    const group: Group = { items: [], outcomes: [], began: now, lastArrival: now, timer: setTimeout(() => this.#due(group), this.#options.idleMs), bytes: 0 };
    this.#group = group;
    return group;
  }

  /**
   * The group's timer: commits when no document came for `idleMs` or the group is `maxDelayMs` old,
   * else looks again when the sooner of the two could be due. (One timer per group, not one per
   * document: arrivals only note their time.)
   */
  #due(group: Group): void {
    if (this.#group !== group) return;
    const now = this.#clock();
    const idleLeft = group.lastArrival + this.#options.idleMs - now;
    const ageLeft = group.began + this.#options.maxDelayMs - now;
    if (idleLeft <= 0 || ageLeft <= 0) return this.flush();
    group.timer = setTimeout(() => this.#due(group), Math.min(idleLeft, ageLeft));
  }

  /**
   * Writes `items` into the group. A document that fails to write rolls the transaction back (no
   * savepoint per document: FTS5 flushes its pending index at every savepoint, which costs more than
   * the rare retry); it is rejected, and the group's other documents are written again without it.
   */
  #write(group: Group, items: readonly Pending[]): void {
    for (const [i, item] of items.entries()) {
      let outcome: SaveOutcome;
      try {
        outcome = runMerge(this.#port, mergeDocument(this.#duplicates, item.doc, this.#now()));
      } catch (error) {
        const others = [...group.items, ...items.slice(i + 1)];
        clearTimeout(group.timer);
        this.#group = null;
        this.#abort();
        item.reject(error as Error);
        if (!others.length) return;
        let retry: Group;
        try {
          retry = this.#begin();
        } catch (beginError) {
          for (const other of others) other.reject(beginError as Error);
          return;
        }
        return this.#write(retry, others);
      }
      group.items.push(item);
      group.outcomes.push(outcome);
      group.bytes += item.doc.raw.byteLength + 2 * item.doc.text.length;
    }
  }

  #abort(): void {
    if (this.#db.inTransaction) this.#db.exec('rollback');
    this.#duplicates.reset();
  }
}
