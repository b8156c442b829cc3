// Person mentions in a sentence, each found by a rule with an id: a name after a title
// ("Prime Minister Kokhir Rasulzoda"), a name with an appositive role ("Emomali Rahmon, President of
// Tajikistan"), a name as the subject or speaker of a person verb ("…, said Tokayev"), a first name
// with a patronymic ("Emomali Sharipovich"). Titles with no name are kept as role references
// ("the Tajik President", "the head of state") for coreference.
// All offsets here are local to the sentence text.
import { readList } from '../lexicon/load.js';
import type { CountryMention } from './countries.js';
import { isNameWord, isParticle, isPatronymic, NAME_SUFFIX } from './names.js';
import { isLeaderWord, leadersNamed } from './leaders.js';
import { honorificsAt, rolePhraseAt, TITLE_WORDS, type RolePhrase } from './titles.js';
import type { Word } from './words.js';

export interface PersonMention {
  readonly parts: readonly string[];
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly role: RolePhrase | null;
  readonly country: string | null;
  readonly patronymic: boolean;
  readonly rule: string;
}

export interface RoleReference {
  readonly role: RolePhrase;
  readonly start: number;
  readonly end: number;
}

export interface PeopleInSentence {
  readonly mentions: PersonMention[];
  readonly references: RoleReference[];
}

