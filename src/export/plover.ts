// PLOVER-style records, one JSON object per event: type and mode, contexts, actor and recipient,
// the event date with its precision kept apart from publication dates, location, and every source
// with its verbatim quote. PLOVER codes what happened: announced (planned) encounters are left out
// (CAMEO has a code for them, 036; PLOVER has none), and so are unsigned agreements. Corrected
// values are written as corrected, and `corrections` lists what an analyst changed.
import type { AgreementRow, CorrectionNote, DocumentRow, EventRow, Source } from '../store/store.js';
import { countryName, ploverOfEvent } from './codes.js';

export type DatePrecision = 'day' | 'month' | 'year' | 'day-no-year';

export const datePrecision = (date: string | null): DatePrecision | null =>
  !date ? null : date.startsWith('--') ? 'day-no-year' : date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';

export interface PloverActor {
  readonly name: string;
  readonly country: string;
  readonly sector: 'government';
}

export interface PloverRecord {
  readonly id: string;
  readonly event_type: 'CONSULT' | 'AGREE';
  readonly mode: string;
  readonly contexts: readonly string[];
  readonly actor: PloverActor;
  readonly recipient: PloverActor | null;
  readonly other_countries: readonly string[];
  readonly event_date: string | null;
  readonly date_precision: DatePrecision | null;
  readonly location: { readonly name: string | null; readonly city: string | null; readonly country: string | null } | null;
  readonly participants: ReadonlyArray<{ readonly name: string; readonly country: string | null }>;
  readonly num_documents: number;
  readonly sources: ReadonlyArray<{
    readonly document: string;
    readonly url: string | null;
    readonly publisher: string | null;
    readonly headline: string | null;
    readonly publication_date: string | null;
    readonly sentence: number;
    readonly quote: string;
  }>;
  /** The corrections in force on the record's values. */
  readonly corrections: readonly CorrectionNote[];
}

const government = (iso3: string): PloverActor => ({ name: countryName(iso3), country: iso3, sector: 'government' });

function sourcesOf(sources: readonly Source[], documents: ReadonlyMap<number, DocumentRow>): PloverRecord['sources'] {
  return sources.map((s) => {
    const d = documents.get(s.document_id);
    return {
      document: s.document,
      url: /^https?:\/\//.test(s.document) ? s.document : null,
      publisher: d?.publisher ?? null,
      headline: d?.title ?? null,
      publication_date: d?.published ?? null,
      sentence: s.sentence,
      quote: s.text,
    };
  });
}

const ECONOMIC = /\b(trade|econom|investment|customs|tax|industr|energy|agricultur|financ|bank|transport)/i;

/** Encounters that happened; announced ones (planned) and unclassified ones (`other`) are left out. */
export function ploverOfEventRow(event: EventRow, documents: ReadonlyMap<number, DocumentRow>): PloverRecord | null {
  const host = event.place?.country ?? null;
  const kind = ploverOfEvent(event.type, host !== null && !event.countries.includes(host));
  if (!kind || event.planned || !event.countries.length) return null;
  // The visitor acts, the host receives.
  const recipientCode = host && event.countries.includes(host) && event.countries.length > 1 ? host : (event.countries[1] ?? null);
  const actorCode = event.countries.find((c) => c !== recipientCode) ?? event.countries[0]!;
  const quotes = event.sources.map((s) => s.text).join(' ');
  return {
    id: event.id,
    ...kind,
    contexts: ECONOMIC.test(quotes) ? ['diplomatic', 'economic'] : ['diplomatic'],
    actor: government(actorCode),
    recipient: recipientCode ? government(recipientCode) : null,
    other_countries: event.countries.filter((c) => c !== actorCode && c !== recipientCode),
    event_date: event.date,
    date_precision: datePrecision(event.date),
    location: event.place,
    participants: event.participants.map((p) => ({ name: p.name, country: p.country })),
    num_documents: event.num_documents,
    sources: sourcesOf(event.sources, documents),
    corrections: event.corrections,
  };
}

export function ploverOfAgreementRow(agreement: AgreementRow, documents: ReadonlyMap<number, DocumentRow>): PloverRecord | null {
  if (agreement.status !== 'signed' || !agreement.parties.length) return null;
  const [first, second, ...rest] = agreement.parties;
  return {
    id: agreement.id,
    event_type: 'AGREE',
    mode: 'sign',
    contexts: ECONOMIC.test(agreement.title) ? ['economic'] : ['diplomatic'],
    actor: government(first!),
    recipient: second ? government(second) : null,
    other_countries: rest,
    event_date: agreement.date,
    date_precision: datePrecision(agreement.date),
    location: null,
    participants: [],
    num_documents: agreement.num_documents,
    sources: sourcesOf(agreement.sources, documents),
    corrections: agreement.corrections,
  };
}
