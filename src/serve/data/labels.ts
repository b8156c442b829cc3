// How facts read in one line, for timelines, search hits and the document page's fact list.
import type { AgreementRow, EventRow, PersonRow, TradeRow } from '../../store/store.js';
import { stateName } from '../../facts/states.js';

const EVENT_WORDS: Readonly<Record<string, string>> = {
  meeting: 'Meeting',
  visit: 'Visit',
  phone_call: 'Phone call',
  summit: 'Summit',
  forum: 'Forum',
  ceremony: 'Ceremony',
  other: 'Encounter',
};

export const names = (codes: readonly string[]): string => codes.map(stateName).join(' – ');

export function eventTitle(e: Pick<EventRow, 'type' | 'countries' | 'participants' | 'planned' | 'place'>): string {
  const who = e.participants
    .map((p) => p.name)
    .slice(0, 3)
    .join(', ');
  const where = e.place?.city ?? e.place?.name;
  return `${e.planned ? 'Planned: ' : ''}${EVENT_WORDS[e.type] ?? e.type}, ${names(e.countries)}${where ? ` in ${where}` : ''}${who ? ` (${who})` : ''}`;
}

export const agreementTitle = (a: Pick<AgreementRow, 'title' | 'status' | 'kind'>): string =>
  `${a.title} (${a.kind.replace('_', ' ')}, ${a.status.replace('_', ' ')})`;

const SCALE: Array<[number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
  [1e3, 'thousand'],
];

/** 200 million, 1.5 billion: figures as a reader expects them. */
function scaled(value: number): string {
  for (const [size, word] of SCALE) {
    if (value >= size) return `${Number((value / size).toFixed(2)).toLocaleString('en-US')} ${word}`;
  }
  return value.toLocaleString('en-US');
}

/** $200 million, $1.5 billion. */
export const money = (usd: number): string => `$${scaled(usd)}`;

/**
 * A claim's figure: its dollar value, with the amount as stated when the text gave another currency
 * ("$5.4 billion (500 billion RUB)"); the stated amount alone when no dollar rate is known.
 */
export function figure(t: Pick<TradeRow, 'value_usd' | 'amount' | 'currency'>): string {
  const stated = t.amount !== null && t.currency ? `${scaled(t.amount)} ${t.currency}` : null;
  if (t.value_usd === null) return stated ?? 'no value';
  return stated ? `${money(t.value_usd)} (${stated})` : money(t.value_usd);
}

const QUALIFIER: Readonly<Record<string, string>> = { exact: '', about: 'about ', more_than: 'more than ', less_than: 'less than ' };

/** A figure with the qualifier the text gave it ("about $1.2 billion"). */
export const qualified = (t: Pick<TradeRow, 'qualifier' | 'value_usd' | 'amount' | 'currency'>): string => `${QUALIFIER[t.qualifier] ?? ''}${figure(t)}`;

/** A trade flow's direction ("Belarus → Tajikistan"), or null when the text gave none. */
export const direction = (from: string | null, to: string | null): string | null => (from && to ? `${stateName(from)} → ${stateName(to)}` : null);

export function tradeTitle(t: Pick<TradeRow, 'measure' | 'kind' | 'value_usd' | 'amount' | 'currency' | 'qualifier' | 'year' | 'parties' | 'scope'>): string {
  const kind = t.kind === 'actual' ? '' : `${t.kind} `;
  return `${kind}${t.measure} ${names(t.parties)}: ${qualified(t)}${t.year ? ` (${t.year})` : ''}${t.scope ? `, ${t.scope}` : ''}`;
}

export const personTitle = (p: Pick<PersonRow, 'name' | 'role' | 'country'>): string =>
  `${p.name}${p.role ? `, ${p.role}` : ''}${p.country ? ` (${stateName(p.country)})` : ''}`;

const LIST_OF: Readonly<Record<string, string>> = { ev: 'events', ag: 'agreements', tr: 'trade' };

/**
 * Where a fact is shown with its sentences: a person's page, or the fact's row in its list (which
 * opens the row's evidence). Every fact has one, however long its pair's lists are.
 */
export const factHref = (id: string): string => {
  const list = LIST_OF[id.slice(0, 2)];
  return list ? `/${list}?id=${id}#${id}` : `/people/${id}`;
};

/** The page twin of an /api/ list URL: the same path without /api, the same query. */
export const pageHref = (api: string): string => api.replace(/^\/api\//, '/');

type Role = PersonRow['roles'][number];

/** One role of a person: as first and last stated (the roles come by date) and how often. */
export interface RoleSpan {
  readonly role: string;
  readonly first: Role;
  readonly last: Role;
  readonly mentions: number;
}

/** Each role once, as first and last stated and how often: a head of state is named thousands of times. */
export function roleSpans(roles: readonly Role[]): RoleSpan[] {
  const out = new Map<string, RoleSpan>();
  for (const r of roles) {
    const seen = out.get(r.role);
    out.set(r.role, seen ? { ...seen, last: r, mentions: seen.mentions + 1 } : { role: r.role, first: r, last: r, mentions: 1 });
  }
  return [...out.values()];
}
