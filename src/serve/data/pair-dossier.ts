// The pair dossier's loader, behind /pairs/A-B and /api/pairs/A-B. A busy pair has hundreds of
// encounters, agreements and trade figures; the dossier is read whole (counts, milestones, people and
// trade are computed over everything) but shows a bounded brief: the newest encounters and
// agreements, milestones, and the trade figures summed up per measure, year and kind. Everything it
// leaves out it counts and links: the lists (/api/events?pair=…, /events?pair=…) page through every
// row, and each trade line links to the list of exactly its figures.
import type { TradeKindT, TradeMeasureT } from '../../facts/schema.js';
import type { AgreementRow, EventRow, PersonRow, Store, TradeRow } from '../../store/store.js';
import { stateName } from '../../facts/states.js';
import { fail } from '../errors.js';
import { roleSpans } from './labels.js';
import { milestones, timeline, type TimelineItem } from './timeline.js';

/** Encounters and agreements the dossier lists, the newest first; their lists page through the rest. */
const DOSSIER_ROWS = 25;
/** Milestones of one kind (agreements in force, stated targets) on the timeline, the latest first. */
const MILESTONES_PER_KIND = 10;
/** Sources kept per fact in a dossier: the first few are the evidence; num_documents says how many report it. */
const DOSSIER_SOURCES = 3;

/** A first page of one of the pair's lists: `next` is the cursor of the rest in `list`. */
interface DossierPage<R> {
  readonly rows: R[];
  readonly next: string | null;
  /** The whole list, as JSON (its page twin drops the /api prefix). */
  readonly list: string;
}

/** Every trade figure the pair's documents state for one measure, kind and year, summed up. */
export interface TradeGroup {
  readonly measure: TradeMeasureT;
  readonly kind: TradeKindT;
  /** null: figures stated without a year. */
  readonly year: number | null;
  /** How many figures (distinct claims) the group holds. */
  readonly figures: number;
  /** How many of them another source contradicts. */
  readonly conflicting: number;
  /** The lowest and highest dollar value stated; null when no figure has one. */
  readonly min_usd: number | null;
  readonly max_usd: number | null;
  /** The figure most documents report (of those tied, the middle value): the group's value and its evidence. */
  readonly figure: TradeRow;
  /** The directions and scopes its figures state, when any does (exports one way and the other). */
  readonly directions: Array<{ readonly from: string | null; readonly to: string | null; readonly scope: string | null }>;
  /** The list of exactly these figures, as JSON. */
  readonly list: string;
}

export interface PairDossier {
  readonly pair: string;
  readonly names: string[];
  readonly counts: { events: number; agreements: number; trade: number; people: number; conflicts: number };
  /** The newest encounters and agreements (as `events` and `agreements` list them) and the milestones. */
  readonly timeline: TimelineItem[];
  /** Milestones of a kind beyond the MILESTONES_PER_KIND shown, still in the lists. */
  readonly more_milestones: { in_force: number; targets: number };
  readonly events: DossierPage<EventRow>;
  readonly agreements: DossierPage<AgreementRow>;
  readonly trade: { readonly groups: TradeGroup[]; readonly list: string };
  readonly people: PersonRow[];
}

/**
 * Each role once, as first and last stated (by the documents' dates): a head of state named in
 * thousands of documents has thousands of role mentions, which the person's own page lists.
 */
function firstAndLastRoles(roles: PersonRow['roles']): PersonRow['roles'] {
  return roleSpans(roles).flatMap(({ first, last }) => (first === last ? [first] : [first, last]));
}

async function participants(store: Store, events: readonly EventRow[]): Promise<PersonRow[]> {
  const ids = [...new Set(events.flatMap((e) => e.participants.map((p) => p.person_id)).filter((id): id is string => Boolean(id)))];
  const people = ids.length ? await store.people({ ids, maxSources: DOSSIER_SOURCES }) : [];
  return people.map((p) => ({ ...p, roles: firstAndLastRoles(p.roles) }));
}

/** The first DOSSIER_ROWS of a list already read in the list's own order, and the cursor after them. */
function firstPage<T extends { id: string }>(rows: readonly T[], list: string): DossierPage<T> {
  return rows.length > DOSSIER_ROWS ? { rows: rows.slice(0, DOSSIER_ROWS), next: rows[DOSSIER_ROWS - 1]!.id, list } : { rows: [...rows], next: null, list };
}

const listUrl = (list: 'events' | 'agreements' | 'trade', params: Record<string, string>): string => `/api/${list}?${new URLSearchParams(params)}`;

