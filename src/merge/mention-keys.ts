// How a correction finds its fact again. Canonical ids are not stable: a fact gets a new id when the
// document that first reported it is re-merged in another order, or when its key changes. What is
// stable is the report itself: the document it is in (by source: a path or a URL) and what it
// states. A correction is anchored to the reports of its fact by a key of the report's own values
// and by the sentence it was read from; after a reindex or a re-ingest the fact holding a report
// with that key (or, when an extractor change altered a value, the one report of that kind read
// from the same sentence) is the corrected fact.
import type { FactKind } from '../facts/corrections.js';
import { foldName } from '../names/names.js';

/** A report a correction is anchored to. */
export interface Anchor {
  /** The document's source. */
  readonly document: string;
  readonly key: string;
  /** The first sentence the report was read from, whitespace folded; null when it had no evidence. */
  readonly evidence: string | null;
}

/** A stored report as the anchors are matched against it. */
export interface KeyedReport {
  readonly kind: FactKind;
  readonly data: Readonly<Record<string, unknown>>;
  readonly evidence: string | null;
}

const codes = (value: unknown): string => (Array.isArray(value) ? [...(value as string[])].sort().join(',') : '');
const text = (value: unknown): string => (value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value));

/** What identifies a report of each kind within its document: the values the merge keys on. */
function reportKey(kind: FactKind, data: Readonly<Record<string, unknown>>): string {
  switch (kind) {
    case 'event':
      return ['event', codes(data.countries), text(data.date), text(data.type), text(data.planned)].join('|');
    case 'agreement':
      return ['agreement', codes(data.parties), text(data.kind), foldName(text(data.title))].join('|');
    case 'trade':
      return [
        'trade',
        codes(data.parties),
        text(data.measure),
        text(data.kind),
        text(data.year),
        text(data.value_usd ?? `${text(data.amount)} ${text(data.currency)}`),
        text(data.from),
        text(data.to),
      ].join('|');
    case 'person':
      return ['person', foldName(text(data.name)), text(data.country)].join('|');
  }
}

export const foldedEvidence = (sentence: string | null | undefined): string | null => (sentence ? sentence.replace(/\s+/g, ' ').trim() : null);

export const anchorOf = (document: string, report: KeyedReport): Anchor => ({ document, key: reportKey(report.kind, report.data), evidence: report.evidence });

/**
 * The reports of one document an anchor names: those with its key; failing that, the one report of
 * the kind read from the anchor's sentence (a newer extractor changed a value, not the report).
 */
export function reportsAnchored<R extends KeyedReport>(anchor: Anchor, kind: FactKind, reports: readonly R[]): R[] {
  const ofKind = reports.filter((r) => r.kind === kind);
  const keyed = ofKind.filter((r) => reportKey(kind, r.data) === anchor.key);
  if (keyed.length || anchor.evidence === null) return keyed;
  const sameSentence = ofKind.filter((r) => r.evidence === anchor.evidence);
  return sameSentence.length === 1 ? sameSentence : [];
}
