// Query and path parameters, one schema each, shared by the API routes (which validate them and
// document them in the OpenAPI document) and the pages (which validate the same way). The filters
// are the CLI's: country, pair, since, until, type, kind; plus limit, cursor and format.
import { z } from '@hono/zod-openapi';
import { isCalendarDate } from '../../facts/calendar.js';
import { AgreementKind, EventType, TradeKind, TradeMeasure } from '../../facts/schema.js';

const MAX_LIMIT = 500;
export const DEFAULT_LIMIT = 50;

const query = (name: string) => ({ param: { name, in: 'query' as const } });

const Country = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'expected an ISO 3166-1 alpha-3 code such as TJK')
  .openapi({ ...query('country'), description: 'Facts involving this country (ISO 3166-1 alpha-3)', example: 'TJK' });
const PairParam = z
  .string()
  .regex(/^[A-Za-z]{3}-[A-Za-z]{3}$/, 'expected two ISO alpha-3 codes such as BLR-TJK')
  .openapi({ ...query('pair'), description: 'Facts involving both countries', example: 'BLR-TJK' });
/** YYYY, YYYY-MM or YYYY-MM-DD, and a date the calendar has ("2024-02-30" and "2024-99" are refused). */
const calendarDate = () =>
  z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD')
    .refine(isCalendarDate, 'expected a date the calendar has');

const date = (name: string, description: string) => calendarDate().openapi({ ...query(name), description, example: '2023' });
const limit = z.coerce
  .number()
  .int('expected a whole number')
  .min(1, 'expected at least 1')
  .max(MAX_LIMIT, `expected at most ${MAX_LIMIT}`)
  .openapi({ ...query('limit'), description: `Rows per page (default ${DEFAULT_LIMIT}, at most ${MAX_LIMIT})`, example: 50 });
const cursor = z
  .string()
  .regex(/^[A-Za-z0-9_]{1,64}$/, 'expected the `next` value of a previous page')
  .openapi({ ...query('cursor'), description: 'The `next` value of the previous page' });
/** A trade figure's own year, or `none` for the figures stated without one (since/until leave those out). */
const TradeYear = z
  .union([z.literal('none'), z.coerce.number().int('expected a year or none').min(1000, 'expected a year or none').max(9999, 'expected a year or none')], {
    error: 'expected a year or none',
  })
  .openapi({ ...query('year'), description: 'Figures of this year; `none`: the figures stated without a year', example: '2023' });
const FORMATS = ['json', 'csv', 'ndjson'] as const;
export type Format = (typeof FORMATS)[number];
const format = z
  .enum(FORMATS)
  .openapi({ ...query('format'), description: 'Response format; else from the Accept header (text/csv, application/x-ndjson), else JSON' });

const paging = { limit: limit.optional(), cursor: cursor.optional(), format: format.optional() };
const filters = {
  country: Country.optional(),
  pair: PairParam.optional(),
  since: date('since', "On or after (compared at the fact's own precision; undated facts left out)").optional(),
  until: date('until', 'On or before').optional(),
};

/** One fact by its id (a link from a document, a search hit or a chart leads to its row). */
const factId = (prefix: 'ev' | 'ag' | 'tr', example: string) =>
  z
    .string()
    .regex(new RegExp(`^${prefix}_[0-9a-f]{16}$`), `expected an id such as ${prefix}_0123456789abcdef`)
    .openapi({ ...query('id'), description: 'Only the fact with this id', example });
const PersonId = z
  .string()
  .regex(/^pe_[0-9a-f]{16}$/, 'expected a person id such as pe_0123456789abcdef')
  .openapi({ ...query('person'), description: 'Encounters this person (a canonical person id) took part in', example: 'pe_39d7b938f55a2bd1' });

// Unknown parameters are refused: a misspelt filter (`contry=TJK`) must not return everything.
export const EventsQuery = z.strictObject({
  ...filters,
  ...paging,
  type: EventType.optional().openapi(query('type')),
  person: PersonId.optional(),
  id: factId('ev', 'ev_0123456789abcdef').optional(),
});
export const AgreementsQuery = z.strictObject({
  ...filters,
  ...paging,
  id: factId('ag', 'ag_0123456789abcdef').optional(),
  type: AgreementKind.optional().openapi({ ...query('type'), description: 'Agreement kind (as --type in the CLI)' }),
  kind: AgreementKind.optional().openapi({ ...query('kind'), description: 'Agreement kind' }),
});
export const TradeQuery = z.strictObject({
  ...filters,
  ...paging,
  type: TradeMeasure.optional().openapi({ ...query('type'), description: 'Trade measure' }),
  kind: TradeKind.optional().openapi({ ...query('kind'), description: 'actual, target or potential' }),
  year: TradeYear.optional(),
  id: factId('tr', 'tr_0123456789abcdef').optional(),
});
export const PeopleQuery = z.strictObject({ country: filters.country, pair: filters.pair, ...paging });
export const DocumentsQuery = z.strictObject({ ...filters, ...paging });
export const FormatQuery = z.strictObject({ format: format.optional() });
export const ConflictsQuery = z.strictObject({ country: filters.country, pair: filters.pair, ...paging });
export const SearchQuery = z.strictObject({
  q: z
    .string()
    .min(1, 'expected words to find')
    .max(200, 'expected at most 200 characters')
    .openapi({ ...query('q'), description: 'Words to find (all of them)', example: 'Dushanbe' }),
  type: z
    .enum(['document', 'event', 'agreement', 'trade', 'person'])
    .optional()
    .openapi({ ...query('type'), description: 'Only hits of this kind' }),
  country: filters.country,
  year: z.coerce
    .number()
    .int('expected a year')
    .min(1000, 'expected a year')
    .max(9999, 'expected a year')
    .optional()
    .openapi({ ...query('year'), description: 'Only hits of this year' }),
  ...paging,
});

const path = (name: string) => ({ param: { name, in: 'path' as const } });
export const PairPath = z.object({
  pair: z
    .string()
    .regex(/^[A-Za-z]{3}-[A-Za-z]{3}$/, 'expected two ISO alpha-3 codes such as BLR-TJK')
    .openapi({ ...path('pair'), example: 'BLR-TJK' }),
});
export const CountryPath = z.object({
  code: z
    .string()
    .regex(/^[A-Za-z]{3}$/, 'expected an ISO 3166-1 alpha-3 code such as TJK')
    .openapi({ ...path('code'), example: 'TJK' }),
});
export const DocumentPath = z.object({
  id: z.coerce
    .number()
    .int('expected a document id')
    .positive('expected a document id')
    .openapi({ ...path('id'), example: 1 }),
});
export const FactPath = z.object({
  id: z
    .string()
    .regex(/^(ev|ag|tr|pe)_[0-9a-f]{16}$/, 'expected a fact id such as ev_0123456789abcdef')
    .openapi({ ...path('id'), example: 'pe_39d7b938f55a2bd1' }),
});
export const IngestQuery = z.strictObject({
  source: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[^/\\\0]+$/, 'expected a file name')
    .openapi({ ...query('source'), description: 'A name for the document; its extension (.txt, .html, .json) says how to read it', example: 'readout.txt' }),
  published: calendarDate()
    .optional()
    .openapi({ ...query('published'), description: 'Publication date, when the text does not state one' }),
});
