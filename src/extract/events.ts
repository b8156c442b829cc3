// Encounters → events. Every sentence that reports an encounter (talks, a visit, a call, a summit,
// a forum) is a candidate; candidates for the same encounter (same participants, same day, or no
// date of their own) are merged into one event. The encounter the document reports — its title or
// lead — is the main event, dated by the text, else by the publication date, else by the reference
// year, else left undated.
import type { EventT, EventTypeT, PlaceT } from '../facts/schema.js';
import { escapeRegExp, readList } from '../lexicon/load.js';
import { lookupForm } from '../recognise/gazetteer.js';
import type { RecognisedSentence } from '../recognise/recognise-document.js';
import type { DocumentContext } from './context.js';
import { EVENT_CUES } from './event-cues.js';
import { evidenceList } from './evidence.js';
import type { PeopleIndex, PersonRecord } from './people.js';
import { resolveDate } from './resolve-date.js';

const FUTURE_RE = new RegExp(`\\b(?:${readList('future-cues.txt').map(escapeRegExp).join('|')})\\b`, 'i');
const VENUE = /\b(?:at|in)\s+(?:the\s+)?((?:[A-Z][\p{L}'’-]+\s+){0,4}(?:Palace|Residence|House|Hall|Centre|Center|Building|Complex|Kremlin|Akorda|Kuksaroy|Castle|Chancellery|Villa|Pavilion)(?:\s+of\s+(?:the\s+)?[A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+){0,3})?)/u;
const REPORTER = /\b(?:spokes(?:man|woman|person)|press)\b/i;
const SIDELINES = /\bon the (?:sidelines|margins) of\b/i;
const FAMILY: Record<EventTypeT, string> = { meeting: 'talks', visit: 'talks', ceremony: 'talks', phone_call: 'call', summit: 'summit', forum: 'forum', other: 'other' };

interface Candidate {
  readonly sentence: RecognisedSentence;
  readonly type: EventTypeT;
  readonly date: string | null;
  readonly end: string | null;
  readonly planned: boolean;
  readonly countries: string[];
  readonly people: PersonRecord[];
  readonly lead: boolean;
}

interface Group {
  type: EventTypeT;
  date: string | null;
  end: string | null;
  planned: boolean;
  countries: Set<string>;
  people: Set<PersonRecord>;
  defining: RecognisedSentence[];
  merged: RecognisedSentence[];
  main: boolean;
}

function cueOf(s: RecognisedSentence): { type: EventTypeT; index: number } | null {
  let best: { type: EventTypeT; priority: number; index: number } | null = null;
  // "met on the sidelines of the summit": the bilateral meeting is the encounter.
  const sidelines = SIDELINES.test(s.text);
  for (const { value: cue, index } of EVENT_CUES.all(s.words)) {
    const priority = sidelines && cue.type !== 'phone_call' ? (cue.type === 'meeting' ? 99 : cue.priority) : cue.priority;
    if (!best || priority > best.priority) best = { type: cue.type, priority, index: s.words[index]!.start };
  }
  // "called for", "called on" are not phone calls.
  if (best?.type === 'phone_call' && /\bcalled\s+(?:for|on|upon|to)\b/i.test(s.text) && !/\bphone|telephone\b/i.test(s.text)) return null;
  return best;
}

function candidateOf(s: RecognisedSentence, lead: boolean, people: PeopleIndex, ctx: DocumentContext): Candidate | null {
  const cue = cueOf(s);
  if (!cue) return null;
  const future = FUTURE_RE.test(s.text);
  // Dates inside a trade figure's clause date the figure, not the encounter.
  const dates = s.dates.filter((d) => !(s.money.length && d.kind !== 'calendar'));
  // The nearest date that resolves ("on Thursday (May 15)" without a publication date: May 15).
  // A bare year does not date an encounter whose day the sentence gives ("on Thursday … the 1984 treaty").
  const hasDay = dates.some((d) => d.kind === 'calendar' || d.kind === 'weekday' || d.kind === 'relative-day');
  const resolved = [...dates]
    .filter((d) => !(hasDay && d.kind === 'year'))
    .sort((a, b) => Math.abs(a.start - cue.index) - Math.abs(b.start - cue.index))
    .map((d) => resolveDate(d, future, ctx))
    .find((r) => r.date !== null) ?? { date: null, end: null };
  const planned = future || (resolved.date !== null && ctx.published !== null && resolved.date.length === 10 && resolved.date > ctx.published);
  // A spokesperson who reports the encounter is its source, not one of its parties.
  const inSentence = people.inSentence(s).filter((p) => !p.role || !REPORTER.test(p.role.title.form));
  const countries = new Set<string>();
  for (const c of s.countries) if (c.kind !== 'seat') countries.add(c.iso3);
  for (const p of inSentence) if (p.country) countries.add(p.country);
  return { sentence: s, type: cue.type, date: resolved.date, end: resolved.end ?? spanEnd(s.text, resolved.date), planned, countries: [...countries], people: inSentence, lead };
}

const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

/** "a two-day official visit … beginning tomorrow": the last day of a span given by its length. */
function spanEnd(text: string, date: string | null): string | null {
  const m = /\b(two|three|four|five|six|seven|[2-7])-day\b/i.exec(text);
  if (!m || !date || date.length !== 10) return null;
  const days = NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
  return new Date(Date.parse(`${date}T12:00:00Z`) + (days - 1) * 86_400_000).toISOString().slice(0, 10);
}

/** "his official visit to Harare": the state or city a visit went to, when the sentence names one. */
function destinationOf(s: RecognisedSentence): string | null {
  const m = /\bvisit(?:ed)?\s+(?:to\s+)?(?:the\s+)?/i.exec(s.text);
  if (!m) return null;
  const at = m.index + m[0].length;
  return s.countries.find((c) => c.start === at && c.kind !== 'seat')?.iso3 ?? null;
}

const overlap = (a: Iterable<string>, b: Set<string>): boolean => [...a].some((x) => b.has(x));

function within(date: string, group: Group): boolean {
  if (group.date === date) return true;
  return group.end !== null && group.date !== null && date >= group.date && date <= group.end;
}

/** "The visit will conclude on 4 December": a later day of the main visit, not a visit of its own. */
function extendsVisit(main: Group, c: Candidate): boolean {
  if (c.type !== 'visit' || !main.date || !c.date || main.date.length !== 10 || c.date.length !== 10) return false;
  if (!/\bthe\s+(?:state\s+|official\s+|working\s+)?visit\b/i.test(c.sentence.text)) return false;
  const days = (Date.parse(c.date) - Date.parse((main.end ?? main.date))) / 86_400_000;
  return c.planned === main.planned && days > 0 && days <= 6;
}

function placeOf(g: Group, ctx: DocumentContext): PlaceT | null {
  const sentences = [...g.defining, ...g.merged];
  let name: string | null = null;
  for (const s of sentences) {
    const venue = VENUE.exec(s.text);
    if (venue && !/Airport/.test(venue[1]!)) {
      name = venue[1]!.trim();
      break;
    }
  }
  const cityMention = sentences.flatMap((s) => s.countries).find((c) => c.kind === 'capital' || c.kind === 'city');
  const city = cityMention?.form ?? (g.main && ctx.datelineCountry && g.countries.has(ctx.datelineCountry) ? lookupForm(ctx.datelineCity ?? '')?.form ?? null : null);
  const country = cityMention?.iso3 ?? (city ? lookupForm(city)?.iso3 ?? null : null);
  if (!name && !city) return null;
  return { name, city, country };
}

export function extractEvents(sentences: readonly RecognisedSentence[], people: PeopleIndex, ctx: DocumentContext): EventT[] {
  const leadParagraphs = new Set(sentences.slice(0, 1).map((s) => s.paragraph));
  const firstBody = sentences.find((s) => !leadParagraphs.has(s.paragraph) || s.index > 0);
  if (firstBody) leadParagraphs.add(firstBody.paragraph);
  const candidates = sentences
    .map((s) => candidateOf(s, leadParagraphs.has(s.paragraph) && s.index < 4, people, ctx))
    .filter((c): c is Candidate => c !== null);

  const groups: Group[] = [];
  const open = (c: Candidate, main: boolean): Group => {
    const g: Group = { type: c.type, date: c.date, end: c.end, planned: c.planned, countries: new Set(c.countries), people: new Set(c.people), defining: [c.sentence], merged: [], main };
    groups.push(g);
    return g;
  };
  const join = (g: Group, c: Candidate, defining: boolean): void => {
    (defining ? g.defining : g.merged).push(c.sentence);
    if (defining) {
      for (const x of c.countries) g.countries.add(x);
      for (const p of c.people) g.people.add(p);
      if (c.end && !g.end) {
        g.date = c.date;
        g.end = c.end;
        g.type = c.type;
      }
      g.date ??= c.date;
    } else {
      for (const p of c.people) if (p.country && g.countries.has(p.country)) g.people.add(p);
    }
  };

  // The main encounter: the lead's candidates, dated ones defining it.
  // The main encounter is what the lead reports: a past one, else an announced one ("will begin a state visit").
  const leadAll = candidates.filter((c) => c.lead);
  const leadPast = leadAll.filter((c) => !c.planned);
  const lead = leadPast.length ? leadPast : leadAll.filter((c) => c.date !== null).slice(0, 1);
  const leadDated = lead.find((c) => c.date !== null);
  let main: Group | null = null;
  if (lead.length) {
    main = open(leadDated ?? lead[0]!, true);
    if (leadDated) main.type = leadDated.end ? leadDated.type : (lead.find((c) => c.end)?.type ?? leadDated.type);
    // A one-day visit is reported as the talks it held; "visit" is kept for multi-day stays.
    if (main.type === 'visit' && !main.planned && !lead.some((c) => c.end)) main.type = 'meeting';
    for (const c of lead) if (c.sentence !== main.defining[0]) join(main, c, c.date === null || c.date === main.date);
  }

  // Dated candidates: their own event unless they are the same encounter as an existing one.
  for (const c of candidates) {
    if (c.date === null || main?.defining.includes(c.sentence)) continue;
    // The main encounter the lead left undated takes the first date the text gives it ("the meeting on 13 March").
    if (main && main.date === null && !c.planned && FAMILY[main.type] === FAMILY[c.type] && overlap(c.countries, main.countries)) {
      join(main, c, true);
      continue;
    }
    const same = groups.find(
      (g) => FAMILY[g.type] === FAMILY[c.type] && g.planned === c.planned && g.date !== null && within(c.date!, g) && (overlap(c.countries, g.countries) || !c.countries.length),
    );
    if (same) join(same, c, true);
    else if (main && extendsVisit(main, c)) {
      main.end = c.date;
      main.type = 'visit';
      main.merged.push(c.sentence);
    } else open(c, false);
  }
  // Undated candidates only add evidence to an encounter they fit, except a past visit somewhere the
  // main encounter is not ("he recalled his visit to Harare"): that is an encounter of its own.
  const mainPlace = main ? placeOf(main, ctx)?.country ?? null : null;
  for (const c of candidates) {
    if (c.date !== null || c.lead || c.planned) continue;
    const destination = c.type === 'visit' ? destinationOf(c.sentence) : null;
    if (main && destination && mainPlace && destination !== mainPlace && !groups.some((g) => g.type === 'visit' && g.countries.has(destination))) {
      open(c, false);
      continue;
    }
    const target = (main && FAMILY[main.type] === FAMILY[c.type] ? main : null) ??
      groups.find((g) => FAMILY[g.type] === FAMILY[c.type] && (overlap(c.countries, g.countries) || !c.countries.length));
    if (target) join(target, c, false);
  }

  return groups.map((g) => toEvent(g, ctx, main));
}

const TWO_SIDES = /\bthe two (?:leaders|sides|presidents|heads of state|prime ministers|ministers|foreign ministers|countries|delegations)\b/i;

function toEvent(g: Group, ctx: DocumentContext, main: Group | null): EventT {
  let date = g.date;
  if (g.main && date === null) date = ctx.published ?? (ctx.reference ? String(ctx.reference.year) : null);
  // "The two leaders last met in October": the two sides are the document's pair, whatever else the sentence names.
  const pairwise = g.defining.some((s) => TWO_SIDES.test(s.text)) && ctx.focus.length >= 2;
  const countries = pairwise ? ctx.focus.slice(0, 2) : [...g.countries];
  // A summit's next session has the same members; a bilateral encounter has two sides.
  if (countries.length < 2 && main && main !== g && main.type === g.type && main.countries.size > 2) countries.splice(0, countries.length, ...main.countries);
  for (const c of ctx.focus) if (countries.length < 2 && !countries.includes(c)) countries.push(c);
  return {
    type: g.type,
    date,
    end_date: g.end !== g.date ? g.end : null,
    planned: g.planned,
    place: placeOf(g, ctx),
    countries: countries.sort(),
    participants: [...g.people].map((p) => ({ name: p.name, country: p.country })),
    evidence: evidenceList([...g.defining, ...g.merged]),
    rule: g.main ? 'event/main-encounter' : 'event/dated-encounter',
  };
}
