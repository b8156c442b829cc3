// One fact whole, as `readout show` prints it: the values (corrected ones marked), then every report
// of it (document, rule, what it states, how its date and countries were established, its sentences
// with the words read marked), what the reports disagree on, conflicting figures, and corrections.
// Built once as a plain object (the --json output) and rendered as text from it.
import type { MatchT } from '../facts/schema.js';
import type { Correction, CorrectionNote, FactDetail, FactReport, TradeRow } from '../store/store.js';
import { figureText } from '../export/flatten.js';

/** A sentence of the evidence with the words read marked [like this], and what each mark gave. */
interface MarkedSentence {
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly marked: string;
  readonly marks: ReadonlyArray<{ readonly text: string; readonly what: string }>;
}

interface ReportView {
  readonly document: FactReport['document'];
  readonly rule: string | null;
  /** The fact as this document states it. */
  readonly states: Readonly<Record<string, unknown>>;
  /** events: how this report's date was established, in words. */
  readonly date_basis: string | null;
  readonly country_basis: Readonly<Record<string, string>> | null;
  readonly evidence: readonly MarkedSentence[];
}

export interface FactView {
  readonly kind: FactDetail['kind'];
  readonly id: string;
  readonly rejected: boolean;
  readonly fact: FactDetail['row'];
  /** Fields whose value an analyst set, with the correction that set it. */
  readonly corrected: Readonly<Record<string, number>>;
  readonly reports: readonly ReportView[];
  /** Values the reports state differently, with the documents stating each. */
  readonly disagreements: ReadonlyArray<{
    readonly field: string;
    readonly values: ReadonlyArray<{ readonly value: unknown; readonly documents: readonly string[] }>;
  }>;
  /** trade: the claims with another value for the same pair, measure, year and kind. */
  readonly conflicts: readonly TradeRow[];
  readonly corrections: readonly Correction[];
}