/** The figure most documents report; of those tied, the middle one by value (dollar figures first). */
function representative(figures: readonly TradeRow[]): TradeRow {
  const valued = figures.filter((f) => f.value_usd !== null);
  const pool = valued.length ? valued : figures;
  const most = Math.max(...pool.map((f) => f.num_documents));
  const tied = pool.filter((f) => f.num_documents === most).sort((a, b) => (a.value_usd ?? 0) - (b.value_usd ?? 0) || a.id.localeCompare(b.id));
  return tied[Math.floor((tied.length - 1) / 2)]!;
}

/** Trade figures per measure, kind and year: measures by name, the latest years first, undated last. */
function tradeGroups(pair: string, trade: readonly TradeRow[]): TradeGroup[] {
  const groups = new Map<string, TradeRow[]>();
  for (const t of trade) {
    const key = `${t.measure}|${t.kind}|${t.year ?? ''}`;
    const group = groups.get(key);
    if (group) group.push(t);
    else groups.set(key, [t]);
  }
  return [...groups.values()]
    .map((rows): TradeGroup => {
      const { measure, kind, year } = rows[0]!;
      const values = rows.map((r) => r.value_usd).filter((v): v is number => v !== null);
      const directions = new Map(
        rows.filter((r) => r.from || r.to || r.scope).map((r) => [`${r.from}|${r.to}|${r.scope}`, { from: r.from, to: r.to, scope: r.scope }]),
      );
      return {
        measure,
        kind,
        year,
        figures: rows.length,
        conflicting: rows.filter((r) => r.conflicts_with.length).length,
        min_usd: values.length ? Math.min(...values) : null,
        max_usd: values.length ? Math.max(...values) : null,
        figure: representative(rows),
        directions: [...directions.values()],
        list: listUrl('trade', { pair, type: measure, kind, year: year === null ? 'none' : String(year) }),
      };
    })
    .sort((a, b) => a.measure.localeCompare(b.measure) || (b.year ?? -Infinity) - (a.year ?? -Infinity) || a.kind.localeCompare(b.kind));
}

/** Milestones with at most MILESTONES_PER_KIND of each open-ended kind, the latest kept, and how many were left. */
function boundedMilestones(all: readonly TimelineItem[]): { items: TimelineItem[]; more: PairDossier['more_milestones'] } {
  const latest = (prefix: string): TimelineItem[] => all.filter((m) => m.id.startsWith(prefix)).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  const inForce = latest('force-');
  const targets = latest('target-');
  return {
    items: [
      ...all.filter((m) => !m.id.startsWith('force-') && !m.id.startsWith('target-')),
      ...inForce.slice(0, MILESTONES_PER_KIND),
      ...targets.slice(0, MILESTONES_PER_KIND),
    ],
    more: { in_force: Math.max(0, inForce.length - MILESTONES_PER_KIND), targets: Math.max(0, targets.length - MILESTONES_PER_KIND) },
  };
}

/**
 * The dossier, or a 404 when no fact involves both states. Checked after the cache, not in loadPair:
 * the cache keeps no failed load, so an unknown pair would be queried again on every request.
 */
export function pairOr404(d: PairDossier, pair: readonly [string, string]): PairDossier {
  if (!d.counts.events && !d.counts.agreements && !d.counts.trade) throw fail(404, `no facts involve both ${stateName(pair[0])} and ${stateName(pair[1])}`);
  return d;
}

export async function loadPair(store: Store, pair: [string, string]): Promise<PairDossier> {
  const code = pair.join('-');
  // Every fact of the pair, in each list's own order (so a first page's cursor continues the list).
  const events = await store.events({ pair, maxSources: DOSSIER_SOURCES });
  const agreements = await store.agreements({ pair, maxSources: DOSSIER_SOURCES });
  // One sentence per figure: a busy pair has hundreds of figures, and num_documents counts the rest.
  const trade = await store.trade({ pair, maxSources: 1 });
  const people = await participants(store, events);
  const eventsPage = firstPage(events, listUrl('events', { pair: code }));
  const agreementsPage = firstPage(agreements, listUrl('agreements', { pair: code }));
  const shown = boundedMilestones(milestones(events, agreements, trade));
  return {
    pair: code,
    names: pair.map(stateName),
    counts: {
      events: events.length,
      agreements: agreements.length,
      trade: trade.length,
      people: people.length,
      conflicts: trade.filter((t) => t.conflicts_with.length).length,
    },
    timeline: timeline(eventsPage.rows, agreementsPage.rows, shown.items),
    more_milestones: shown.more,
    events: eventsPage,
    agreements: agreementsPage,
    trade: { groups: tradeGroups(code, trade), list: listUrl('trade', { pair: code }) },
    people,
  };
}
