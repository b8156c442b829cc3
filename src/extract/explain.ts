// Why each fact says what it says, for `readout show`: the words of its evidence that gave its values
// (`matched`: the countries, people, dates, figures, title and the words that report an encounter),
// and how each of its countries was established (`country_basis`): named in the evidence (by name,
// adjective, a city or a seat of government), by a participant's title, by the knowledge table of
// leaders, by the dateline, by the publisher, or by the document as a whole (its main states). The
// last stage of the pipeline: it reads what the recognisers found and changes no value.
import type { AgreementT, EventT, PersonT, ReadoutFactsT, TradeT } from '../facts/schema.js';
import { compatibleWithAny, nameKey } from '../names/names.js';
import type { CountryMention } from '../recognise/countries.js';
import type { DateParts } from '../recognise/dates.js';
import { leadersNamed } from '../recognise/leaders.js';
import type { PersonMention } from '../recognise/people.js';
import type { RecognisedSentence } from '../recognise/recognise-document.js';
import type { DocumentContext } from './context.js';
import { eventCues } from './event-cues.js';

interface Match {
  readonly start: number;
  readonly end: number;
  readonly what: string;
}

const COUNTRY_KIND: Readonly<Record<CountryMention['kind'], string>> = {
  name: 'name',
  official: 'name',
  adjective: 'adjective',
  capital: 'city',
  city: 'city',
  seat: 'seat of government',
};

const PLAINEST = ['name', 'adjective', 'city', 'seat of government'];

/** The evidence sentences of a fact, as the recognisers saw them. */
type Sentences = readonly RecognisedSentence[];

class Explanation {
  readonly matched: Match[] = [];
  /** The marks made, by start and what: a fact read in thousands of sentences is marked in one pass, not searched per mark. */
  readonly #seen = new Set<string>();

  constructor(
    readonly sentences: Sentences,
    /** Name keys by the text of a mention, shared by the facts of one document. */
    readonly keys: Map<string, ReturnType<typeof nameKey>>,
    /** Each sentence's text in lower case, shared likewise. */
    readonly lower: Map<RecognisedSentence, string>,
  ) {}

  key(text: string): ReturnType<typeof nameKey> {
    let k = this.keys.get(text);
    if (!k) this.keys.set(text, (k = nameKey(text)));
    return k;
  }

