// `readout export`: the whole corpus in one format, written line by line. The store's rows carry the
// corrections in force: every format writes the corrected values, rejected facts are not written.
//  ndjson — one canonical fact per line, `fact` (event, agreement, trade, person) plus its readout-facts/v1 fields, `id` and `sources`;
//  csv    — one line per canonical fact, the columns of EXPORT_CSV_COLUMNS (`corrected` says what an analyst changed);
//  cameo  — GDELT 2.0 event rows (cameo.ts); plover — one PLOVER JSON object per event (plover.ts).
import type { DocumentRow, Store } from '../store/store.js';
import { cameoAgreementLines, cameoEventLines } from './cameo.js';
import { csvLine } from './csv.js';
import { correctedCell } from './flatten.js';
import type { ExportFormat } from './formats.js';
import { ploverOfAgreementRow, ploverOfEventRow } from './plover.js';

export { type ExportFormat } from './formats.js';

export const EXPORT_CSV_COLUMNS = ['fact', 'id', 'date', 'countries', 'what', 'value_usd', 'num_documents', 'sources', 'corrected'] as const;

export async function exportCorpus(store: Store, format: ExportFormat, write: (line: string) => void): Promise<number> {
  const [events, agreements, trade, people, documents] = await Promise.all([
    store.events(),
    store.agreements(),
    store.trade(),
    store.people(),
    store.documents(),
  ]);
  const byId: ReadonlyMap<number, DocumentRow> = new Map(documents.map((d) => [d.id, d]));
  let n = 0;
  const out = (line: string): void => {
    write(line);
    n++;
  };
  switch (format) {
    case 'ndjson':
      for (const e of events) out(JSON.stringify({ fact: 'event', ...e }));
      for (const a of agreements) out(JSON.stringify({ fact: 'agreement', ...a }));
      for (const t of trade) out(JSON.stringify({ fact: 'trade', ...t }));
      for (const p of people) out(JSON.stringify({ fact: 'person', ...p }));
      break;
    case 'csv': {
      write(csvLine(EXPORT_CSV_COLUMNS));
      const cites = (s: ReadonlyArray<{ document: string; sentence: number }>): string => [...new Set(s.map((x) => `${x.document}#${x.sentence}`))].join('; ');
      for (const e of events)
        out(
          csvLine([
            'event',
            e.id,
            e.date,
            e.countries.join('-'),
            `${e.type}${e.planned ? ' (planned)' : ''}: ${e.participants.map((p) => p.name).join('; ')}`,
            null,
            e.num_documents,
            cites(e.sources),
            correctedCell(e.corrections),
          ]),
        );
      for (const a of agreements)
        out(
          csvLine([
            'agreement',
            a.id,
            a.date,
            a.parties.join('-'),
            `${a.kind} ${a.status}: ${a.title}`,
            null,
            a.num_documents,
            cites(a.sources),
            correctedCell(a.corrections),
          ]),
        );
      for (const t of trade)
        out(
          csvLine([
            'trade',
            t.id,
            t.year === null ? null : String(t.year),
            t.parties.join('-'),
            `${t.measure} ${t.kind}${t.from && t.to ? ` ${t.from}→${t.to}` : ''}${t.amount !== null ? ` ${t.amount} ${t.currency}` : ''}${t.scope ? ` (${t.scope})` : ''}${t.conflicts_with.length ? ' CONFLICT' : ''}`,
            t.value_usd,
            t.num_documents,
            cites(t.sources),
            correctedCell(t.corrections),
          ]),
        );
      for (const p of people)
        out(
          csvLine([
            'person',
            p.id,
            null,
            p.country ?? '',
            `${p.name}${p.role ? ` — ${p.role}` : ''}`,
            null,
            p.num_documents,
            cites(p.sources),
            correctedCell(p.corrections),
          ]),
        );
      break;
    }
    case 'cameo':
      for (const e of events) for (const line of cameoEventLines(e, byId)) out(line);
      for (const a of agreements) for (const line of cameoAgreementLines(a, byId)) out(line);
      break;
    case 'plover':
      for (const e of events) {
        const record = ploverOfEventRow(e, byId);
        if (record) out(JSON.stringify(record));
      }
      for (const a of agreements) {
        const record = ploverOfAgreementRow(a, byId);
        if (record) out(JSON.stringify(record));
      }
      break;
  }
  return n;
}
