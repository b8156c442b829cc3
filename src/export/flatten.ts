// Fact rows as flat records (one value per column) for CSV and tables: one loader, several renderings.
import type { AgreementRow, DocumentRow, EventRow, PersonRow, Source, TradeRow } from '../store/store.js';
import type { Cell } from './csv.js';

export type FlatRow = Readonly<Record<string, Cell>>;
export interface Flattened { readonly columns: readonly string[]; readonly rows: readonly FlatRow[] }

const cites = (sources: readonly Source[]): string => [...new Set(sources.map((s) => `${s.document}#${s.sentence}`))].join('; ');

export function flattenEvents(rows: readonly EventRow[]): Flattened {
  return {
    columns: ['id', 'date', 'end_date', 'type', 'planned', 'countries', 'place', 'participants', 'num_documents', 'sources'],
    rows: rows.map((e) => ({
      id: e.id, date: e.date, end_date: e.end_date, type: e.type, planned: e.planned, countries: e.countries.join('-'),
      place: e.place ? [e.place.name, e.place.city, e.place.country].filter(Boolean).join(', ') : null,
      participants: e.participants.map((p) => p.name).join('; '), num_documents: e.num_documents, sources: cites(e.sources),
    })),
  };
}

export function flattenAgreements(rows: readonly AgreementRow[]): Flattened {
  return {
    columns: ['id', 'date', 'title', 'kind', 'status', 'parties', 'num_documents', 'sources'],
    rows: rows.map((a) => ({ id: a.id, date: a.date, title: a.title, kind: a.kind, status: a.status, parties: a.parties.join('-'), num_documents: a.num_documents, sources: cites(a.sources) })),
  };
}

export function flattenTrade(rows: readonly TradeRow[]): Flattened {
  return {
    columns: ['id', 'parties', 'measure', 'from', 'to', 'year', 'kind', 'qualifier', 'value_usd', 'amount', 'currency', 'scope', 'conflicts_with', 'num_documents', 'sources'],
    rows: rows.map((t) => ({
      id: t.id, parties: t.parties.join('-'), measure: t.measure, from: t.from, to: t.to, year: t.year, kind: t.kind, qualifier: t.qualifier,
      value_usd: t.value_usd, amount: t.amount, currency: t.currency, scope: t.scope, conflicts_with: t.conflicts_with.join('; '), num_documents: t.num_documents, sources: cites(t.sources),
    })),
  };
}

export function flattenPeople(rows: readonly PersonRow[]): Flattened {
  return {
    columns: ['id', 'name', 'country', 'role', 'aliases', 'num_documents', 'sources'],
    rows: rows.map((p) => ({ id: p.id, name: p.name, country: p.country, role: p.role, aliases: p.aliases.join('; '), num_documents: p.num_documents, sources: cites(p.sources) })),
  };
}

export function flattenDocuments(rows: readonly DocumentRow[]): Flattened {
  return {
    columns: ['id', 'source', 'title', 'publisher', 'published', 'extractor', 'duplicate_of', 'events', 'agreements', 'trade', 'people'],
    rows: rows.map((d) => ({
      id: d.id, source: d.source, title: d.title, publisher: d.publisher, published: d.published, extractor: d.extractor,
      duplicate_of: d.duplicate_of ? `${d.duplicate_of.source} (${d.duplicate_of.similarity.toFixed(2)})` : null,
      events: d.counts.events, agreements: d.counts.agreements, trade: d.counts.trade, people: d.counts.people,
    })),
  };
}
