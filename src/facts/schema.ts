// The readout-facts/v1 contract (shared/eval/SCHEMA.md) as a zod schema: `readout extract`
// validates every document it prints against it, so the public shape cannot drift from the code.
import { z } from 'zod';
import { isCalendarDate } from './calendar.js';

export const SCHEMA_ID = 'readout-facts/v1';

/** YYYY-MM-DD, YYYY-MM, YYYY, or --MM-DD when the text never establishes the year. */
export const DateString = z
  .string()
  .regex(/^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}-\d{2})$/, 'a DATE: YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD')
  .refine(isCalendarDate, 'a date the calendar has');

const Iso3 = z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code');

export const Evidence = z.object({
  sentence: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});

/** Words of the evidence that gave a fact its values (offsets in the cleaned text) and what each gave. */
export const Match = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), what: z.string() });

const withEvidence = {
  evidence: z.array(Evidence),
  rule: z.string().optional(),
  /** The words of the evidence that gave the values (extract/explain.ts); extra to the contract. */
  matched: z.array(Match).optional(),
  /**
   * How each country was established: name, adjective, city or seat of government (named in the
   * evidence), title, knowledge table, participant, dateline, publisher, or document. Extra to the contract.
   */
  country_basis: z.record(z.string(), z.string()).optional(),
};

export const Place = z.object({
  name: z.string().nullable(),
  city: z.string().nullable(),
  country: Iso3.nullable(),
});

export const Participant = z.object({ name: z.string(), country: Iso3.nullable() });

export const EventType = z.enum(['meeting', 'visit', 'phone_call', 'summit', 'forum', 'ceremony', 'other']);
export const Event = z.object({
  type: EventType,
  date: DateString.nullable(),
  end_date: DateString.nullable(),
  /** How the date was established: stated by the text, taken from the publication day (an upper bound), or inferred. */
  date_basis: z.enum(['stated', 'publication', 'inferred']).nullable().optional(),
  planned: z.boolean(),
  place: Place.nullable(),
  countries: z.array(Iso3),
  participants: z.array(Participant),
  ...withEvidence,
});

export const AgreementKind = z.enum([
  'agreement',
  'declaration',
  'memorandum',
  'roadmap',
  'joint_statement',
  'treaty',
  'protocol',
  'contract',
  'program',
  'other',
]);
export const AgreementStatus = z.enum(['signed', 'planned', 'in_force']);
export const Agreement = z.object({
  title: z.string(),
  kind: AgreementKind,
  parties: z.array(Iso3),
  status: AgreementStatus,
  date: DateString.nullable(),
  ...withEvidence,
});

export const TradeMeasure = z.enum(['turnover', 'exports', 'imports', 'contracts', 'investment']);
export const Qualifier = z.enum(['exact', 'more_than', 'less_than', 'about']);
export const TradeKind = z.enum(['actual', 'target', 'potential']);
export const Trade = z.object({
  measure: TradeMeasure,
  parties: z.array(Iso3),
  from: Iso3.nullable(),
  to: Iso3.nullable(),
  /** In US dollars: the text's own dollar figure, else the amount at the year's average rate (data/usd-rates.tsv), else null. */
  value_usd: z.number().nonnegative().nullable(),
  /** The figure as stated when the text gives it in another currency (ISO 4217), else null. */
  amount: z.number().nonnegative().nullable().optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullable()
    .optional(),
  qualifier: Qualifier,
  year: z.number().int().nullable(),
  kind: TradeKind,
  scope: z.string().nullable(),
  ...withEvidence,
});

export const Person = z.object({
  name: z.string(),
  aliases: z.array(z.string()),
  role: z.string().nullable(),
  country: Iso3.nullable(),
  ...withEvidence,
});

export const DocumentFields = z.object({
  source: z.string(),
  /** Where the input was found when that says more than `source` (a file's path relative to the current folder or --root): what `readout ingest` names it by. */
  path: z.string().optional(),
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  published: DateString.nullable(),
  dateline: z.object({ city: z.string().nullable(), country: Iso3.nullable() }).nullable().optional(),
  /** The year the text speaks from, and how it was established (or null: never guessed). */
  reference_year: z.object({ year: z.number().int(), reason: z.string() }).nullable().optional(),
  format: z.enum(['text', 'html', 'json']).optional(),
  encoding: z.string().optional(),
  extractor: z.string().optional(),
});

export const ReadoutFacts = z.object({
  schema: z.literal(SCHEMA_ID),
  document: DocumentFields,
  events: z.array(Event),
  agreements: z.array(Agreement),
  trade: z.array(Trade),
  people: z.array(Person),
});

export type EvidenceT = z.infer<typeof Evidence>;
export type MatchT = z.infer<typeof Match>;
export type PlaceT = z.infer<typeof Place>;
export type EventT = z.infer<typeof Event>;
export type EventTypeT = z.infer<typeof EventType>;
export type AgreementT = z.infer<typeof Agreement>;
export type AgreementKindT = z.infer<typeof AgreementKind>;
export type AgreementStatusT = z.infer<typeof AgreementStatus>;
export type TradeT = z.infer<typeof Trade>;
export type TradeMeasureT = z.infer<typeof TradeMeasure>;
export type QualifierT = z.infer<typeof Qualifier>;
export type TradeKindT = z.infer<typeof TradeKind>;
export type PersonT = z.infer<typeof Person>;
export type DocumentFieldsT = z.infer<typeof DocumentFields>;
export type ReadoutFactsT = z.infer<typeof ReadoutFacts>;

/** Number of facts of every type in one document's output. */
export const factCount = (f: Pick<ReadoutFactsT, 'events' | 'agreements' | 'trade' | 'people'>): number =>
  f.events.length + f.agreements.length + f.trade.length + f.people.length;
