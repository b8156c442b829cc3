// The API's response shapes, built from the readout-facts/v1 schema (src/facts/schema.ts) plus what
// the store adds to a canonical fact: its id, how many documents report it and their sentences.
// Registered by name (.openapi('Name')) so the OpenAPI document refers to each once.
import { z } from '@hono/zod-openapi';
import { Agreement, DateString, DocumentFields, Event, Participant, Person, Trade, TradeKind, TradeMeasure } from '../../facts/schema.js';

const Source = z
  .object({
    document: z.string().openapi({ description: 'The source name of the document' }),
    document_id: z.number().int(),
    sentence: z.number().int().nonnegative(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string().openapi({ description: 'The evidence, verbatim from the cleaned text' }),
  })
  .openapi('Source');

const CorrectionNote = z
  .object({
    id: z.number().int(),
    action: z.enum(['correct', 'reject', 'merge', 'split']),
    changes: z.record(z.string(), z.unknown()).nullable().openapi({ description: 'The values an analyst set' }),
    previous: z.record(z.string(), z.unknown()).nullable().openapi({ description: 'What those fields held before' }),
    by: z.string(),
    at: z.string(),
    note: z.string().nullable(),
  })
  .openapi('CorrectionNote');

const canonical = {
  id: z.string(),
  num_documents: z.number().int().openapi({ description: 'Distinct documents reporting the fact, near-duplicates counted once' }),
  sources: z.array(Source),
  corrections: z.array(CorrectionNote).openapi({ description: 'Corrections in force on the fact: its values are the corrected ones' }),
};

export const EventRow = Event.omit({ evidence: true, rule: true })
  .extend({ ...canonical, participants: z.array(Participant.extend({ person_id: z.string().nullable() })) })
  .openapi('Event');
export const AgreementRow = Agreement.omit({ evidence: true, rule: true }).extend(canonical).openapi('Agreement');
export const TradeRow = Trade.omit({ evidence: true, rule: true })
  .extend({
    ...canonical,
    conflicts_with: z.array(z.string()).openapi({ description: 'Claims with another value for the same pair, measure, year, kind and scope' }),
  })
  .openapi('TradeClaim');
export const PersonRow = Person.omit({ evidence: true, rule: true })
  .extend({ ...canonical, roles: z.array(z.object({ role: z.string(), date: DateString.nullable(), document: z.string() })) })
  .openapi('Person');
export const DocumentRow = z
  .object({
    id: z.number().int(),
    source: z.string(),
    content_hash: z.string(),
    extractor: z.string(),
    title: z.string().nullable(),
    publisher: z.string().nullable(),
    published: DateString.nullable(),
    fields: DocumentFields,
    ingested_at: z.string(),
    duplicate_of: z.object({ id: z.number().int(), source: z.string(), similarity: z.number() }).nullable(),
    counts: z.object({ events: z.number().int(), agreements: z.number().int(), trade: z.number().int(), people: z.number().int() }),
  })
  .openapi('Document');

const FactKind = z.enum(['event', 'agreement', 'trade', 'person']);
export const DocumentDetail = DocumentRow.extend({
  text: z.string(),
  sentences: z.array(z.object({ index: z.number().int(), start: z.number().int(), end: z.number().int(), text: z.string() })),
  mentions: z.array(
    z.object({
      kind: FactKind,
      fact_id: z.string(),
      rule: z.string().nullable(),
      evidence: z.array(z.object({ sentence: z.number().int(), start: z.number().int(), end: z.number().int() })),
    }),
  ),
}).openapi('DocumentDetail');

export const CountrySummary = z
  .object({ country: z.string(), name: z.string(), events: z.number().int(), agreements: z.number().int(), trade: z.number().int(), people: z.number().int() })
  .openapi('CountrySummary');
export const PairSummary = z
  .object({
    pair: z.string().openapi({ example: 'BLR-TJK' }),
    names: z.array(z.string()),
    events: z.number().int(),
    agreements: z.number().int(),
    trade: z.number().int(),
    latest: DateString.nullable(),
  })
  .openapi('PairSummary');

/** A page of a list: its rows and the cursor of the next page (null on the last). */
export const pageOf = <T extends z.ZodType>(row: T, name: string) =>
  z.object({ rows: z.array(row), next: z.string().nullable().openapi({ description: 'Pass as `cursor` for the next page' }) }).openapi(name);

const TimelineItem = z
  .object({
    kind: z.enum(['event', 'agreement', 'milestone']),
    id: z.string(),
    date: DateString.nullable(),
    title: z.string(),
    fact: z.string().openapi({ description: 'The id of the fact the item stands for' }),
    source: Source.nullable(),
  })
  .openapi('TimelineItem');

/** The first rows of one of a pair's lists, and where the rest are. */
const dossierPage = <T extends z.ZodType>(row: T, name: string) =>
  z
    .object({
      rows: z.array(row),
      next: z.string().nullable().openapi({ description: 'Pass as `cursor` to `list` for the rows after these; null when these are all' }),
      list: z.string().openapi({ description: 'The whole list as JSON (the same path without /api is its page)', example: '/api/events?pair=BLR-TJK' }),
    })
    .openapi(name);

const TradeGroup = z
  .object({
    measure: TradeMeasure,
    kind: TradeKind,
    year: z.number().int().nullable().openapi({ description: 'null: figures stated without a year' }),
    figures: z.number().int().openapi({ description: 'How many figures (distinct claims) the documents state for this measure, kind and year' }),
    conflicting: z.number().int().openapi({ description: 'How many of them another source contradicts' }),
    min_usd: z.number().nullable(),
    max_usd: z.number().nullable(),
    figure: TradeRow.openapi({ description: 'The figure most documents report (of those tied, the middle value), with its sentence' }),
    directions: z.array(z.object({ from: z.string().nullable(), to: z.string().nullable(), scope: z.string().nullable() })),
    list: z.string().openapi({ description: 'Every figure of the group, as JSON', example: '/api/trade?pair=BLR-TJK&type=turnover&kind=actual&year=2023' }),
  })
  .openapi('TradeGroup');

export const PairDossier = z
  .object({
    pair: z.string(),
    names: z.array(z.string()),
    counts: z.object({
      events: z.number().int(),
      agreements: z.number().int(),
      trade: z.number().int(),
      people: z.number().int(),
      conflicts: z.number().int(),
    }),
    timeline: z.array(TimelineItem).openapi({ description: 'The encounters and agreements below, and milestones, newest first' }),
    more_milestones: z
      .object({ in_force: z.number().int(), targets: z.number().int() })
      .openapi({ description: 'Agreements in force and stated targets left off the timeline (at most 10 of each are on it); the lists hold them' }),
    events: dossierPage(EventRow, 'EventPage'),
    agreements: dossierPage(AgreementRow, 'AgreementPage'),
    trade: z.object({
      groups: z.array(TradeGroup).openapi({ description: 'Every figure, summed up per measure, kind and year' }),
      list: z.string().openapi({ description: 'Every figure, one row each, as JSON' }),
    }),
    people: z.array(PersonRow),
  })
  .openapi('PairDossier');

const More = z
  .object({
    count: z.number().int().openapi({ description: 'Rows of the list not included here' }),
    list: z.string().openapi({ description: 'The whole list as JSON (the same path without /api is its page)', example: '/api/events?country=TJK' }),
    next: z.string().nullable().openapi({ description: 'Pass as `cursor` to `list` for the rows left out; null when none are' }),
  })
  .openapi('More');

export const CountryDossier = z
  .object({
    country: z.string(),
    name: z.string(),
    counts: CountrySummary,
    partners: z.array(PairSummary),
    timeline: z.array(TimelineItem).openapi({ description: 'The newest 100 encounters and 100 agreements' }),
    people: z.array(PersonRow).openapi({ description: 'The first 200 people by name' }),
    more: z.object({ events: More, agreements: More, people: More }),
  })
  .openapi('CountryDossier');

const SearchHit = z
  .object({
    kind: z.enum(['document', 'event', 'agreement', 'trade', 'person']),
    id: z.string(),
    document_id: z.number().int().nullable(),
    title: z.string(),
    snippet: z.string().openapi({ description: 'Matched words between [ and ]' }),
    countries: z.array(z.string()),
    year: z.number().int().nullable(),
  })
  .openapi('SearchHit');
const counts = z.record(z.string(), z.number().int());
export const SearchResponse = z
  .object({
    q: z.string(),
    total: z.number().int(),
    window: z.number().int().openapi({ description: 'Facets count the best this many matches of each kind' }),
    rows: z.array(SearchHit),
    next: z.string().nullable(),
    facets: z.object({ kind: counts, country: counts, year: counts }),
  })
  .openapi('SearchResults');

export const ConflictGroup = z.object({ claims: z.array(TradeRow) }).openapi('Conflict');

export const Stats = z
  .object({
    documents: z.number().int(),
    sentences: z.number().int(),
    events: z.number().int(),
    agreements: z.number().int(),
    trade_claims: z.number().int(),
    people: z.number().int(),
    conflicts: z.number().int(),
    near_duplicate_links: z.number().int(),
    mentions: z.number().int(),
    corrections: z.number().int().openapi({ description: 'Corrections in force' }),
  })
  .openapi('Stats');

export const IngestResult = z
  .object({
    ok: z.literal(true),
    kind: z.enum(['stored', 'replaced', 'updated', 'skipped']).openapi({ description: '`updated`: a new version of a stored source, whose facts it replaced' }),
    source: z.string(),
    id: z.number().int().nullable(),
    duplicate_of: z.string().nullable(),
    facts: z.number().int().nullable(),
    reason: z.string().nullable(),
  })
  .openapi('IngestResult');
