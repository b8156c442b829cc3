// Fact rows as flat records (one value per column) for CSV and tables: one loader, several renderings.
import type { AgreementRow, CorrectionNote, DocumentRow, EventRow, PersonRow, Source, TradeRow } from '../store/store.js';
import type { Cell } from './csv.js';

type FlatRow = Readonly<Record<string, Cell>>;
export interface Flattened {
  readonly columns: readonly string[];
  readonly rows: readonly FlatRow[];
}

const cites = (sources: readonly Source[]): string => [...new Set(sources.map((s) => `${s.document}#${s.sentence}`))].join('; ');

/** What corrections in force changed, for a column: "date, countries (#3 ana)"; null when none. */
export function correctedCell(notes: readonly CorrectionNote[]): string | null {
  if (!notes.length) return null;
  return notes.map((n) => `${n.action === 'correct' && n.changes ? Object.keys(n.changes).join(', ') : `${n.action}d`} (#${n.id} ${n.by})`).join('; ');
}

const money = (usd: number): string =>
  usd >= 1e9 ? `$${+(usd / 1e9).toFixed(2)} bn` : usd >= 1e6 ? `$${+(usd / 1e6).toFixed(1)} mn` : `$${usd.toLocaleString('en-US')}`;
const QUALIFIER: Readonly<Record<string, string>> = { exact: '', more_than: '> ', less_than: '< ', about: '~ ' };

/** A figure as a reader says it: "> $4 bn", or the stated amount when it has no dollar value. */
export const figureText = (t: Pick<TradeRow, 'value_usd' | 'amount' | 'currency' | 'qualifier'>): string =>
  `${QUALIFIER[t.qualifier] ?? ''}${t.value_usd !== null ? money(t.value_usd) : `${t.amount ?? '?'} ${t.currency ?? ''}`.trim()}`;

export function flattenEvents(rows: readonly EventRow[]): Flattened {
  return {
    columns: ['id', 'date', 'end_date', 'date_basis', 'type', 'planned', 'countries', 'place', 'participants', 'num_documents', 'sources', 'corrected'],
    rows: rows.map((e) => ({
      id: e.id,
      date: e.date,
      end_date: e.end_date,
      date_basis: e.date_basis,
      type: e.type,
      planned: e.planned,
      countries: e.countries.join('-'),
      place: e.place ? [e.place.name, e.place.city, e.place.country].filter(Boolean).join(', ') : null,
      participants: e.participants.map((p) => p.name).join('; '),
      num_documents: e.num_documents,
      sources: cites(e.sources),
      corrected: correctedCell(e.corrections),
    })),
  };
}

export function flattenAgreements(rows: readonly AgreementRow[]): Flattened {
  return {
    columns: ['id', 'date', 'title', 'kind', 'status', 'parties', 'num_documents', 'sources', 'corrected'],
    rows: rows.map((a) => ({
      id: a.id,
      date: a.date,
      title: a.title,
      kind: a.kind,
      status: a.status,
      parties: a.parties.join('-'),
      num_documents: a.num_documents,
      sources: cites(a.sources),
      corrected: correctedCell(a.corrections),
    })),
  };
}

export function flattenTrade(rows: readonly TradeRow[]): Flattened {
  return {
    columns: [
      'id',
      'parties',
      'measure',
      'from',
      'to',
      'year',
      'kind',
      'qualifier',
      'value_usd',
      'amount',
      'currency',
      'scope',
      'conflicts_with',
      'num_documents',
      'sources',
      'corrected',
    ],
    // `direction` and `value` are for the table: CSV keeps the columns they are made of.
    rows: rows.map((t) => ({
      id: t.id,
      parties: t.parties.join('-'),
      measure: t.measure,
      from: t.from,
      to: t.to,
      year: t.year,
      kind: t.kind,
      qualifier: t.qualifier,
      value_usd: t.value_usd,
      amount: t.amount,
      currency: t.currency,
      scope: t.scope,
      conflicts_with: t.conflicts_with.join('; '),
      num_documents: t.num_documents,
      sources: cites(t.sources),
      corrected: correctedCell(t.corrections),
      direction: t.from && t.to ? `${t.from} → ${t.to}` : null,
      value: `${figureText(t)}${t.scope ? ` (${t.scope})` : ''}`,
    })),
  };
}

export function flattenPeople(rows: readonly PersonRow[]): Flattened {
  return {
    columns: ['id', 'name', 'country', 'role', 'aliases', 'num_documents', 'sources', 'corrected'],
    rows: rows.map((p) => ({
      id: p.id,
      name: p.name,
      country: p.country,
      role: p.role,
      aliases: p.aliases.join('; '),
      num_documents: p.num_documents,
      sources: cites(p.sources),
      corrected: correctedCell(p.corrections),
    })),
  };
}

export function flattenDocuments(rows: readonly DocumentRow[]): Flattened {
  return {
    columns: ['id', 'source', 'title', 'publisher', 'published', 'extractor', 'duplicate_of', 'events', 'agreements', 'trade', 'people'],
    rows: rows.map((d) => ({
      id: d.id,
      source: d.source,
      title: d.title,
      publisher: d.publisher,
      published: d.published,
      extractor: d.extractor,
      duplicate_of: d.duplicate_of ? `${d.duplicate_of.source} (${d.duplicate_of.similarity.toFixed(2)})` : null,
      events: d.counts.events,
      agreements: d.counts.agreements,
      trade: d.counts.trade,
      people: d.counts.people,
    })),
  };
}
