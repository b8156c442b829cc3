// The GDELT 2.0 event table: 61 tab-separated columns in the codebook's order, no header. One row
// per dyad (host or first country as Actor1, each other country as Actor2) of each classified event,
// and one per signed agreement (057). Unknown fields stay empty; partial dates fill only what they give.
import { stateName } from '../facts/states.js';
import { createHash } from 'node:crypto';
import type { AgreementRow, DocumentRow, EventRow, Source } from '../store/store.js';
import { CAMEO, cameoBase, cameoOfEvent, cameoRoot, fipsOf, type CameoCode } from './codes.js';

export const GDELT_COLUMNS = [
  'GLOBALEVENTID',
  'SQLDATE',
  'MonthYear',
  'Year',
  'FractionDate',
  ...actor('Actor1'),
  ...actor('Actor2'),
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  ...geo('Actor1Geo'),
  ...geo('Actor2Geo'),
  ...geo('ActionGeo'),
  'DATEADDED',
  'SOURCEURL',
] as const;

function actor(p: string): string[] {
  return ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'].map(
    (f) => `${p}${f}`,
  );
}
function geo(p: string): string[] {
  return ['_Type', '_Fullname', '_CountryCode', '_ADM1Code', '_ADM2Code', '_Lat', '_Long', '_FeatureID'].map((f) => `${p}${f}`);
}

type Row = Partial<Record<(typeof GDELT_COLUMNS)[number], string>>;

/** A numeric id (GDELT's is an integer) from a content hash: stable across runs, below 2^53. */
const numericId = (key: string): string => String(Number.parseInt(createHash('sha256').update(key).digest('hex').slice(0, 13), 16));

function dateColumns(date: string | null): Row {
  const m = date?.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/);
  if (!m) return {};
  const [, y, mo, d] = m;
  return {
    SQLDATE: d ? `${y}${mo}${d}` : '',
    MonthYear: mo ? `${y}${mo}` : '',
    Year: y,
    // The codebook's formula: YEAR + ((MONTH * 30 + DAY) / 365).
    FractionDate: d ? (Number(y) + (Number(mo) * 30 + Number(d)) / 365).toFixed(4) : '',
  };
}

const actorColumns = (p: 'Actor1' | 'Actor2', iso3: string): Row => ({
  [`${p}Code`]: iso3,
  [`${p}Name`]: stateName(iso3).toUpperCase(),
  [`${p}CountryCode`]: iso3,
});

function counts(sources: readonly Source[], num_documents: number, documents: ReadonlyMap<number, DocumentRow>): Row {
  const outlets = new Set(sources.map((s) => documents.get(s.document_id)?.publisher ?? s.document));
  return { NumMentions: String(sources.length), NumSources: String(outlets.size), NumArticles: String(num_documents) };
}

function provenance(sources: readonly Source[], documents: ReadonlyMap<number, DocumentRow>): Row {
  const first = sources[0] ? documents.get(sources[0].document_id) : undefined;
  const added = first?.ingested_at.replace(/\D/g, '').slice(0, 14) ?? '';
  return { DATEADDED: added, SOURCEURL: first?.source ?? '' };
}

const codeColumns = (c: CameoCode, root: boolean): Row => ({
  IsRootEvent: root ? '1' : '0',
  EventCode: c.code,
  EventBaseCode: cameoBase(c.code),
  EventRootCode: cameoRoot(c.code),
  QuadClass: String(c.quadClass),
  GoldsteinScale: c.goldstein.toFixed(1),
});

/** GDELT marks an event "root" when it is in the lead paragraph: here, one of the first three sentences. */
const inLead = (sources: readonly Source[]): boolean => sources.some((s) => s.sentence < 3);

const line = (row: Row): string => GDELT_COLUMNS.map((c) => (row[c] ?? '').replace(/[\t\r\n]+/g, ' ')).join('\t');

function dyads(countries: readonly string[], host: string | null): Array<[string, string]> {
  const first = host && countries.includes(host) ? host : countries[0];
  if (!first) return [];
  return countries.filter((c) => c !== first).map((other) => [first, other]);
}

export function cameoEventLines(event: EventRow, documents: ReadonlyMap<number, DocumentRow>): string[] {
  const host = event.place?.country ?? null;
  const third = host !== null && !event.countries.includes(host);
  const code = cameoOfEvent(event.type, event.planned, third);
  if (!code) return [];
  return dyads(event.countries, host).map(([a, b]) => {
    // The host of a visit hosts it (043) and the visitor makes it (042): Actor1 is the visitor.
    const [actor1, actor2, c] = code === CAMEO.visit && a === host ? [b, a, CAMEO.visit] : [a, b, code];
    const place = event.place;
    const action: Row =
      place && (place.city || place.country)
        ? {
            ActionGeo_Type: place.city ? '4' : '1',
            ActionGeo_Fullname: [place.city, place.country ? stateName(place.country) : null].filter(Boolean).join(', '),
            ActionGeo_CountryCode: fipsOf(place.country),
          }
        : {};
    return line({
      GLOBALEVENTID: numericId(`${event.id}|${actor1}|${actor2}`),
      ...dateColumns(event.date),
      ...actorColumns('Actor1', actor1),
      ...actorColumns('Actor2', actor2),
      ...codeColumns(c, inLead(event.sources)),
      ...counts(event.sources, event.num_documents, documents),
      ...action,
      ...provenance(event.sources, documents),
    });
  });
}

export function cameoAgreementLines(agreement: AgreementRow, documents: ReadonlyMap<number, DocumentRow>): string[] {
  if (agreement.status !== 'signed') return [];
  return dyads(agreement.parties, null).map(([a, b]) =>
    line({
      GLOBALEVENTID: numericId(`${agreement.id}|${a}|${b}`),
      ...dateColumns(agreement.date),
      ...actorColumns('Actor1', a),
      ...actorColumns('Actor2', b),
      ...codeColumns(CAMEO.signAgreement, inLead(agreement.sources)),
      ...counts(agreement.sources, agreement.num_documents, documents),
      ...provenance(agreement.sources, documents),
    }),
  );
}
