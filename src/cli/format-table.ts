// The human-readable view of facts: per document a heading, then one line per fact.
import Table from 'cli-table3';
import type { ReadoutFactsT } from '../facts/schema.js';
import { printable } from './printable.js';

const money = (usd: number): string =>
  usd >= 1e9 ? `$${+(usd / 1e9).toFixed(2)} bn` : usd >= 1e6 ? `$${+(usd / 1e6).toFixed(1)} mn` : `$${usd.toLocaleString('en-US')}`;
const QUALIFIER: Record<string, string> = { exact: '', more_than: '>', less_than: '<', about: '~' };
const pair = (codes: readonly string[]): string => codes.join('–') || '—';

export function formatTable(facts: ReadoutFactsT): string {
  const d = facts.document;
  const heading = [
    `■ ${d.source}`,
    d.title ? `— ${d.title}` : '',
    [d.publisher, d.published].filter(Boolean).length ? `(${[d.publisher, d.published].filter(Boolean).join(', ')})` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const table = new Table({
    chars: {
      top: '',
      'top-mid': '',
      'top-left': '',
      'top-right': '',
      bottom: '',
      'bottom-mid': '',
      'bottom-left': '',
      'bottom-right': '',
      left: '  ',
      'left-mid': '',
      mid: '',
      'mid-mid': '',
      right: '',
      'right-mid': '',
      middle: '  ',
    },
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0 },
    wordWrap: true,
    colWidths: [11, 12, 60],
  });
  // Every cell is text from the document: shown with its control characters escaped.
  const push = (cells: string[]): void => void table.push(cells.map(printable));
  for (const e of facts.events) {
    const when = [e.date ?? 'undated', e.end_date ? `→ ${e.end_date}` : ''].filter(Boolean).join(' ');
    const where = e.place ? [e.place.name, e.place.city].filter(Boolean).join(', ') : '';
    const who = e.participants.map((p) => p.name).join(', ');
    push([`event`, when, `${e.type}${e.planned ? ' (planned)' : ''} ${pair(e.countries)}${where ? ` · ${where}` : ''}${who ? ` · ${who}` : ''}`]);
  }
  for (const a of facts.agreements) push(['agreement', a.date ?? '', `${a.status} · ${a.title} · ${pair(a.parties)}`]);
  for (const t of facts.trade) {
    const direction = t.from && t.to ? `${t.from}→${t.to}` : pair(t.parties);
    push([
      'trade',
      t.year ? String(t.year) : '',
      `${t.measure} ${direction} ${QUALIFIER[t.qualifier]}${t.value_usd !== null ? money(t.value_usd) : `${t.amount ?? '?'} ${t.currency ?? ''}`} · ${t.kind}${t.scope ? ` · ${t.scope}` : ''}`,
    ]);
  }
  for (const p of facts.people)
    push(['person', p.country ?? '', `${p.name}${p.role ? ` — ${p.role}` : ''}${p.aliases.length ? ` (also ${p.aliases.join(', ')})` : ''}`]);
  const counts = `${facts.events.length} events, ${facts.agreements.length} agreements, ${facts.trade.length} trade figures, ${facts.people.length} people`;
  return `${printable(heading)}\n  ${counts}\n${table.length ? table.toString() + '\n' : ''}`;
}
