// `npm run bench:dense`: seconds of extraction per megabyte on texts dense in facts (issue 13's
// target: at most 1 s per MB), each in a fresh thread made as the extraction threads are (their heap
// limits; the thread module loaded, so its tables are built and warmed before the clock starts, as in
// `readout ingest`), timing the thread's own task (extract, then validate the facts).
// The texts: the dev articles (and the train articles, when restored) joined to 2 MB, as written
// and with their days and sums changed in each copy; then one megabyte each of texts where every
// sentence is a fact: one meeting sentence repeated, distinct dated meetings, distinct trade figures,
// distinct people, distinct people each followed by an office that could be any of them, and
// agreements on distinct subjects. Built like `npm run bench` (see bench/extract.ts): dist/ under node.
// What `readout` runs: patterns compiled without V8's interpreter tier (src/cli/regexp-engine.ts).
import '../dist/cli/regexp-engine.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { THREAD_LIMITS } from '../dist/ingest/worker-pool.js';

const ROOT = resolve(import.meta.dirname, '..');
const ARTICLES = ['../shared/eval/dev/docs', '../shared/eval/train/docs'].map((d) => resolve(ROOT, d)).filter((d) => existsSync(d));
const MB = 1024 * 1024;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY_MONTH = new RegExp(String.raw`\b(\d{1,2}) (${MONTHS.join('|')})\b`, 'g');

/** Sentences run into paragraphs of eight, as a long report prints them. */
function paragraphs(sentences: readonly string[]): string {
  return sentences.map((s, i) => (i % 8 === 7 ? `${s}\n\n` : `${s} `)).join('');
}

/** Sentences from `make(i)` until the text reaches `bytes`. */
function grown(heading: string, bytes: number, make: (i: number) => string): string {
  const sentences: string[] = [];
  for (let i = 0, size = heading.length; size < bytes; i++) {
    const s = make(i);
    sentences.push(s);
    size += s.length + 1;
  }
  return `${heading}\n\n${paragraphs(sentences)}`;
}

/** A made-up word per number, from syllables that differ in both letters: no two are one slip of the pen apart. */
function word(i: number): string {
  const syllables = ['ka', 'ri', 'mo', 'tu', 'le'];
  let w = '';
  for (let k = i + 26; k > 0; k = Math.floor(k / 5)) w += syllables[k % 5];
  return w;
}
const capitalised = (w: string): string => `${w[0]!.toUpperCase()}${w.slice(1)}`;

function joinedArticles(varied: boolean): string {
  const base = ARTICLES.flatMap((d) =>
    readdirSync(d)
      .sort()
      .map((f) => readFileSync(join(d, f), 'utf8')),
  ).join('\n\n');
  const copies: string[] = [];
  for (let i = 0, size = 0; size < 2 * MB; i++) {
    const copy = varied
      ? base.replace(DAY_MONTH, (_m, _d, month: string) => `${(i % 28) + 1} ${month}`).replace(/\$(\d+)/g, (_m, n: string) => `$${Number(n) + i}`)
      : base;
    copies.push(copy);
    size += copy.length + 2;
  }
  return copies.join('\n\n');
}

const CASES: ReadonlyArray<readonly [string, () => string]> = [
  ['articles joined to 2 MB', () => joinedArticles(false)],
  ['the same, days and sums varied', () => joinedArticles(true)],
  ['one meeting sentence repeated', () => grown('Talks', MB, () => 'President Tokayev met Li Qiang in Astana.')],
  [
    'distinct dated meetings',
    () =>
      grown(
        'Leaders meet',
        MB,
        (i) => `President Tokayev met Li Qiang in Astana on ${(i % 28) + 1} ${MONTHS[Math.floor(i / 28) % 12]} ${1000 + Math.floor(i / 336)}.`,
      ),
  ],
  [
    'distinct trade figures',
    () => grown('Trade report', MB, (i) => `Trade between Kazakhstan and India reached $${100 + i * 3} million in ${1950 + (i % 70)}.`),
  ],
  [
    'distinct people',
    () => grown('Roster', MB, (i) => `Minister ${capitalised(word(i))} ${capitalised(word(i + 50_000))}ova of Kazakhstan met the delegation.`),
  ],
  [
    'distinct people, an office after each',
    () =>
      grown(
        'Roster',
        MB,
        (i) => `Minister ${capitalised(word(i))} ${capitalised(word(i + 50_000))}ova met the delegation. The Kazakh Minister said talks went well.`,
      ),
  ],
  ['agreements on distinct subjects', () => grown('Agreements', MB, (i) => `Kazakhstan and India signed an agreement on cooperation in ${word(i)}tion.`)],
];

interface Timing {
  readonly seconds: number;
  readonly bytes: number;
  readonly facts: number;
}

/** One case in a fresh thread with the extraction threads' limits. */
function timed(index: number): Promise<Timing> {
  return new Promise((done, fail) => {
    const thread = new Worker(new URL(import.meta.url), { workerData: { index }, resourceLimits: THREAD_LIMITS });
    thread.once('message', done);
    thread.once('error', fail);
  });
}

if (isMainThread) {
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  console.log(`seconds of extraction per MB, fresh warmed thread per run, median of ${runs} (articles from ${ARTICLES.length} folder(s))`);
  for (const [index, [name]] of CASES.entries()) {
    const timings: Timing[] = [];
    for (let r = 0; r < runs; r++) timings.push(await timed(index));
    const perMb = timings.map((t) => t.seconds / (t.bytes / MB)).sort((a, b) => a - b);
    const median = perMb[Math.floor(perMb.length / 2)]!;
    const { bytes, facts } = timings[0]!;
    console.log(
      `  ${name.padEnd(40)} ${(bytes / MB).toFixed(2)} MB  ${median.toFixed(2)} s/MB (${perMb[0]!.toFixed(2)}–${perMb.at(-1)!.toFixed(2)})  ${facts} facts`,
    );
  }
} else {
  const { extractDocument } = await import('../dist/ingest/extract-worker.js');
  const text = CASES[(workerData as { index: number }).index]![1]();
  const bytes = Buffer.from(text);
  const started = process.hrtime.bigint();
  const reply = extractDocument({ source: 'dense.txt', bytes, published: null, factsOnly: true });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (!reply.ok) throw new Error(reply.error);
  const f = 'facts' in reply ? reply.facts : reply.doc.facts;
  parentPort!.postMessage({ seconds, bytes: bytes.length, facts: f.events.length + f.agreements.length + f.trade.length + f.people.length } satisfies Timing);
}
