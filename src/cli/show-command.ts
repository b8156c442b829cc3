// `readout show ID`: one fact, person or document whole (fact-view.ts), as text or one JSON object.
// A fact id names its kind by its prefix; a number is a document id; anything else a document's source.
import { kindOfId } from '../facts/corrections.js';
import type { DocumentDetail, FactKind, Store } from '../store/store.js';
import { withStore } from './corpus.js';
import { CliError } from './errors.js';
import { factHeadline, factView, renderFactView } from './fact-view.js';
import type { Io } from './io.js';
import { printable } from './printable.js';
import { documentNamed } from './remove-command.js';

/**
 * Where a fact id went, for a message: a correction merged it into another fact, or the fact it named
 * has another id now (the merge gave it one anew); an empty string when no correction says.
 */
export async function whereNow(store: Store, id: string): Promise<string> {
  const inForce = (await store.corrections({ fact: id })).filter((c) => !c.undone && c.applied_to && c.applied_to !== id);
  const merged = inForce.find((c) => c.action === 'merge' && c.other_id === id);
  if (merged) return ` (correction #${merged.id} merged it into ${merged.applied_to})`;
  const moved = inForce.find((c) => c.fact_id === id && c.action !== 'split');
  return moved ? ` (correction #${moved.id} follows it as ${moved.applied_to} now)` : '';
}

async function showFact(store: Store, id: string, json: boolean): Promise<string> {
  const detail = await store.fact(id);
  if (!detail)
    throw new CliError(`no ${kindOfId(id)} ${id} is stored${(await whereNow(store, id)) || ' (readout events, agreements, trade or people list the ids)'}`);
  const conflicts = detail.kind === 'trade' && detail.row.conflicts_with.length ? await store.trade({ ids: detail.row.conflicts_with }) : [];
  // A person's encounters, each in a line.
  const events =
    detail.kind === 'person' ? (await store.events({ person: id, maxSources: 0 })).map((e) => ({ id: e.id, fact: factHeadline('event', e) })) : null;
  const view = { ...factView(detail, conflicts), ...(events ? { events } : {}) };
  if (json) return `${JSON.stringify(view, null, 2)}\n`;
  const text = renderFactView(view);
  if (!events) return text;
  const list = [events.length ? 'Events they took part in:' : 'No event names them.', ...events.map((e) => `  ${e.id}  ${e.fact}`)].join('\n');
  return text.replace(/\nCorrections:|\nNo corrections\./, (m) => `\n${list}\n${m}`);
}

const LOAD: Readonly<Record<FactKind, (store: Store, ids: string[]) => Promise<ReadonlyArray<{ id: string }>>>> = {
  event: (s, ids) => s.events({ ids, maxSources: 0 }),
  agreement: (s, ids) => s.agreements({ ids, maxSources: 0 }),
  trade: (s, ids) => s.trade({ ids, maxSources: 0 }),
  person: (s, ids) => s.people({ ids, maxSources: 0 }),
};

/** The facts a document reports, in the order it states them, each with its rule, sentences and headline (null: rejected). */
async function factsOf(
  store: Store,
  doc: DocumentDetail,
): Promise<Array<{ kind: FactKind; id: string; rule: string | null; sentences: number[]; fact: string | null }>> {
  const headlines = new Map<string, string>();
  for (const kind of Object.keys(LOAD) as FactKind[]) {
    const ids = doc.mentions.filter((m) => m.kind === kind).map((m) => m.fact_id);
    if (ids.length) for (const row of await LOAD[kind](store, ids)) headlines.set(row.id, factHeadline(kind, row as never));
  }
  return doc.mentions.map((m) => ({
    kind: m.kind,
    id: m.fact_id,
    rule: m.rule,
    sentences: [...new Set(m.evidence.map((e) => e.sentence))],
    fact: headlines.get(m.fact_id) ?? null,
  }));
}

async function showDocument(store: Store, ref: string, json: boolean): Promise<string> {
  const id = await documentNamed(store, ref);
  const doc = (await store.document(id))!;
  const facts = await factsOf(store, doc);
  const { text: _text, sentences: _sentences, mentions: _mentions, ...row } = doc;
  if (json) return `${JSON.stringify({ kind: 'document', document: row, facts }, null, 2)}\n`;
  const lines = [
    `document ${doc.id} — ${doc.source}`,
    `  title        ${doc.title ?? '—'}`,
    `  publisher    ${doc.publisher ?? '—'}`,
    `  published    ${doc.published ?? '—'}${doc.fields.reference_year ? `  (the text speaks from ${doc.fields.reference_year.year}: ${doc.fields.reference_year.reason})` : ''}`,
    `  extractor    ${doc.extractor}, ingested ${doc.ingested_at}`,
    ...(doc.duplicate_of
      ? [`  republishes  ${doc.duplicate_of.source} (document ${doc.duplicate_of.id}, similarity ${doc.duplicate_of.similarity.toFixed(2)})`]
      : []),
    `  reports      ${doc.counts.events} events, ${doc.counts.agreements} agreements, ${doc.counts.trade} trade figures, ${doc.counts.people} people`,
    '',
    'Facts it reports (readout show ID shows one whole):',
    ...facts.map(
      (f) =>
        `  ${f.id}  ${f.kind.padEnd(9)} ${f.fact ?? '(rejected)'}  · ${f.rule ?? 'no rule'}, sentence${f.sentences.length === 1 ? '' : 's'} ${f.sentences.join(', ')}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

export async function runShow(id: string, options: { readonly db: string; readonly json?: boolean }, io: Io): Promise<number> {
  await withStore(options.db, 'read', async (store) => {
    const shown = kindOfId(id) ? await showFact(store, id, Boolean(options.json)) : await showDocument(store, id, Boolean(options.json));
    // Titles, sentences and names come from documents: each line shown with its control characters escaped.
    io.out(options.json ? shown : shown.split('\n').map(printable).join('\n'));
  });
  return 0;
}