const VERBS = new Set(readList('person-verbs.txt'));
const SPEECH_BEFORE_NAME = new Set(['said', 'noted', 'stated', 'stressed', 'emphasized', 'emphasised', 'added', 'underlined', 'remarked', 'says', 'explained', 'concluded', 'recalled']);
const MAX_NAME = 7;
// Titles that are also common given names ("Sultan Al Jaber", "Amir Abdollahian").
const GIVEN_NAME_TITLES = new Set(['Sultan', 'Amir', 'Emir']);
const INITIAL = /^\p{Lu}\.$/u;
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'our', 'their', 'its', 'his', 'her', 'your', 'my']);
const BREAK = /[,;:()[\]«»"“”—–]|\s-\s/;

class SentencePeople {
  readonly mentions: PersonMention[] = [];
  readonly references: RoleReference[] = [];
  private readonly taken = new Set<number>();

  constructor(
    private readonly text: string,
    private readonly ws: readonly Word[],
    private readonly countries: readonly CountryMention[],
  ) {}

  gap(a: number, b: number): string {
    return this.text.slice(this.ws[a]!.end, this.ws[b]!.start);
  }

  /** Last word index of the name starting at i (name words, particles inside), or -1. */
  nameRun(i: number, afterTitle = false): number {
    let last = -1;
    // After a title, a given name that is also a place ("President Santiago Peña") is a given name
    // when a name follows it.
    if (afterTitle && this.ws[i + 1] && !isNameWord(this.ws[i]!, TITLE_WORDS) && isNameWord(this.ws[i]!, TITLE_WORDS, true) && isNameWord(this.ws[i + 1]!, TITLE_WORDS) && !VERBS.has(this.ws[i + 1]!.key) && !BREAK.test(this.gap(i, i + 1))) {
      const rest = this.nameRun(i + 1);
      if (rest > i) return rest;
    }
    for (let k = i; k < this.ws.length && k - i < MAX_NAME; k++) {
      const w = this.ws[k]!;
      if (k > i && BREAK.test(this.gap(k - 1, k))) break;
      if (this.taken.has(k)) break;
      if (k > i && VERBS.has(w.key)) break; // a headline's verb: "President El-Sisi Receives Phone Call"
      // … or right after the title: "Crown Prince Receives Phone Call". Only the present tense of
      // headlines: "Said" is a verb and a given name too.
      if (k === i && VERBS.has(w.key) && w.key.endsWith('s')) return -1;
      if (isNameWord(w, TITLE_WORDS) && !NAME_SUFFIX.test(w.text)) last = k;
      else if (k > i && last === k - 1 && NAME_SUFFIX.test(w.text)) continue; // "Marcos Jr." ends with its suffix
      else if (k > i && INITIAL.test(w.text) && this.ws[k + 1] && isNameWord(this.ws[k + 1]!, TITLE_WORDS)) continue;
      else if (!(k > i && isParticle(w) && this.ws[k + 1] && isNameWord(this.ws[k + 1]!, TITLE_WORDS))) break;
    }
    return last;
  }

  add(first: number, last: number, role: RolePhrase | null, rule: string, spanFirst = first, spanLast = last): void {
    const parts = this.ws.slice(first, last + 1).map((w) => w.text);
    const start = this.ws[first]!.start, end = this.ws[last]!.end;
    for (let k = spanFirst; k <= spanLast; k++) this.taken.add(k);
    this.mentions.push({
      parts,
      text: this.text.slice(start, end),
      start,
      end,
      role,
      country: role?.country ?? null,
      patronymic: parts.length === 2 && isPatronymic(parts[1]!),
      rule,
    });
  }

  /** "Mohamed bin Zayed University", "Heydar Aliyev Foundation": a name that names an institution. */
  namesSomething(last: number): boolean {
    const next = this.ws[last + 1];
    return next !== undefined && next.capitalised && !BREAK.test(this.gap(last, last + 1)) && !isNameWord(next, TITLE_WORDS);
  }

  /** A role after the name and a comma: "Emomali Rahmon, President of Tajikistan". */
  appositiveAt(last: number): RolePhrase | null {
    const { ws } = this;
    const after = last + 1;
    if (after >= ws.length || !/^\s*,\s*$/.test(this.gap(last, after))) return null;
    let k = after;
    if (['a', 'an', 'the'].includes(ws[k]!.key)) k++;
    k += honorificsAt(ws, k);
    const role = k < ws.length ? rolePhraseAt(this.text, ws, this.countries, k, true) : null;
    return role && role.first === k ? role : null;
  }

  /** "… of the Republic of Kenya" right after a name: the state the person serves. */
  countryAfter(last: number): string | null {
    const of = this.ws[last + 1];
    if (of?.key !== 'of' || BREAK.test(this.gap(last, last + 1))) return null;
    let k = last + 2;
    if (this.ws[k]?.key === 'the') k++;
    const w = this.ws[k];
    const c = w ? this.countries.find((x) => x.start === w.start && x.kind !== 'city' && x.kind !== 'capital' && x.kind !== 'seat') : undefined;
    return c?.iso3 ?? null;
  }

  /** Rule title-before-name: "[Belarus] President [Mr] Aleksandr Lukashenko". */
  titled(): void {
    const { ws } = this;
    for (let i = 0; i < ws.length; i++) {
      if (this.taken.has(i)) continue;
      const role = rolePhraseAt(this.text, ws, this.countries, i, false);
      if (!role) continue;
      const j = role.last + 1 + honorificsAt(ws, role.last + 1);
      const last = j < ws.length && !BREAK.test(this.gap(j - 1, j)) ? this.nameRun(j, true) : -1;
      // "Sultan Al Jaber, Minister of Industry": a monarch's title word that a role follows is a given name.
      const appositive = last >= j && GIVEN_NAME_TITLES.has(role.title.form) && j === role.last + 1 ? this.appositiveAt(last) : null;
      // … unless the role repeats the title ("Sultan Hassanal Bolkiah, Sultan of Brunei").
      if (appositive && appositive.title.form !== role.title.form) {
        this.add(role.first, last, appositive, 'given-name-with-appositive-role', role.first, appositive.last);
        i = appositive.last;
        continue;
      }
      if (last >= j) {
        const after = role.country ? null : this.countryAfter(last);
        this.add(j, last, after ? { ...role, country: after } : role, 'title-before-name', role.first, last);
        i = last;
        // A plural title names several people: "Presidents Gabriel Boric and Javier Milei".
        if (role.plural && ws[last + 1]?.key === 'and' && ws[last + 2] && !BREAK.test(this.gap(last, last + 1))) {
          const second = this.nameRun(last + 2);
          if (second >= last + 3) {
            this.add(last + 2, second, role, 'plural-title-before-names');
            i = second;
          }
        }
      } else {
        this.references.push({ role, start: ws[role.first]!.start, end: ws[role.last]!.end });
        i = role.last;
      }
    }
  }

  /** Rules name-appositive-role, name-subject-of-verb, speaker-after-verb, first-name-patronymic. */
  untitled(): void {
    const { ws } = this;
    for (let i = 0; i < ws.length; i++) {
      if (this.taken.has(i) || !isNameWord(ws[i]!, TITLE_WORDS)) continue;
      // "the Snow Leopard", "a Grand Hotel": a determiner before it makes it a thing, not a person.
      if (i > 0 && DETERMINERS.has(ws[i - 1]!.key)) continue;
      // "University of Artificial Intelligence": the tail of a capitalised name, not a person.
      if (i > 1 && ws[i - 1]!.key === 'of' && ws[i - 2]!.capitalised && !TITLE_WORDS.has(ws[i - 2]!.key)) continue;
      const honorific = honorificsAt(ws, i);
      if (honorific) {
        i += honorific - 1;
        continue;
      }
      const last = this.nameRun(i);
      if (last < i) continue;
      // "Wisma Putra said", "the Kremlin noted": a name that is wholly a known place or seat of
      // government speaks for a state; it is not a person.
      if (this.countries.some((c) => c.start === ws[i]!.start && c.end === ws[last]!.end)) {
        i = last;
        continue;
      }
      const after = last + 1;
      const appositive = last > i ? this.appositiveAt(last) : null;
      if (appositive) {
        this.add(i, last, appositive, 'name-appositive-role', i, appositive.last);
        i = appositive.last;
        continue;
      }
      const next = ws[after];
      const subject =
        next !== undefined &&
        !/[,;:()"“”«»]/.test(this.gap(last, after)) &&
        (VERBS.has(next.key) ||
          (next.key === 'in' && ws[after + 1]?.key === 'turn') ||
          (['has', 'also', 'then', 'had', 'later'].includes(next.key) && VERBS.has(ws[after + 1]?.key ?? '')));
      const speaker = i > 0 && SPEECH_BEFORE_NAME.has(ws[i - 1]!.key);
      const patronymic = last === i + 1 && isPatronymic(ws[last]!.text);
      // A transcript's speaker label: "Vladimir Putin: Dear friend, …" at the start of a paragraph.
      const label = i === 0 && last > i && /^\s*:/.test(this.text.slice(ws[last]!.end));
      // One word alone is a person only as a speaker ("said Tokayev"); subjects need a full name.
      if (patronymic || label || ((subject || speaker) && (last > i || speaker))) {
        this.add(i, last, null, patronymic ? 'first-name-patronymic' : label ? 'transcript-speaker' : speaker ? 'speaker-after-verb' : 'name-subject-of-verb');
      } else if (
        last > i && isLeaderWord(ws[last]!.text) && !this.namesSomething(last) &&
        leadersNamed(ws.slice(i, last + 1).map((w) => w.text), null, null).length
      ) {
        // A full name the world knows as a leader's is a person wherever it stands ("I think Vladimir Putin will join").
        this.add(i, last, null, 'known-leader-name');
      }
      i = last;
    }
  }
}

export function findPeople(text: string, ws: readonly Word[], countries: readonly CountryMention[]): PeopleInSentence {
  const found = new SentencePeople(text, ws, countries);
  found.titled();
  found.untitled();
  return { mentions: found.mentions, references: found.references };
}

/** Mentions of already-known family names anywhere in a sentence ("Zhumangarin stated"). */
export function findKnownNames(text: string, ws: readonly Word[], isKnown: (word: string) => boolean, taken: ReadonlyArray<{ start: number; end: number }>): PersonMention[] {
  const out: PersonMention[] = [];
  for (const w of ws) {
    if (!w.capitalised || taken.some((t) => w.start < t.end && w.end > t.start) || !isKnown(w.text)) continue;
    out.push({ parts: [w.text], text: text.slice(w.start, w.end), start: w.start, end: w.end, role: null, country: null, patronymic: false, rule: 'known-family-name' });
  }
  return out;
}