  mark(sentence: RecognisedSentence, local: { readonly start: number; readonly end: number }, what: string): void {
    const start = sentence.start + local.start;
    const key = `${start} ${what}`;
    if (this.#seen.has(key)) return;
    this.#seen.add(key);
    this.matched.push({ start, end: sentence.start + local.end, what });
  }

  /** Country mentions of these states; returns how each state named in the evidence was named, the plainest way first (its name over a city). */
  countries(codes: ReadonlySet<string>): Map<string, string> {
    const named = new Map<string, string>();
    for (const s of this.sentences) {
      for (const c of s.countries) {
        if (!codes.has(c.iso3)) continue;
        const how = COUNTRY_KIND[c.kind];
        this.mark(s, c, `${c.iso3} (${how})`);
        const before = named.get(c.iso3);
        if (before === undefined || PLAINEST.indexOf(how) < PLAINEST.indexOf(before)) named.set(c.iso3, how);
      }
    }
    return named;
  }

  /** Person mentions of these names; returns the mentions. */
  people(names: readonly string[]): Array<{ sentence: RecognisedSentence; mention: PersonMention }> {
    const named = compatibleWithAny(names.map((n) => this.key(n)));
    const found: Array<{ sentence: RecognisedSentence; mention: PersonMention }> = [];
    for (const s of this.sentences) {
      for (const m of s.people) {
        if (!named(this.key(m.text))) continue;
        this.mark(s, m, 'person');
        found.push({ sentence: s, mention: m });
      }
    }
    return found;
  }

  /** Date mentions that say this date (at the precision both give). */
  dates(date: string | null): void {
    if (!date) return;
    const m = /^(?:(\d{4})|-)-?(\d{2})?-?(\d{2})?$/.exec(date);
    if (!m) return;
    const [year, month, day] = [m[1] ? Number(m[1]) : null, m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
    const says = (p: DateParts | null): boolean =>
      p !== null &&
      (p.year === null || year === null || p.year === year) &&
      (month === null || p.month === month) &&
      (day === null || p.day === day || p.day === null) &&
      (p.month !== null || p.year !== null) &&
      (p.year !== null || month !== null);
    for (const s of this.sentences) for (const d of s.dates) if (says(d.from) || says(d.to)) this.mark(s, d, 'date');
  }

  /** Words of the sentence that report an encounter (data/event-cues.tsv). */
  cues(): void {
    for (const s of this.sentences) {
      for (const hit of eventCues().all(s.words))
        this.mark(s, { start: s.words[hit.index]!.start, end: s.words[hit.index + hit.length - 1]!.end }, 'reports an encounter');
    }
  }

  /** A phrase as the text writes it (a title, a city), case aside. */
  phrase(text: string | null, what: string): void {
    if (!text || text.length < 3) return;
    const wanted = text.toLowerCase();
    for (const s of this.sentences) {
      let lower = this.lower.get(s);
      if (lower === undefined) this.lower.set(s, (lower = s.text.toLowerCase()));
      const at = lower.indexOf(wanted);
      if (at >= 0) this.mark(s, { start: at, end: at + text.length }, what);
    }
  }

  /** Money mentions of this figure. */
  money(t: Pick<TradeT, 'value_usd' | 'amount' | 'currency'>): void {
    const near = (a: number | null | undefined, b: number | null | undefined): boolean =>
      a !== null && a !== undefined && b !== null && b !== undefined && Math.abs(a - b) <= 0.01 * Math.max(a, b);
    for (const s of this.sentences) {
      for (const m of s.money) {
        const usd = m.usd ?? (m.currency === 'USD' ? m.value : null);
        if (near(usd, t.value_usd) || (m.currency === t.currency && near(m.value, t.amount))) this.mark(s, m, 'figure');
      }
    }
  }

  sorted(): Match[] {
    return this.matched.sort((a, b) => a.start - b.start || b.end - a.end);
  }
}

/** How a state the evidence does not name was established for a fact. */
function basisBeyondEvidence(
  code: string,
  ctx: DocumentContext,
  participants: ReadonlyArray<{ readonly name: string; readonly country: string | null }>,
  found: ReadonlyArray<{ mention: PersonMention }>,
  year: number | null,
): string {
  const serving = participants.filter((p) => p.country === code);
  // (namesCompatible is symmetric: the mentions are indexed, each participant looked up.)
  const mentioned = serving.length ? compatibleWithAny(found.filter((f) => f.mention.country === code).map((f) => nameKey(f.mention.text))) : null;
  for (const p of serving) {
    if (mentioned!(nameKey(p.name))) return 'title';
    if (leadersNamed(p.name.split(/\s+/), year, null).some((l) => l.iso3 === code)) return 'knowledge table';
  }
  if (serving.length) return 'participant';
  if (ctx.datelineCountry === code) return 'dateline';
  if (ctx.home === code) return 'publisher';
  return 'document';
}

const yearOf = (date: string | null): number | null => (date && /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : null);

function explainEvent(e: EventT, x: Explanation, ctx: DocumentContext): EventT {
  const codes = new Set([...e.countries, ...(e.place?.country ? [e.place.country] : [])]);
  const named = x.countries(codes);
  const found = x.people(e.participants.map((p) => p.name));
  x.dates(e.date);
  x.dates(e.end_date);
  x.phrase(e.place?.name ?? null, 'place');
  x.phrase(e.place?.city ?? null, 'place');
  x.cues();
  const basis = Object.fromEntries(e.countries.map((c) => [c, named.get(c) ?? basisBeyondEvidence(c, ctx, e.participants, found, yearOf(e.date))]));
  return { ...e, matched: x.sorted(), country_basis: basis };
}

function explainAgreement(a: AgreementT, x: Explanation, ctx: DocumentContext): AgreementT {
  const named = x.countries(new Set(a.parties));
  x.phrase(a.title, 'title');
  x.dates(a.date);
  return { ...a, matched: x.sorted(), country_basis: Object.fromEntries(a.parties.map((c) => [c, named.get(c) ?? basisBeyondEvidence(c, ctx, [], [], null)])) };
}

function explainTrade(t: TradeT, x: Explanation, ctx: DocumentContext): TradeT {
  const named = x.countries(new Set(t.parties));
  x.money(t);
  if (t.year !== null) x.dates(String(t.year));
  x.phrase(t.scope, 'scope');
  return {
    ...t,
    matched: x.sorted(),
    country_basis: Object.fromEntries(t.parties.map((c) => [c, named.get(c) ?? basisBeyondEvidence(c, ctx, [], [], t.year)])),
  };
}

function explainPerson(p: PersonT, x: Explanation, ctx: DocumentContext): PersonT {
  const found = x.people([p.name, ...p.aliases]);
  if (!p.country) return { ...p, matched: x.sorted(), country_basis: {} };
  const named = x.countries(new Set([p.country]));
  const titled = found.some((f) => f.mention.country === p.country);
  const known = leadersNamed(p.name.split(/\s+/), null, null).some((l) => l.iso3 === p.country);
  const basis = titled
    ? 'title'
    : known
      ? 'knowledge table'
      : named.has(p.country)
        ? `named beside (${named.get(p.country)})`
        : ctx.datelineCountry === p.country
          ? 'dateline'
          : ctx.home === p.country
            ? 'publisher'
            : 'document';
  return { ...p, matched: x.sorted(), country_basis: { [p.country]: basis } };
}

/** The facts with `matched` and `country_basis` added; every other value as it was. */
export function explainFacts(facts: ReadoutFactsT, sentences: Sentences, ctx: DocumentContext): ReadoutFactsT {
  const byIndex = new Map(sentences.map((s) => [s.index, s]));
  const keys = new Map<string, ReturnType<typeof nameKey>>();
  const lower = new Map<RecognisedSentence, string>();
  const evidenceOf = (fact: { readonly evidence: ReadonlyArray<{ readonly sentence: number }> }): Explanation =>
    new Explanation(
      fact.evidence.map((e) => byIndex.get(e.sentence)).filter((s): s is RecognisedSentence => s !== undefined),
      keys,
      lower,
    );
  return {
    ...facts,
    events: facts.events.map((e) => explainEvent(e, evidenceOf(e), ctx)),
    agreements: facts.agreements.map((a) => explainAgreement(a, evidenceOf(a), ctx)),
    trade: facts.trade.map((t) => explainTrade(t, evidenceOf(t), ctx)),
    people: facts.people.map((p) => explainPerson(p, evidenceOf(p), ctx)),
  };
}
