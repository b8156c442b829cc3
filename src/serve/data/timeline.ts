// One timeline of encounters, agreements and milestones. Milestones are read off the facts, each
// pointing at the fact it comes from: the first recorded encounter and agreement, agreements in
// force, planned encounters, stated trade targets (at their target year) and the highest actual
// turnover reported.
import type { AgreementRow, EventRow, Source, TradeRow } from '../../store/store.js';
import { agreementTitle, eventTitle, figure, names } from './labels.js';

export interface TimelineItem {
  readonly kind: 'event' | 'agreement' | 'milestone';
  /** Unique within the timeline (a milestone repeats its fact's id with a prefix). */
  readonly id: string;
  readonly date: string | null;
  readonly title: string;
  readonly fact: string;
  readonly source: Source | null;
}

const dated = (date: string | null): date is string => Boolean(date && !date.startsWith('--'));
/** Dates of different precision ordered as text ('2024' before '2024-03'), undated last. */
const byDateDesc = (a: TimelineItem, b: TimelineItem): number =>
  (dated(b.date) ? b.date : '').localeCompare(dated(a.date) ? a.date : '') || a.id.localeCompare(b.id);

export function milestones(events: readonly EventRow[], agreements: readonly AgreementRow[], trade: readonly TradeRow[]): TimelineItem[] {
  const out: TimelineItem[] = [];
  const first = <T extends { date: string | null }>(rows: readonly T[]): T | undefined =>
    rows.filter((r) => dated(r.date) && !('planned' in r && r.planned)).sort((a, b) => a.date!.localeCompare(b.date!))[0];
  const firstEvent = first(events);
  if (firstEvent)
    out.push({
      kind: 'milestone',
      id: `first-${firstEvent.id}`,
      date: firstEvent.date,
      title: `First recorded encounter: ${eventTitle(firstEvent)}`,
      fact: firstEvent.id,
      source: firstEvent.sources[0] ?? null,
    });
  const firstSigned = first(agreements.filter((a) => a.status !== 'planned'));
  if (firstSigned)
    out.push({
      kind: 'milestone',
      id: `first-${firstSigned.id}`,
      date: firstSigned.date,
      title: `First recorded agreement: ${firstSigned.title}`,
      fact: firstSigned.id,
      source: firstSigned.sources[0] ?? null,
    });
  for (const a of agreements.filter((x) => x.status === 'in_force')) {
    out.push({ kind: 'milestone', id: `force-${a.id}`, date: a.date, title: `In force: ${a.title}`, fact: a.id, source: a.sources[0] ?? null });
  }
  for (const t of trade.filter((x) => x.kind === 'target' && x.year !== null)) {
    out.push({
      kind: 'milestone',
      id: `target-${t.id}`,
      date: String(t.year),
      title: `Target: ${t.measure} ${names(t.parties)} of ${figure(t)} by ${t.year}`,
      fact: t.id,
      source: t.sources[0] ?? null,
    });
  }
  const record = trade
    .filter((t) => t.kind === 'actual' && t.measure === 'turnover' && t.year !== null && t.value_usd !== null)
    .sort((a, b) => b.value_usd! - a.value_usd!)[0];
  if (record)
    out.push({
      kind: 'milestone',
      id: `record-${record.id}`,
      date: String(record.year),
      title: `Highest turnover reported: ${figure(record)} in ${record.year}`,
      fact: record.id,
      source: record.sources[0] ?? null,
    });
  return out;
}

export function timeline(events: readonly EventRow[], agreements: readonly AgreementRow[], extra: readonly TimelineItem[]): TimelineItem[] {
  return [
    ...events.map((e) => ({ kind: 'event' as const, id: e.id, date: e.date, title: eventTitle(e), fact: e.id, source: e.sources[0] ?? null })),
    ...agreements.map((a) => ({ kind: 'agreement' as const, id: a.id, date: a.date, title: agreementTitle(a), fact: a.id, source: a.sources[0] ?? null })),
    ...extra,
  ].sort(byDateDesc);
}