/** Marks matched words within one evidence sentence; overlapping matches keep the first, longest one. */
function markSentence(e: FactReport['evidence'][number], matched: readonly MatchT[]): MarkedSentence {
  const inside = matched.filter((m) => m.start >= e.start && m.end <= e.end && m.end > m.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: MatchT[] = [];
  for (const m of inside) if (!kept.length || m.start >= kept[kept.length - 1]!.end) kept.push(m);
  let marked = '';
  let at = 0;
  for (const m of kept) {
    marked += `${e.text.slice(at, m.start - e.start)}[${e.text.slice(m.start - e.start, m.end - e.start)}]`;
    at = m.end - e.start;
  }
  marked += e.text.slice(at);
  return { ...e, marked, marks: kept.map((m) => ({ text: e.text.slice(m.start - e.start, m.end - e.start), what: m.what })) };
}

/** A report's date basis in words, with the reference year's reason when the year was inferred. */
function dateBasisText(report: FactReport): string | null {
  const date = report.data.date as string | null | undefined;
  if (date === undefined) return null;
  if (date === null) return 'no date in the text';
  if (date.startsWith('--')) return 'stated without a year: nothing in the text establishes the year';
  switch (report.data.date_basis) {
    case 'publication':
      return 'the publication day (the text gives no day): the encounter took place on or before it';
    case 'inferred':
      return `inferred${report.document.reference_year ? `: the text speaks from ${report.document.reference_year.year} (${report.document.reference_year.reason})` : ''}`;
    default:
      return 'stated by the text';
  }
}

const VALUE_FIELDS: Readonly<Record<FactDetail['kind'], readonly string[]>> = {
  event: ['type', 'date', 'end_date', 'planned', 'countries', 'place'],
  agreement: ['title', 'kind', 'status', 'date', 'parties'],
  trade: ['value_usd', 'amount', 'currency', 'qualifier', 'year', 'from', 'to', 'scope'],
  person: ['name', 'role', 'country'],
};

/** What the reports state differently: one entry per field, the documents stating each value. */
function disagreementsOf(kind: FactDetail['kind'], reports: readonly FactReport[]): FactView['disagreements'] {
  const out: Array<FactView['disagreements'][number]> = [];
  for (const field of VALUE_FIELDS[kind]) {
    const byValue = new Map<string, { value: unknown; documents: string[] }>();
    for (const r of reports) {
      const value = r.data[field] ?? null;
      const key = JSON.stringify(Array.isArray(value) ? [...(value as unknown[])].sort() : value);
      const entry = byValue.get(key) ?? { value, documents: [] };
      if (!entry.documents.includes(r.document.source)) entry.documents.push(r.document.source);
      byValue.set(key, entry);
    }
    if (byValue.size > 1) out.push({ field, values: [...byValue.values()].map((v) => ({ ...v, documents: v.documents.sort() })) });
  }
  return out;
}

/** The fields corrections in force set on the fact, and the last correction that set each. */
function correctedFields(notes: readonly CorrectionNote[]): Record<string, number> {
  const fields: Record<string, number> = {};
  for (const n of notes) for (const field of Object.keys(n.changes ?? {})) fields[field] = n.id;
  return fields;
}

export function factView(detail: FactDetail, conflicts: readonly TradeRow[]): FactView {
  const reports = detail.reports.map((r): ReportView => {
    const { matched, country_basis, ...states } = r.data as { matched?: MatchT[]; country_basis?: Record<string, string> } & Record<string, unknown>;
    return {
      document: r.document,
      rule: r.rule,
      states,
      date_basis: detail.kind === 'event' ? dateBasisText(r) : null,
      country_basis: country_basis ?? null,
      evidence: r.evidence.map((e) => markSentence(e, matched ?? [])),
    };
  });
  return {
    kind: detail.kind,
    id: detail.row.id,
    rejected: detail.hidden,
    fact: detail.row,
    corrected: correctedFields(detail.row.corrections),
    reports,
    disagreements: disagreementsOf(detail.kind, detail.reports),
    conflicts,
    corrections: detail.corrections,
  };
}

// ---- text ------------------------------------------------------------------------------------------

const show = (value: unknown): string => {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.map(show).join(', ');
  if (typeof value === 'object')
    return (
      Object.values(value)
        .filter((v) => v !== null)
        .map(show)
        .join(', ') || '—'
    );
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return typeof value === 'string' ? value : JSON.stringify(value);
};

const BASIS_WORDS: Readonly<Record<string, string>> = {
  name: 'its name in the evidence',
  adjective: 'its adjective in the evidence',
  city: 'a city of it in the evidence',
  'seat of government': 'its seat of government in the evidence',
  title: "a person's title in the evidence",
  'knowledge table': 'the knowledge table of leaders (data/leaders.tsv)',
  participant: 'a participant serves it',
  dateline: 'the dateline',
  publisher: 'the publisher',
  document: 'the document: one of the states it is about, named elsewhere in it',
};

const basisText = (basis: Readonly<Record<string, string>> | null): string | null =>
  basis && Object.keys(basis).length
    ? Object.entries(basis)
        .map(([code, how]) => `${code}: ${BASIS_WORDS[how] ?? how}`)
        .join('; ')
    : null;

/** The fact's own values, as lines "field  value", a corrected value marked with its correction. */
function valueLines(view: FactView): string[] {
  const f = view.fact as unknown as Record<string, unknown>;
  const fields: Array<[label: string, value: unknown, corrected: string]> = (() => {
    const mark = (...names: string[]): string =>
      names
        .map((n) => view.corrected[n])
        .filter((id) => id !== undefined)
        .map((id) => `  (corrected: #${id})`)
        .join('');
    switch (view.kind) {
      case 'event':
        return [
          ['type', f.type, mark('type')],
          ['date', f.date, mark('date')],
          ['end date', f.end_date, mark('end_date')],
          ['date basis', f.date_basis, ''],
          ['planned', f.planned, mark('planned')],
          ['countries', f.countries, mark('countries')],
          ['place', f.place, ''],
          [
            'participants',
            (f.participants as Array<{ name: string; country: string | null; person_id: string | null }>)
              .map((p) => `${p.name}${p.country ? ` (${p.country})` : ''}${p.person_id ? ` ${p.person_id}` : ''}`)
              .join('; '),
            '',
          ],
        ];
      case 'agreement':
        return [
          ['title', f.title, mark('title')],
          ['kind', f.kind, mark('kind')],
          ['status', f.status, mark('status')],
          ['date', f.date, mark('date')],
          ['parties', f.parties, mark('countries')],
        ];
      case 'trade': {
        const t = view.fact as TradeRow;
        return [
          ['measure', t.measure, mark('measure')],
          ['parties', t.parties, mark('countries')],
          ['direction', t.from && t.to ? `${t.from} → ${t.to}` : null, ''],
          ['figure', figureText(t), mark('value_usd')],
          ['year', t.year, mark('year')],
          ['kind', t.kind, mark('kind')],
          ['scope', t.scope, ''],
        ];
      }
      case 'person':
        return [
          ['name', f.name, mark('name')],
          ['aliases', f.aliases, ''],
          ['role', f.role, mark('role')],
          ['country', f.country, mark('country')],
          [
            'roles',
            (f.roles as Array<{ role: string; date: string | null; document: string }>)
              .map((r) => `${r.role} (${r.date ?? 'undated'}, ${r.document})`)
              .join('; '),
            '',
          ],
        ];
    }
  })();
  return [...fields, ['documents', f.num_documents, ''] as [string, unknown, string]].map(
    ([label, value, corrected]) => `  ${label.padEnd(13)}${show(value)}${corrected}`,
  );
}

function reportLines(r: ReportView, n: number): string[] {
  const d = r.document;
  const lines = [
    `  [${n}] ${d.source} (document ${d.id})${d.title ? ` — ${d.title}` : ''}${d.publisher || d.published ? ` · ${[d.publisher, d.published].filter(Boolean).join(', ')}` : ''}`,
  ];
  lines.push(`      rule         ${r.rule ?? '—'}`);
  const states = Object.entries(r.states)
    .filter(([k]) => k !== 'participants' && k !== 'aliases')
    .map(([k, v]) => `${k} ${show(v)}`)
    .join(' · ');
  lines.push(`      states       ${states}`);
  if (r.date_basis) lines.push(`      date         ${r.date_basis}`);
  const countries = basisText(r.country_basis);
  if (countries) lines.push(`      countries    ${countries}`);
  if (r.country_basis === null) lines.push('      countries    (not recorded: stored before the extractor explained its facts, or imported)');
  for (const e of r.evidence) {
    lines.push(`      sentence ${e.sentence}, characters ${e.start}–${e.end}:`);
    lines.push(`        ${e.marked}`);
    if (e.marks.length) lines.push(`        marked: ${e.marks.map((m) => `[${m.text}] ${m.what}`).join('; ')}`);
  }
  return lines;
}

const changeText = (c: Pick<Correction, 'action' | 'changes' | 'previous' | 'other_id' | 'document'>): string => {
  switch (c.action) {
    case 'correct':
      return Object.entries(c.changes ?? {})
        .map(([field, value]) => `${field} ${show(c.previous?.[field])} → ${show(value)}`)
        .join('; ');
    case 'reject':
      return 'rejected: not a fact';
    case 'merge':
      return `merged ${c.other_id} into it`;
    case 'split':
      return `split the reports of ${c.document} into ${c.other_id}`;
  }
};

export function correctionLine(c: Correction): string {
  const state = c.undone
    ? `undone by ${c.undone.by} at ${c.undone.at}`
    : c.applied_to === null
      ? 'waiting: the reports it was made on are not stored'
      : 'in force';
  return `#${c.id} ${c.at} by ${c.by}: ${changeText(c)}${c.note ? ` — "${c.note}"` : ''} [${state}]`;
}

export { changeText };

/** A fact in one line: what it is, its countries and date or figure. */
export function factHeadline(kind: FactDetail['kind'], row: FactDetail['row']): string {
  const f = row as unknown as Record<string, unknown>;
  switch (kind) {
    case 'person':
      return `${show(f.name)}${f.country ? ` (${show(f.country)})` : ''}${f.role ? ` — ${show(f.role)}` : ''}`;
    case 'agreement':
      return `${show(f.status)} ${show(f.kind)}: ${show(f.title)} · ${show(f.parties)} · ${show(f.date)}`;
    case 'trade':
      return `${show(f.measure)} ${show(f.parties)} ${figureText(row as TradeRow)} · ${show(f.year)} · ${show(f.kind)}`;
    case 'event':
      return `${show(f.type)}${f.planned ? ' (planned)' : ''} ${show(f.countries)} · ${show(f.date)}`;
  }
}

export function renderFactView(view: FactView): string {
  const headline = factHeadline(view.kind, view.fact);
  const lines = [
    `${view.kind} ${view.id} — ${headline}${view.rejected ? '   REJECTED (not a fact: left out of queries and exports)' : ''}`,
    ...valueLines(view),
    '',
  ];
  lines.push(`Reports (${view.reports.length}): each document's statement, the rule that read it, and its evidence with the words read [marked]`);
  view.reports.forEach((r, i) => lines.push(...reportLines(r, i + 1)));
  lines.push('');
  if (view.reports.length > 1) {
    lines.push(view.disagreements.length ? 'The reports disagree on:' : 'The reports agree on every value.');
    for (const d of view.disagreements) lines.push(`  ${d.field}: ${d.values.map((v) => `${show(v.value)} (${v.documents.join(', ')})`).join(' vs ')}`);
    lines.push('');
  }
  if (view.kind === 'trade') {
    lines.push(view.conflicts.length ? 'Conflicting claims (same pair, measure, year and kind, another value):' : 'No conflicting claim.');
    for (const c of view.conflicts) lines.push(`  ${c.id} ${figureText(c)} (${[...new Set(c.sources.map((s) => s.document))].join(', ')})`);
    lines.push('');
  }
  lines.push(view.corrections.length ? 'Corrections:' : 'No corrections.');
  for (const c of view.corrections) lines.push(`  ${correctionLine(c)}`);
  return `${lines.join('\n')}\n`;
}
