// Person mentions in a sentence, each found by a rule with an id: a name after a title
// ("Prime Minister Kokhir Rasulzoda"), a name with an appositive role ("Emomali Rahmon, President of
// Tajikistan"), a name as the subject or speaker of a person verb ("…, said Tokayev"), a first name
// with a patronymic ("Emomali Sharipovich"). Titles with no name are kept as role references
// ("the Tajik President", "the head of state") for coreference.
// All offsets here are local to the sentence text.
import { perLexicons } from '../lexicon/active.js';
import { escapeRegExp } from '../lexicon/regexp.js';
import type { CountryMention } from './countries.js';
import { gazetteer, lookupForm } from './gazetteer.js';
import { regionState } from './regions.js';
import { isNameWord, isParticle, isPatronymic } from './names.js';
import { NAME_SUFFIX } from '../names/names.js';
import { isLeaderWord, leadersNamed } from './leaders.js';
import { MONTH_GIVEN_NAME } from './dates.js';
import { honorificsAt, rolePhraseAt, rolePhraseText, titleAt, titleWords, type RolePhrase } from './titles.js';
import type { Word } from './words.js';

// The last word of a royal title ("Queen", "Crown Princess", "Grand Duke"): a place's name after it is a given name.
export const ROYAL_TITLE_WORD = /^(?:King|Queen|Prince|Princess|Emperor|Empress|Sultan|Emir|Duke|Duchess)$/;

// The given name after a family name in capitals: "SUGA Yoshihide", and a Korean one joined by a hyphen ("CHO Tae-yul").
const CAPS_FAMILY_GIVEN = /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$/u;
const LABEL_BEFORE_DATE =
  /^\s*:\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|^\s*:\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}/;
export interface PersonMention {
  readonly parts: readonly string[];
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly role: RolePhrase | null;
  readonly country: string | null;
  readonly patronymic: boolean;
  readonly rule: string;
  /** A nickname the text quotes inside the name ("Joko “Jokowi” Widodo"), not part of the name. */
  readonly nickname?: string;
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

// Letters written after a name: "MP", "QC", "KC", "OBE" … (no part of the name, no end of its apposition).
const POST_NOMINAL = /^(?:MP|MPP|MLA|QC|KC|OBE|CBE|MBE|KBE|DBE|GCMG|KCMG|CMG|PC)$/;
// A name's last word with an editor's or agency's code glued on by a hyphen: "Salman-VPN", "Modi-ANI".
const EDITOR_CODE = /^(\p{Lu}\p{Ll}{2,})-\p{Lu}{2,5}$/u;
// A Korean given name of two syllables joined by a hyphen, the second in lower case: "Geun-hye", "Jae-in".
const KOREAN_GIVEN = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,4}$/u;
// Korean syllables that are also English words: "In", "An", "On", "Un", "Il".
const KOREAN_SYLLABLE = /^(?:In|An|On|Un|Il)$/;
export const personWords = perLexicons((lex) => ({ verbs: new Set(lex.personVerbs), portfolios: new Set(lex.portfolios) }));
const SPEECH_BEFORE_NAME = new Set([
  'said',
  'noted',
  'stated',
  'stressed',
  'emphasized',
  'emphasised',
  'added',
  'underlined',
  'remarked',
  'says',
  'explained',
  'concluded',
  'recalled',
]);
const MAX_NAME = 7;
const MAX_NASAB_NAME = 10;
const NASAB_WORD = /^(?:bin|ibn|bint)$/i;
// Titles that are also common given names ("Sultan Al Jaber", "Amir Abdollahian").
const GIVEN_NAME_TITLES = new Set(['Sultan', 'Amir', 'Emir']);
// A royal rank before a name, which an office after it outranks as the role: "Prince Abdulaziz bin Salman, Minister of Energy".
const ROYAL_RANKS = new Set([
  'Prince',
  'Princess',
  // … and military ranks: "Major General Mohammed Salah, Egyptian Assistant Minister of Defence, said".
  'General',
  'Lieutenant General',
  'Major General',
  'Brigadier General',
  'Air Chief Marshal',
  'Air Marshal',
  'Air Vice Marshal',
  'Admiral',
  'Vice Admiral',
  'Rear Admiral',
  'Field Marshal',
  'Marshal',
  'Colonel',
  'Colonel General',
  'Lieutenant Colonel',
  'General of Police',
  'Police General',
  'General of the Army',
  'Army General',
  // … and ranks of churches: "Vatican Secretary of State Cardinal Pietro Parolin".
  'Cardinal',
  'Archbishop',
  'Monsignor',
  'Patriarch',
]);
// Initials inside a name: "G.", "R", "LP", "S.M.".
const INITIAL = /^\p{Lu}{1,2}\.?$|^(?:\p{Lu}\.){2,3}$/u;
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'our', 'their', 'its', 'his', 'her', 'your', 'my']);
// Where an office sits, after "at the": "Director of Communications at the presidency".
const OFFICE_PLACES = new Set(['presidency', 'ministry', 'office', 'embassy', 'secretariat', 'palace', 'cabinet', 'government', 'department']);
// "a spokesperson for the President", "the spokesman of the Ministry": whom a spokesperson speaks for.
const SPEAKS_FOR = new Set(['for', 'of', 'to']);
// (… also a single quote that opens a word: "Pushpa Kamal Dahal 'Prachanda' of Nepal" — a quoted name after the name.)
const BREAK = /[,;:()[\]«»"“”—–|&]|\s-\s|\s['‘]/;
// Small words inside an office's name ("Territorial Administration and Infrastructure").
// Courtesy titles that stand only before a person's name ("Mrs Jenni Haukio").
// "of Liberia and Guinea respectively" closing a list of names, in its clause.
const RESPECTIVELY = /\bof\s+(?:the\s+)?[^,.;]{2,60}?\s+and\s+(?:the\s+)?[^,.;]{2,60}?,?\s+respectively\b/u;
// Words that make a role a reference to someone, not a name's first office: "the Kazakh president".
const ARTICLE_BEFORE_ROLE = new Set(['the', 'his', 'her', 'their', 'its']);
// "his counterpart from Peru, ", "her counterpart of the Republic of Korea ": the state after the word, before a name.
export const COUNTERPART_OF_STATE = String.raw`counterparts?\s+(?:from|of)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’-]*){0,3}`;
const COUNTERPART_FROM_STATE = new RegExp(String.raw`\b(?:his|her|their)\s+${COUNTERPART_OF_STATE}\s*,?\s*$`, 'u');
// Words on a holder's standing that may stand before a title in an apposition (lower case).
const ROLE_STANDING = new Set([
  'non-resident',
  'nonresident',
  'resident',
  'outgoing',
  'incoming',
  'new',
  'designate',
  'acting',
  'interim',
  'current',
  'official',
]);
const COURTESY = /^(?:Mr|Mrs|Ms|Mme|Madame|Madam)\.?$/;
// Words of kinship before a name: "his spouse Brigitte Macron", "his wife, First Lady Raquel Arbaje".
const KIN_BEFORE = /\b(?:spouse|wife|husband)\s*,?\s*(?:(?:the\s+)?first\s+lady\s*,?\s*)?$|\bfirst\s+lady\s*,?\s*$/i;
const OFFICE_CONNECTORS = new Set(['and', 'of', 'for', 'the', '&']);
// The legal forms that end a firm's name ("Kenya Shipyard Limited", "Acme Holding Inc"; data/legal-forms.txt).
const legalForms = perLexicons((lex) => new Set(lex.legalForms));
// Words of an organisation's name (data/organisation-words.txt): an office's run ends before a person's name follows them.
export const organisationWords = perLexicons((lex) => new Set(lex.organisationWords));
const namedAfterWords = perLexicons((lex) => new Set(lex.namedAfterWords));
const spokespersonTitles = perLexicons((lex) => new Set(lex.spokespersonTitles.map((t) => t.toLowerCase())));
// Offices of a region, whose region may follow the name ("Governor Uba Sani of Kaduna").
const REGIONAL_TITLES = new Set(['Governor', 'Premier', 'Chief Minister', 'Mayor', 'Akim', 'Hokim']);

// Words between a subject and its verb: "Tokayev also noted", "Aliyev has visited".
// Dotted abbreviations of states and bodies, no initials of a name: "U.S. Congresswoman X", "U.N. envoy".
const STATE_ABBREVIATIONS = /^(?:U\.S\.(?:A\.)?|U\.K\.|U\.N\.|E\.U\.|U\.A\.E\.|P\.R\.C\.|R\.O\.K\.|D\.P\.R\.K\.)$/;

// A phrase of time or occasion that opens a sentence: "In his meeting with …", "During talks with …".
const FRONTED_PHRASE = /^\W*(?:In|During|At|After|Following|On|Upon|Before|Ahead\s+of|Speaking\s+(?:at|to|with))\s/;
// Sentence adverbs set between commas after a subject.
const ASIDES = [['meanwhile'], ['however'], ['in', 'turn'], ['for', 'his', 'part'], ['for', 'her', 'part'], ['too'], ['instead']];

/** How many words an aside between commas takes from `at` ("meanwhile, ", "in turn, "), with the closing comma; 0 when none. */
function asideAt(ws: readonly Word[], at: number, gap: (a: number, b: number) => string): number {
  for (const words of ASIDES) {
    const end = at + words.length - 1;
    if (end + 1 < ws.length && words.every((w, k) => ws[at + k]?.key === w) && /^\s*,\s*$/.test(gap(end, end + 1))) return words.length;
  }
  return 0;
}

const BEFORE_VERB = new Set(['has', 'have', 'also', 'then', 'had', 'later', 'will', 'would', 'jointly', 'personally', 'again', 'is', 'was']);
const IS_OR_WAS = new Set(['is', 'was']);

// A day named after "on": a weekday, a month, a day's number.
const DAY_AFTER_ON =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d{1,2}(?:st|nd|rd|th)?)$/;

class SentencePeople {
  readonly mentions: PersonMention[] = [];
  readonly references: RoleReference[] = [];
  private readonly taken = new Set<number>();
  /** Word indices of nicknames quoted inside names. */
  private readonly nicknames = new Set<number>();

  constructor(
    private readonly text: string,
    private readonly ws: readonly Word[],
    private readonly countries: readonly CountryMention[],
  ) {}

  /**
   * The text between words a and b; after the last word, the rest of the sentence. (No read past the
   * array's end: an out-of-bounds load here, the hottest function of the recogniser, cost an eighth
   * of the whole extraction.)
   */
  gap(a: number, b: number): string {
    return this.text.slice(this.ws[a]!.end, b < this.ws.length ? this.ws[b]!.start : this.text.length);
  }

  /** Last word index of the name starting at i (name words, particles inside), or -1. */
  nameRun(i: number, afterTitle = false): number {
    let last = -1;
    // "@MarkJCarney", "#Diplomacy": a handle or a tag of a quoted post, no name.
    const at = this.ws[i] ? this.text.charCodeAt(this.ws[i].start - 1) : 0;
    if (at === 0x40 || at === 0x23) return -1;
    // After a title, a given name that is also a place ("President Santiago Peña") is a given name
    // when a name follows it.
    if (
      afterTitle &&
      this.ws[i + 1] &&
      !isNameWord(this.ws[i]!, titleWords()) &&
      isNameWord(this.ws[i]!, titleWords(), true) &&
      isNameWord(this.ws[i + 1]!, titleWords()) &&
      !personWords().verbs.has(this.ws[i + 1]!.key) &&
      !BREAK.test(this.gap(i, i + 1))
    ) {
      const rest = this.nameRun(i + 1);
      if (rest > i) return rest;
    }
    // … and after a royal title alone: "Queen Victoria", "Crown Princess Victoria".
    if (
      afterTitle &&
      i > 0 &&
      ROYAL_TITLE_WORD.test(this.ws[i - 1]!.text) &&
      !isNameWord(this.ws[i]!, titleWords()) &&
      isNameWord(this.ws[i]!, titleWords(), true) &&
      /^\s+$/.test(this.gap(i - 1, i)) &&
      !(this.ws[i + 1] && isNameWord(this.ws[i + 1]!, titleWords()) && !BREAK.test(this.gap(i, i + 1)))
    )
      return i;
    // After an office, a monarch's title word that opens a name of three words or more is a given name:
    // "Foreign Minister Amir Khan Muttaqi", "Minister of Industry Sultan Al Jaber".
    if (afterTitle && this.ws[i + 1] && GIVEN_NAME_TITLES.has(this.ws[i]!.text) && !BREAK.test(this.gap(i, i + 1))) {
      const rest = this.nameRun(i + 1);
      if (rest >= i + 2) return rest;
    }
    // (A chain of descent runs longer: "Mohammed bin Hamad bin Qassim Al Abdullah Al-Thani".)
    // (Read in place: this runs for every name-shaped word, and a copy of the window per call is garbage.)
    let limit = MAX_NAME;
    for (let k = i; k < Math.min(this.ws.length, i + MAX_NAME); k++) if (NASAB_WORD.test(this.ws[k]!.text)) limit = MAX_NASAB_NAME;
    for (let k = i; k < this.ws.length && k - i < limit; k++) {
      const w = this.ws[k]!;
      // "Joko “Jokowi” Widodo": a quoted nickname between the given and the family name.
      if (k > i && last === k - 1 && this.isNickname(k)) {
        this.nicknames.add(k);
        continue;
      }
      if (k > i && BREAK.test(this.gap(k - 1, k)) && !this.nicknames.has(k - 1)) break;
      if (this.taken.has(k)) break;
      // A headline's verb ends a name ("President El-Sisi Receives Phone Call"), but not after a
      // particle: "Haitham bin Tariq Al Said".
      // (… also after a particle written in capitals: "Sultan Qaboos Bin Said".)
      if (k > i && personWords().verbs.has(w.key) && !(isParticle(this.ws[k - 1]!) || /^(?:Al|El|Bin|Bint|Ibn)$/.test(this.ws[k - 1]!.text))) break;
      // (… also "Had", "Has" with an article after them: "President Emomali Rahmon Had a Telephone Conversation".)
      if (k >= i + 2 && /^(?:Had|Has)$/.test(w.text) && /^(?:a|an|the)$/i.test(this.ws[k + 1]?.text ?? '')) break;
      // … and the plural verb of a headline with two subjects: "Tokayev and Hungarian Prime Minister Viktor Orban Address
      // Media" (past two words of name, in a line whose next word is capitalised too).
      const headlineNext = this.ws[k + 1];
      if (
        k >= i + 2 &&
        w.capitalised &&
        headlineNext?.capitalised === true &&
        /^\s+$/.test(this.gap(k, k + 1)) &&
        // (Not a name's last word before the headline's own verb: "U Khin Maung Win Meets …".)
        !personWords().verbs.has(headlineNext.key) &&
        (personWords().verbs.has(`${w.key}s`) || personWords().verbs.has(`${w.key}es`))
      )
        break;
      // … and a headline's modal before its verb: "President Filipe Jacinto Nyusi Will Meet" (not "Will" as a given name).
      const verbAfter = this.ws[k + 1];
      if (
        k > i &&
        /^(?:Will|Would|Shall|Could|To)$/.test(w.text) &&
        verbAfter?.capitalised === true &&
        (personWords().verbs.has(verbAfter.key) || personWords().verbs.has(`${verbAfter.key}s`) || personWords().verbs.has(`${verbAfter.key}es`))
      )
        break;
      // … or right after the title: "Crown Prince Receives Phone Call". Only the present tense of
      // headlines: "Said" is a verb and a given name too.
      if (k === i && personWords().verbs.has(w.key) && w.key.endsWith('s')) return -1;
      // … and its plural after a plural title ("Cambodian, Vietnamese Prime Ministers Hold Official Talks"), unless a
      // name goes on after it ("Prime Minister Mark Rutte").
      if (
        k === i &&
        w.capitalised &&
        (personWords().verbs.has(`${w.key}s`) || personWords().verbs.has(`${w.key}es`)) &&
        !(this.ws[k + 1] && /^\s+$/.test(this.gap(k, k + 1)) && isNameWord(this.ws[k + 1]!, titleWords()))
      )
        return -1;
      // "Theresa May": a month's name closes a name after a given name when no day follows it.
      const monthSurname = k > i && last === k - 1 && w.text === 'May' && !/^\s*\d/.test(this.text.slice(w.end, w.end + 4));
      // A word right after one given name or two of the run: where a family name that is also a place may stand.
      const afterGivenNames = k > i && k <= i + 2 && last === k - 1 && /^\s+$/.test(this.gap(k - 1, k));
      // "the Minister of Finance Siniša Mali, the Minister …": after a title, a place's name right after a
      // given name (or two: "Foreign Minister María Ángela Holguín and …"), ending the mention, is the family name.
      const placeSurname =
        afterTitle &&
        afterGivenNames &&
        isNameWord(w, titleWords(), true) &&
        // (… or before a verb whose subject is a person: "Ambassador María José Salta attended the talks".)
        (/^\s*(?:[,;.)]|and\b|$)/.test(this.text.slice(w.end, w.end + 5)) ||
          (this.ws[k + 1] !== undefined && !this.ws[k + 1]!.capitalised && /^\s+$/.test(this.gap(k, k + 1)) && personWords().verbs.has(this.ws[k + 1]!.key)));
      // "Luís Montenegro's visit": a place's name after a given name that ends a leader's name the knowledge table knows.
      // (… or given names: "María Ángela Holguín".)
      const knownSurname =
        afterGivenNames &&
        gazetteer().placeWords.has(w.key) &&
        isNameWord(w, titleWords(), true) &&
        leadersNamed(
          this.ws.slice(i, k + 1).map((x) => x.text),
          null,
          null,
        ).length > 0;
      // "Santiago Cafiero of Argentina": a place's name that opens a leader's name the knowledge table knows.
      const knownGiven =
        k === i &&
        this.ws[k + 1] !== undefined &&
        /^\s+$/.test(this.gap(k, k + 1)) &&
        gazetteer().placeWords.has(w.key) &&
        isNameWord(w, titleWords(), true) &&
        isNameWord(this.ws[k + 1]!, titleWords()) &&
        leadersNamed([w.text, this.ws[k + 1]!.text], null, null).some((l) => l.forms.some((f) => f.split(/\s+/)[0] === w.text));
      // "Park Geun-hye": a family name that is also a place word ("Central Park"), before a Korean given name.
      // … and a family name written in capitals before the given name, as Japanese portals write them ("SUGA Yoshihide").
      const next = this.ws[k + 1];
      const familyFirst =
        k === i &&
        next !== undefined &&
        /^\s+$/.test(this.gap(k, k + 1)) &&
        ((KOREAN_GIVEN.test(next.text) && /^\p{Lu}\p{Ll}+$/u.test(w.text)) ||
          (/^\p{Lu}{2,12}$/u.test(w.text) && CAPS_FAMILY_GIVEN.test(next.text) && isNameWord(next, titleWords()) && !gazetteer().placeWords.has(w.key)));
      // "Soudaphone KHOMTHAVONG, Director General …": a family name in capitals after the given name, before a comma.
      const capsSurname =
        k === i + 1 &&
        last === i &&
        /^\p{Lu}{3,15}$|^\p{Lu}{2,}-\p{Lu}{2,}$/u.test(w.text) &&
        /^\s+$/.test(this.gap(i, k)) &&
        /^\s*[,(]/.test(this.text.slice(w.end, w.end + 3)) &&
        !gazetteer().placeWords.has(w.key) &&
        !this.countries.some((c) => c.start === w.start) &&
        !organisationWords().has(w.key);
      // "Madeleine King, Minister for Resources": a royal title's word right after a given name, closing the name, is the
      // family name (not "Saudi King Salman", a state's word before the title and a name after it).
      const royalSurname =
        k === i + 1 &&
        last === i &&
        ROYAL_TITLE_WORD.test(w.text) &&
        /^\s+$/.test(this.gap(i, k)) &&
        !(next !== undefined && /^\s+$/.test(this.gap(k, k + 1)) && isNameWord(next, titleWords())) &&
        !this.countries.some((c) => c.start <= this.ws[i]!.start && c.end >= this.ws[i]!.end);
      // "President Moon Jae In, according to …": a Korean given name's last syllable written apart, which reads as a
      // preposition, closing a name of three short words before punctuation.
      const syllable =
        k === i + 2 &&
        last === k - 1 &&
        KOREAN_SYLLABLE.test(w.text) &&
        this.ws[i]!.text.length <= 5 &&
        this.ws[i + 1]!.text.length <= 5 &&
        /^\s+$/.test(this.gap(k - 1, k)) &&
        /^\s*(?:[,.;)]|$)/.test(this.text.slice(w.end, w.end + 3));
      // "Foreign Minister January Makamba": a month's name right after a title, before a name, is a given name.
      const monthGiven =
        afterTitle && k === i && MONTH_GIVEN_NAME.test(w.text) && next !== undefined && /^\s+$/.test(this.gap(k, k + 1)) && isNameWord(next, titleWords());
      if (
        (isNameWord(w, titleWords()) ||
          monthSurname ||
          monthGiven ||
          familyFirst ||
          placeSurname ||
          capsSurname ||
          knownSurname ||
          knownGiven ||
          royalSurname ||
          syllable) &&
        !NAME_SUFFIX.test(w.text)
      ) {
        last = k;
        // A possessive ends the name: "Secretary Harlan's Call with …".
        // (A plural's possessive opens a body's name: "the President of the French Bishops' Conference".)
        if (k === i && /s$/.test(w.text) && /^['’]\s+\p{Lu}/u.test(this.text.slice(w.end, w.end + 3))) return -1;
        if (/^['’]s?\b/.test(this.text.slice(w.end, w.end + 2))) break;
      } else if (k > i && last === k - 1 && NAME_SUFFIX.test(w.text))
        last = k; // "Marcos Jr.", "Felipe VI", "Carl XVI Gustaf": the suffix is part of the name as written
      else if (
        INITIAL.test(w.text) &&
        this.ws[k + 1] &&
        !STATE_ABBREVIATIONS.test(w.text) &&
        (isNameWord(this.ws[k + 1]!, titleWords()) ||
          (/\.$/.test(w.text) && /^(?:\p{Lu}\.){1,3}$/u.test(this.ws[k + 1]!.text)) ||
          // ("Dr A K Abdul Momen": undotted initials one after another before the name.)
          (/^\p{Lu}$/u.test(w.text) && /^\p{Lu}$/u.test(this.ws[k + 1]!.text) && this.ws[k + 2] !== undefined && isNameWord(this.ws[k + 2]!, titleWords()))) &&
        !BREAK.test(this.gap(k, k + 1))
      )
        continue; // "K. P. Sharma Oli": initials one after another
      else if (k > i && /^(?:Al|El)$/.test(w.text) && this.ws[k + 1] && /^\p{Lu}/u.test(this.ws[k + 1]!.text) && !BREAK.test(this.gap(k, k + 1))) continue;
      // A particle, or two ("Juan Ramón de la Fuente", "Ursula von der Leyen"), before a name word.
      else if (!(k > i && isParticle(w) && this.particlesBeforeName(k))) break;
    }
    return last;
  }

  /** Word k, a particle, is followed by a name word, directly or after one more particle ("de la", "von der"). */
  particlesBeforeName(k: number): boolean {
    const next = this.ws[k + 1];
    if (!next || BREAK.test(this.gap(k, k + 1))) return false;
    if (isNameWord(next, titleWords())) return true;
    const after = this.ws[k + 2];
    return isParticle(next) && after !== undefined && !BREAK.test(this.gap(k + 1, k + 2)) && isNameWord(after, titleWords());
  }

  /** Word i is a family name in capitals before a given name ("PHAM Minh Chinh", "ISOZAKI Yoshihiko"). */
  capsFamilyAt(i: number): boolean {
    const w = this.ws[i]!,
      next = this.ws[i + 1];
    return (
      next !== undefined &&
      /^\p{Lu}{2,12}$/u.test(w.text) &&
      /^\s+$/.test(this.gap(i, i + 1)) &&
      CAPS_FAMILY_GIVEN.test(next.text) &&
      isNameWord(next, titleWords()) &&
      !gazetteer().placeWords.has(w.key)
    );
  }

  /** Word k is one word in quotes between two words of a name: "Joko “Jokowi” Widodo". */
  isNickname(k: number): boolean {
    if (k + 1 >= this.ws.length) return false;
    const next = this.ws[k + 1]!;
    return (
      // (Also opened by a closing mark, as some pages print it: "Ferdinand ”Bongbong” Marcos Jr.".)
      /^\s+[“”"«‘']$/.test(this.gap(k - 1, k)) && /^[”"»’']\s+$/.test(this.gap(k, k + 1)) && /^\p{Lu}/u.test(this.ws[k]!.text) && isNameWord(next, titleWords())
    );
  }

  add(given0: number, last: number, given: RolePhrase | null, rule: string, spanFirst = given0, spanLast = last): void {
    const first = this.pastInnerHonorifics(given0, last);
    // A regional office names its state by its region or city: "the Governor of Sichuan, Yin Li,".
    const role = given && given.country === null && REGIONAL_TITLES.has(given.title.form) ? this.regionAfter(given, last) : given;
    const words = this.ws.slice(first, last + 1);
    const nickname = words.find((_, k) => this.nicknames.has(first + k));
    const parts = words.filter((_, k) => !this.nicknames.has(first + k)).map((w) => w.text);
    // An editor's code glued to the last name of a tag line is no part of it: "Crown Prince Salman-VPN".
    const code = EDITOR_CODE.exec(parts.at(-1)!);
    if (code) parts[parts.length - 1] = code[1]!;
    // "PM Modi-Putin Summit": two leaders' names joined for the pair they make, no one person.
    const pair = parts.length === 1 ? /^(\p{Lu}\p{Ll}+)-(\p{Lu}\p{Ll}+)$/u.exec(parts[0]!) : null;
    if (pair && leadersNamed([pair[1]!], null, null).length > 0 && leadersNamed([pair[2]!], null, null).length > 0) return;
    const start = this.ws[first]!.start,
      end = this.ws[last]!.end - (code ? code[0].length - code[1]!.length : 0);
    // "The presidents of Panama, X, and Costa Rica, Y": a state's own name is no person's.
    if (this.countries.some((c) => c.start === start && c.end === end && (c.kind === 'name' || c.kind === 'official'))) return;
    for (let k = spanFirst; k <= spanLast; k++) this.taken.add(k);
    this.mentions.push({
      parts,
      // (One space between its words: a line or paragraph break read through leaves two, "Khawaja  Muhammad Asif".)
      text: nickname ? parts.join(' ') : this.text.slice(start, end).replace(/\s{2,}/g, ' '),
      start,
      end,
      role,
      country: role?.country ?? (rule === 'name-joined-to-person' ? this.stateOfAfter(end) : null),
      patronymic: parts.length === 2 && isPatronymic(parts[1]!),
      rule,
      ...(nickname ? { nickname: nickname.text } : {}),
    });
  }

  /**
   * "Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei": the words of a run before honorifics inside it
   * close an office, and the name opens after them (when two words of name are left).
   */
  pastInnerHonorifics(first: number, last: number): number {
    for (let k = first + 1; k < last; k++) {
      const n = honorificsAt(this.ws, k);
      if (n && k + n < last) return k + n;
    }
    return first;
  }

  /** The state named right after a name: "Andrzej Szejna of Poland". */
  stateOfAfter(end: number): string | null {
    const of = /^\s+of\s+(?:the\s+)?/.exec(this.text.slice(end));
    if (!of) return null;
    const at = end + of[0].length;
    const state = this.countries.find((c) => c.start === at && (c.kind === 'name' || c.kind === 'official'));
    // (Not the first word of a body's name: "John Carter of Georgia State University".)
    return state && !/^\s+\p{Lu}/u.test(this.text.slice(state.end, state.end + 3)) ? state.iso3 : null;
  }

  /** The last word of the name when the word at `k` is a given name followed by "bin", "ibn" or "bint" and a name; else null. */
  givenNameWithNasab(k: number): number | null {
    const particle = this.ws[k + 1];
    if (!particle || !/^(?:bin|ibn|bint)$/i.test(particle.text) || BREAK.test(this.gap(k, k + 1)) || BREAK.test(this.gap(k + 1, k + 2))) return null;
    const last = this.ws[k + 2] ? this.nameRun(k + 2) : -1;
    return last >= k + 2 ? last : null;
  }

  /** Whether the word at k opens the rest of a body's name right after a title: "General | Administration of Customs". */
  opensOrganisationName(k: number): boolean {
    const w = this.ws[k];
    return w !== undefined && w.capitalised && /^\s+$/.test(this.gap(k - 1, k)) && organisationWords().has(w.key);
  }

  /** Whether the words [j, last], or the word right after them, belong to an organisation's name (data/organisation-words.txt). */
  organisational(j: number, last: number): boolean {
    for (let k = j; k <= last; k++) if (organisationWords().has(this.ws[k]!.key)) return true;
    // (… or a few capitalised words on: "General Nuclear Power Corporation"; not after a possessive, which makes the body the
    // person's own: "President Donald Trump's Board of Peace".)
    if (/^['’]s?\s/.test(this.gap(last, last + 1))) return false;
    for (let k = last + 1; k <= last + 3 && k < this.ws.length; k++) {
      const w = this.ws[k]!;
      // (A headline's verb ends the name first: "President X Visits National Bank".)
      if (!w.capitalised || BREAK.test(this.gap(k - 1, k)) || personWords().verbs.has(w.key)) return false;
      if (organisationWords().has(w.key)) return true;
    }
    return false;
  }

  /** The last word of a body's capitalised name from k ("of the Suez Canal Economic Zone") when an abbreviation in brackets follows it, or -1. */
  bodyBeforeAcronym(k: number): number {
    const { ws } = this;
    for (let m = k; m < ws.length && m - k < 12; m++) {
      if (m > k && BREAK.test(this.gap(m - 1, m))) return -1;
      const w = ws[m]!;
      if ((!w.capitalised && !OFFICE_CONNECTORS.has(w.key)) || (m > k && titleAt(ws, m))) return -1;
      if (w.capitalised && /^\s*\($/.test(this.gap(m, m + 1))) return m;
    }
    return -1;
  }

  /** The name after a body's abbreviation in brackets ("… Agency (JICA) Dr Tanaka Akihiko"): its word range, or null. */
  nameAfterAcronym(last: number): { first: number; last: number } | null {
    const { ws } = this;
    const acronym = ws[last + 1];
    if (!acronym || !/^\p{Lu}[\p{L}\d]{1,11}$/u.test(acronym.text) || !/[\p{Lu}\d].*\p{Lu}/u.test(acronym.text.slice(1) + acronym.text[0])) return null;
    if (!/^\s*\($/.test(this.gap(last, last + 1)) || last + 2 >= ws.length || !/^\)\s+$/.test(this.gap(last + 1, last + 2))) return null;
    const first = last + 2 + honorificsAt(ws, last + 2);
    const end = first < ws.length ? this.nameRun(first) : -1;
    return end > first ? { first, last: end } : null;
  }

  /** Whether a place or body is named after the name ending at word `last` (data/named-after-words.txt), one capitalised word allowed between. */
  namedAfter(last: number): boolean {
    // (A possessive makes it the person's own, not named after them: "President Donald Trump's Board of Peace".)
    if (/^['’]s?\s/.test(this.gap(last, last + 1))) return false;
    for (let k = last + 1; k <= last + 2 && k < this.ws.length; k++) {
      const w = this.ws[k]!;
      if (!w.capitalised || BREAK.test(this.gap(k - 1, k))) return false;
      if (namedAfterWords().has(w.key)) return true;
    }
    return false;
  }

  /** "Mohamed bin Zayed University", "Heydar Aliyev Foundation": a name that names an institution. */
  namesSomething(last: number): boolean {
    const next = this.ws[last + 1];
    return next !== undefined && next.capitalised && !BREAK.test(this.gap(last, last + 1)) && !isNameWord(next, titleWords());
  }

  /** A state's own name (not its adjective, a city or a seat) starting at word i, and the word after it. */
  stateNameAt(i: number): { iso3: string; next: number } | null {
    const w = this.ws[i]!;
    // (… also an adjective: "President Afghan Ashraf Ghani".)
    const c = this.countries.find((x) => x.start === w.start && (x.kind === 'name' || x.kind === 'official' || x.kind === 'adjective'));
    if (!c) return null;
    let next = i;
    while (next < this.ws.length && this.ws[next]!.start < c.end) next++;
    return { iso3: c.iso3, next };
  }

  /** A role after the name and a comma: "Emomali Rahmon, President of Tajikistan". */
  appositiveAt(last: number): RolePhrase | null {
    const { ws } = this;
    // "the Hon. Scott Morrison MP, Prime Minister of …": letters after a name (MP, QC, OBE) stand between it and its role.
    if (ws[last + 1] && POST_NOMINAL.test(ws[last + 1]!.text) && /^\s+$/.test(this.gap(last, last + 1))) last += 1;
    const after = last + 1;
    if (after >= ws.length || !/^\s*,\s*$/.test(this.gap(last, after))) return null;
    let k = after;
    if (['a', 'an', 'the'].includes(ws[k]!.key)) k++;
    // "Ana Soler, non-resident Ambassador of Chile", "…, the newly appointed Ambassador of …": words on the
    // holder's standing before the title.
    // (In lower case: "New Zealand's Foreign Minister" opens with a state.)
    while (
      k < ws.length - 1 &&
      !ws[k]!.capitalised &&
      (ROLE_STANDING.has(ws[k]!.key) || (ws[k]!.key === 'newly' && /^(?:appointed|accredited|elected)$/.test(ws[k + 1]!.key)))
    )
      k += ws[k]!.key === 'newly' ? 2 : 1;
    k += honorificsAt(ws, k);
    // "Zhao Leji, a member of the Standing Committee of the Political Bureau of the CPC Central Committee and chairman of the
    // NPC Standing Committee, …": a party rank before the office, read from the office on.
    if (ws[k]?.key === 'member' && ws[k + 1]?.key === 'of') k = this.officeAfterMembership(k);
    // The title may stand a few words in: "Brazil's Foreign Trade Secretary", "National Security Advisor".
    for (let t = k; t < Math.min(ws.length, k + 4); t++) {
      let role = rolePhraseAt(this.text, ws, this.countries, t, true);
      if (!role || role.first !== k) continue;
      // "Sinisa Pavic, Ambassador of Serbia and Menzie Dlamini, High Commissioner …": the role ends at the "and"
      // that opens the next name of a list (a name of no state, portfolio or body, then its own comma).
      // (The last such "and", with or without the role's state: "Zakia Driouich, Secretary General of the Ministry of
      // Agriculture, Rural Development and Water and Forests and Tania Romualdo, national director …".)
      let and = -1;
      for (let a = role.last - 1; a > role.first; a--)
        if (ws[a]!.key === 'and' && this.opensListedName(a + 1, role.last)) {
          and = a;
          break;
        }
      if (and > 0) {
        const cut = rolePhraseAt(this.text, ws.slice(0, and), this.countries, t, true);
        if (cut && cut.first === k) role = cut;
      }
      // "Name1, Minister of Planning Name2, …": a role that ends in someone else's name is that person's.
      const tail = ws.slice(Math.max(role.first, role.last - 1), role.last + 1);
      const before = ws[role.last - 2];
      if (tail.length === 2 && before && !OFFICE_CONNECTORS.has(before.key) && tail.every((w) => this.plainNameWord(w))) return null;
      // "Name1, Minister of Foreign Affairs Ambassador Name2, …": a role glued to another title or
      // name after it is that person's.
      const next = role.last + 1;
      // ("Egyptian Assistant Minister of Defence": a rank word before the office it qualifies is read with it.)
      if (next < ws.length && /^(?:assistant|deputy|vice|acting|first)$/.test(ws[role.last]!.key) && titleAt(ws, next)) continue;
      if (next < ws.length && !BREAK.test(this.gap(role.last, next)) && (titleAt(ws, next) || this.taken.has(next) || this.nameRun(next) > next)) return null;
      return role;
    }
    return null;
  }

  /** The word after "and" that opens an office after a membership ("a member of the … Committee and chairman of …"), else `k`. */
  officeAfterMembership(k: number): number {
    const { ws } = this;
    for (let a = k + 2; a < Math.min(ws.length - 1, k + 30); a++) {
      if (/[,;:.]/.test(this.gap(a - 1, a))) return k;
      if (ws[a]!.key === 'and' && rolePhraseAt(this.text, ws, this.countries, a + 1, true)?.first === a + 1) return a + 1;
    }
    return k;
  }

  /** A comma, then a title and a person already read after it: the name before is one of a list of people. */
  listedBeforeTitled(last: number): boolean {
    const { ws } = this;
    const after = last + 1;
    if (after >= ws.length || !/^\s*,\s*$/.test(this.gap(last, after))) return false;
    const role = rolePhraseAt(this.text, ws, this.countries, after, true);
    const next = role ? role.last + 1 : -1;
    return role !== null && role.first === after && next < ws.length && this.taken.has(next) && !BREAK.test(this.gap(role.last, next));
  }

  /** The words from `i` to `last` are a person's name (no state, portfolio or body) followed by a comma. */
  opensListedName(i: number, last: number): boolean {
    const { ws } = this;
    const words = ws.slice(i, last + 1);
    return words.length >= 2 && /^\s*,/.test(this.text.slice(ws[last]!.end)) && words.every((w) => this.plainNameWord(w));
  }

  /** A word of a person's name and of nothing else: no portfolio, body or state. */
  plainNameWord(w: Word): boolean {
    return (
      isNameWord(w, titleWords()) &&
      !personWords().portfolios.has(w.key) &&
      !organisationWords().has(w.key) &&
      !this.countries.some((c) => c.start <= w.start && c.end >= w.end)
    );
  }

  /** "… of the Republic of Kenya" right after a name: the state the person serves. */
  countryAfter(last: number): string | null {
    return this.countryPhraseAfter(last)?.iso3 ?? null;
  }

  /** ", U.S. Department of the Interior" after a name: the state of the body the person speaks for. */
  organisationStateAfter(last: number): string | null {
    const next = last + 1;
    if (next >= this.ws.length || !/^\s*,\s*$/.test(this.gap(last, next))) return null;
    const w = this.ws[next]!;
    const c = this.countries.find((x) => x.start === w.start && x.kind !== 'city' && x.kind !== 'capital' && x.kind !== 'seat');
    if (!c) return null;
    let k = next;
    while (k < this.ws.length && this.ws[k]!.start < c.end) k++;
    return k < this.ws.length && organisationWords().has(this.ws[k]!.key) ? c.iso3 : null;
  }

  /** "… of Liberia and Guinea respectively" within the clause after word k: those states in order, when two. */
  respectiveStates(k: number): string[] | null {
    const from = this.ws[k]!.end;
    const m = RESPECTIVELY.exec(this.text.slice(from, from + 240));
    if (!m) return null;
    const [start, end] = [from + m.index, from + m.index + m[0].length];
    const states = this.countries.filter((c) => c.start >= start && c.end <= end && c.kind !== 'city' && c.kind !== 'capital').map((c) => c.iso3);
    return states.length === 2 && states[0] !== states[1] ? states : null;
  }

  /** The "of [the] State" after word `last`, with the index of its last word. */
  countryPhraseAfter(last: number): { iso3: string; end: number } | null {
    // "King Abdullah II of Jordan", "Marcos Jr. of the Philippines": past the name's suffix.
    if (this.ws[last + 1] && NAME_SUFFIX.test(this.ws[last + 1]!.text) && !BREAK.test(this.gap(last, last + 1))) last++;
    const of = this.ws[last + 1];
    // (… or "from": "Deputy Foreign Minister Khalaf Khalafov from Azerbaijan’s side".)
    if ((of?.key !== 'of' && of?.key !== 'from') || BREAK.test(this.gap(last, last + 1))) return null;
    let k = last + 2;
    if (this.ws[k]?.key === 'the') k++;
    const w = this.ws[k];
    const c = w ? this.countries.find((x) => x.start === w.start && x.kind !== 'city' && x.kind !== 'capital' && x.kind !== 'seat') : undefined;
    if (!c) return null;
    let end = k;
    while (end + 1 < this.ws.length && this.ws[end + 1]!.start < c.end) end++;
    return { iso3: c.iso3, end };
  }

  /** Where the name begins after a title at j that is a rank and its honorifics ("Ambassador H.E. Jorge Faurie"); j when no name follows with no break. */
  pastRank(j: number): number {
    const { ws } = this;
    const rank = titleAt(ws, j);
    if (!rank) return j;
    // ("Foreign Minister Amir Khan Muttaqi", "Minister Sultan Al Jaber": a monarch's title word after an office is a given name.)
    if (rank.keys.length === 1 && GIVEN_NAME_TITLES.has(ws[j]!.text) && this.nameRun(j + 1, true) > j + 1) return j;
    const after = j + rank.keys.length;
    const k = after + honorificsAt(ws, after);
    return k < ws.length && !BREAK.test(this.gap(k - 1, k)) && this.nameRun(k, true) > k ? k : j;
  }

  /** A name from word k that a verb follows: the subject of its clause ("…, Prime Minister Sharif described …"). */
  subjectAfter(k: number): boolean {
    if (k >= this.ws.length) return false;
    const last = this.nameRun(k);
    const next = this.ws[last + 1];
    // (A verb of the list, or any word in lower case that is no preposition or article right after the name.)
    return (
      last >= k &&
      next !== undefined &&
      /^\s+$/.test(this.gap(last, last + 1)) &&
      (personWords().verbs.has(next.key) || (!next.capitalised && !/^(?:of|in|on|at|to|for|and|or|the|a|an|with|from|by|as|who|which|whose)$/.test(next.key)))
    );
  }

  /** Whether the role starting at word `first` follows a capitalised name and a comma, not a place. */
  private appositiveToName(first: number): boolean {
    const before = this.ws[first - 1];
    return (
      before !== undefined &&
      before.capitalised &&
      /^\s*,\s*$/.test(this.gap(first - 1, first)) &&
      !this.countries.some((c) => c.start < before.end && c.end > before.start)
    );
  }

  /** Rule title-before-name: "[Belarus] President [Mr] Aleksandr Lukashenko". */
  titled(): void {
    const { ws } = this;
    // A role with no name of its own, which the next role may continue ("Dubai Crown Prince, Deputy Prime Minister … Name").
    let unnamed: RolePhrase | null = null;
    for (let i = 0; i < ws.length; i++) {
      if (this.taken.has(i)) continue;
      const found = rolePhraseAt(this.text, ws, this.countries, i, false);
      if (!found) continue;
      // "Dubai Crown Prince, Deputy Prime Minister and Minister of Defense Sheikh Hamdan": one person's
      // offices in a row; the state of the first is the person's.
      // (Not a role named with its article, which ends the phrase it closes: "along with the Kazakh president, Prime
      // Minister Sharif said …" names two people.)
      const continued: boolean =
        !!unnamed?.country &&
        !found.country &&
        !found.plural &&
        unnamed.last + 1 === found.first &&
        /^\s*,\s*$/.test(this.gap(unnamed.last, found.first)) &&
        !(unnamed.first > 0 && ARTICLE_BEFORE_ROLE.has(ws[unnamed.first - 1]!.key) && this.subjectAfter(found.last + 1)) &&
        // (Nor a role in apposition to the name before it: "a meeting with Kim Jin Pyo, Speaker of South Korea
        // Parliament, President Ruto urged …" names two people.)
        !this.appositiveToName(unnamed.first);
      let role: RolePhrase = continued ? { ...found, country: unnamed!.country } : found;
      const before = unnamed;
      unnamed = null;
      // "the prime minister's Press Secretary Ihsanul Karim": the office a possessive names is the
      // principal of the role after it, which is the person's.
      const owner = ws[role.last + 1];
      if (owner && /^['’]s\s+$/.test(this.text.slice(ws[role.last]!.end, owner.start)) && rolePhraseAt(this.text, ws, this.countries, role.last + 1, false)) {
        i = role.last;
        continue;
      }
      // "Sultan bin Salim Al Habsi, Minister of Finance": a monarch's title word before "bin" is a given
      // name, the role (if any) follows the name.
      const nasab = role.first === role.last && GIVEN_NAME_TITLES.has(role.title.form) ? this.givenNameWithNasab(role.last) : null;
      if (nasab) {
        // ("The Sharjah Ruler, Sheikh Sultan bin Muhammad Al Qasimi": the office named right before, over the honorifics.)
        const office =
          before !== null && /^[\s,]*$/.test(this.gap(before.last, before.last + 1)) && before.last + 1 + honorificsAt(ws, before.last + 1) === role.first
            ? before
            : null;
        const appositive = this.appositiveAt(nasab) ?? office;
        this.add(role.first, nasab, appositive, 'given-name-with-nasab', office?.first ?? role.first, appositive?.last ?? nasab);
        i = appositive?.last ?? nasab;
        continue;
      }
      // "Official Spokesperson (Shri Syed Akbaruddin): …": a transcript's speaker, the name in brackets after the office.
      const speaker = this.speakerInBrackets(role.last);
      if (speaker) {
        this.add(speaker[0], speaker[1], role, 'speaker-label', role.first, speaker[1]);
        i = speaker[1];
        continue;
      }
      // "Members of Parliament (MPs) A and B": the title's abbreviation in brackets before the name.
      const abbreviated = this.abbreviationAfter(role.last);
      let j = (abbreviated ?? role.last) + 1 + honorificsAt(ws, (abbreviated ?? role.last) + 1);
      // "Minister of Finance and Economy II Mohd Amin": the office's number, not the name's first word.
      // (… and the honorifics after it: "Finance Minister II Datuk Seri Amir Hamzah Azizan".)
      if (j + 1 < ws.length && /^(?:II|III|IV)$/.test(ws[j]!.text) && !BREAK.test(this.gap(j, j + 1))) j += 1 + honorificsAt(ws, j + 1);
      // "President Uzbekistan Shavkat Mirziyoyev": a state's name between the title and the name is
      // the title's complement, as if "of" stood before it.
      const state = !role.country && j < ws.length ? this.stateNameAt(j) : null;
      if (
        state &&
        state.next < ws.length &&
        !BREAK.test(this.gap(j - 1, j)) &&
        !BREAK.test(this.gap(state.next - 1, state.next)) &&
        this.nameRun(state.next) > state.next
      ) {
        role = { ...role, country: state.iso3, last: state.next - 1 };
        j = state.next;
      }
      // "Counselor of the Chinese Embassy in Cairo Han Ping": a diplomat's embassy and its city before the name.
      const embassy = role.title.category === 'diplomat' && j < ws.length ? this.embassyEnd(j) : null;
      if (embassy !== null && this.nameRun(embassy + 1) > embassy) {
        role = { ...role, last: embassy };
        j = embassy + 1;
      }
      // "Chairman of the Russian State Duma Vyacheslav Volodin", "Speaker of Pakistan's National Assembly Raja
      // Pervaiz Ashraf": the body the office heads, after its state, then the name.
      // (… also with no "of", as Pakistani readouts write it: "Speaker National Assembly Sardar Ayaz Sadiq".)
      // (… also before a comma and the name: "the Managing Director of Nigeria Sovereign Wealth Authority, Mr Uche Orji".)
      const bodyEnd =
        !role.plural && j === role.last + 1 && j < ws.length
          ? (this.bodyRunAfter(role.last, 'name') ?? (role.country !== null ? this.bodyRunAfter(role.last, 'comma') : null))
          : null;
      if (bodyEnd !== null) {
        const bodyName = ws
          .slice(role.last + 1, bodyEnd + 1)
          .map((w) => w.text)
          .join(' ');
        // (As written when the role's wording ends where the text does: "Managing Director of Nigeria Sovereign Wealth Authority".)
        const wording = role.role.endsWith(ws[role.last]!.text)
          ? `${role.role}${this.text.slice(ws[role.last]!.end, ws[bodyEnd]!.end)}`
          : role.country !== null
            ? `${role.role} of the ${bodyName}`
            : `${role.role} ${bodyName}`;
        role = { ...role, role: wording, last: bodyEnd };
        j = bodyEnd + 1;
      }
      // "Minister of Foreign Affairs Ambassador Jorge Faurie": a title (a rank) between the office and the name.
      if (j < ws.length && !role.plural && !BREAK.test(this.gap(j - 1, j))) j = this.pastRank(j);
      // The name follows the role and its honorifics with no break anywhere between ("Advisor; H.H. Sheikh …" has one).
      // ("Foreign Minister's Opening Remarks": a possessive title owns a thing, it names no one.)
      const glued =
        j < ws.length &&
        role.last + 1 < ws.length &&
        (abbreviated !== null || !BREAK.test(this.gap(role.last, role.last + 1))) &&
        (abbreviated === j - 1 ? /^\)\s+$/.test(this.gap(j - 1, j)) : !BREAK.test(this.gap(j - 1, j))) &&
        !/^['’]s?\s/.test(this.gap(role.last, role.last + 1));
      // "President of Japan International Cooperation Agency (JICA) Dr Tanaka Akihiko": the body, its
      // abbreviation in brackets, then the name of the one who heads it.
      // (The body is the office's complement: "of the Suez Canal Economic Zone", or after "President of Japan".)
      const ofBody = ['of', 'for'].includes(ws[role.last + 1]?.key ?? '') || / of /i.test(this.text.slice(ws[role.first]!.start, ws[role.last]!.end));
      const body = role.plural || !ofBody ? -1 : this.bodyBeforeAcronym(role.last + 1);
      const head = body > role.last ? this.nameAfterAcronym(body) : null;
      if (head) {
        const office = this.text.slice(ws[role.first]!.start, ws[body]!.end).replace(/^(?:the|a|an)\s+/i, '');
        this.add(head.first, head.last, { ...role, role: office, last: body }, 'title-body-abbreviation-name', role.first, head.last);
        i = head.last;
        continue;
      }
      let last = glued ? this.nameRun(j, true) : -1;
      // "Minister of Territorial Administration and Infrastructure Gnel Sanosyan": an office the
      // lexicon does not know runs on in capitals; the name is the last words of the run.
      // … also when the office's first word after "of" is one the lexicon does not know.
      // (… also after "the": "Head of the Federal Agency for Tourism Zarina Doguzova".)
      const officeAt = ws[role.last + 2]?.key === 'the' ? role.last + 3 : role.last + 2;
      const startsOffice = last < j && ['of', 'for'].includes(ws[role.last + 1]?.key ?? '') && ws[officeAt]?.capitalised;
      const split = last >= j ? this.officeRunSplit(role, j) : startsOffice ? this.officeRunSplit(role, officeAt) : null;
      if (split) [role, j, last] = [split.role, split.name, split.last];
      // "the Minister of National Guard, Prince Abdullah bin Bandar,": a word or two the lexicon does not know
      // ends the portfolio at a comma, and the name comes after it with its rank.
      let portfolioRun = false;
      if (!split && last === j && ['of', 'for'].includes(ws[role.last - 1]?.key ?? '') && /^\s*,\s*$/.test(this.gap(last, last + 1))) {
        const after = last + 1 < ws.length ? rolePhraseAt(this.text, ws, this.countries, last + 1, false) : null;
        if (after && after.title.category === 'monarch' && after.role === after.title.form && after.country === null && !after.plural)
          [last, portfolioRun] = [-1, true];
      }
      // "Chinese President, Xi Jinping", "the minister of Foreign Affairs, Téte António,": the role, a comma, the name.
      // A plural with its state is read one state at a time: "the ministers of Energy of Angola, Name1,
      // and of Foreign Affairs of Egypt, Name2" (the second state's part is read where it begins).
      const named = role.plural ? this.statesIn(role) : [];
      // "Foreign Ministers A and B of Liberia and Guinea respectively": the states after the names, in their order.
      const states = role.plural && named.length <= 1 ? (this.respectiveStates(role.last) ?? named) : named;
      // (A plural with its portfolio too: "The two countries' Interior Ministers, A and B, signed".)
      if (last < j && (!role.plural || this.oneState(role) || states.length > 1 || role.role !== role.title.form || role.title.keys.length > 1)) {
        const named = this.nameAfterComma(role, portfolioRun);
        if (named) [j, last] = named;
        // (The state a body between the commas names: "the Chief Executive Officer, Office of the Management of Phosphate in
        // Morocco, Mr. X".)
        if (named?.[2] && role.country === null) role = { ...role, country: named[2] };
        // "A spokesperson for the Indian Prime Minister, Randhir Jaiswal,": the name after the comma is
        // the spokesperson's, who speaks for the role's state.
        const speaker = named ? this.speakerFor(role) : null;
        if (speaker) role = speaker;
      }
      // "Sultan Al Jaber, Minister of Industry": a monarch's title word that a role follows is a given name.
      const appositive = last >= j && GIVEN_NAME_TITLES.has(role.title.form) && j === role.last + 1 ? this.appositiveAt(last) : null;
      // … unless the role repeats the title ("Sultan Hassanal Bolkiah, Sultan of Brunei").
      if (appositive && appositive.title.form !== role.title.form) {
        this.add(role.first, last, appositive, 'given-name-with-appositive-role', role.first, appositive.last);
        i = appositive.last;
        continue;
      }
      // "Prince Abdulaziz bin Salman, Minister of Energy": the office, not the rank, is the role.
      // (… and a bare "Ambassador", a diplomat's rank before an office: "Ambassador Ahmed Fahmy, Spokesman for the Egyptian Presidency".)
      const rank = ROYAL_RANKS.has(role.title.form) || (role.title.form === 'Ambassador' && role.role === 'Ambassador');
      const office = last >= j && rank && j === role.last + 1 && role.country === null ? this.appositiveAt(last) : null;
      // (Not a plural after the comma, others of the list: "Prince Abdul Mateen Bolkiah, cabinet ministers, and …".)
      if (office && !office.plural && !ROYAL_RANKS.has(office.title.form) && office.title.form !== 'Ambassador' && !office.role.includes(',')) {
        this.add(j, last, office, 'rank-name-appositive-role', role.first, office.last);
        i = office.last;
        continue;
      }
      // "King Saud University", "Sheikh Zayed Grand Mosque": the title and name name a place or a body.
      // … as does a run that holds an organisation's word or ends before one: "Chairman of Oman
      // Investment Authority", "Chairman of the Qatari Businessmen Association".
      if (last >= j && (this.namedAfter(last) || this.organisational(j, last))) {
        i = last;
        continue;
      }
      if (last >= j) {
        const after = role.country ? null : (this.countryAfter(last) ?? this.organisationStateAfter(last) ?? this.bracketStateAfter(last));
        // "The Prime Ministers of Armenia and Georgia, A and B": the states in the order of the names.
        const own = states.length > 1 ? { ...role, country: states[0]! } : null;
        this.add(j, last, own ?? (after ? { ...role, country: after } : this.regionAfter(role, last)), 'title-before-name', role.first, last);
        i = last;
        let nth = 1;
        let listedState: string | null = null;
        // A plural title names several people: "Presidents Gabriel Boric and Javier Milei",
        // "Deputy Ministers of Education Arayik Khzmalyan, Arthur Martirosyan and others".
        for (let k = last; role.plural && k + 1 < ws.length;) {
          // "Presidents Vladimir Putin of Russia and Kassym-Jomart Tokayev of Kazakhstan": each name's state follows it.
          k = this.countryPhraseAfter(k)?.end ?? k;
          // "Cabinet Secretaries Fred Otieno (Interior), Amb Grace Wanjiru (Foreign Affairs) and …": a portfolio in brackets after each name.
          k = this.bracketAfter(k) ?? k;
          if (k + 1 >= ws.length) break;
          const gap = this.gap(k, k + 1).replace(/^\s*\)/, '');
          const comma = /^\s*,\s*$/.test(gap) ? (ws[k + 1]!.key === 'and' ? k + 2 : k + 1) : /^\s+$/.test(gap) && ws[k + 1]!.key === 'and' ? k + 2 : -1;
          const at = comma > 0 && comma < ws.length ? comma + honorificsAt(ws, comma) : -1;
          const next = at > 0 && at < ws.length ? this.nameRun(at, true) : -1;
          // (A family name alone after a first one alone: "the meeting of Ministers Aurescu and Cavusoglu", "Presidents
          // Lula and Xi".)
          const alone = at > 0 && last === j && next === at && ws[at]!.capitalised && !this.countries.some((c) => c.start === ws[at]!.start);
          if (next < at + 1 && !alone) {
            // "… of Angola, Name1, and of Foreign Affairs of Egypt, Name2": the title's next office and state.
            const part = at > 0 && ws[at]?.key === 'of' && this.oneState(role) ? this.distributedPart(role, at) : null;
            if (!part) break;
            this.add(part.name, part.last, part.role, 'plural-title-distributed');
            i = k = part.last;
            continue;
          }
          // "The presidents of Panama, X, and Costa Rica, Y": a state's name in the list opens the next name's part.
          const stateNamed = this.countries.find((c) => c.start === ws[at]!.start && c.end === ws[next]!.end && (c.kind === 'name' || c.kind === 'official'));
          if (stateNamed) {
            listedState = stateNamed.iso3;
            i = k = next;
            continue;
          }
          const state =
            listedState ?? (states.length > 1 ? (states[nth++] ?? null) : role.country ? null : (this.countryAfter(next) ?? this.bracketStateAfter(next)));
          listedState = null;
          this.add(at, next, state ? { ...role, country: state } : role, 'plural-title-before-names');
          i = k = next;
        }
      } else if (this.opensOrganisationName(role.last + 1)) {
        // "China's General Administration of Customs", "the Kenyan Defence Forces": a body's name, no one's office.
        i = role.last;
      } else {
        this.references.push({ role, start: ws[role.first]!.start, end: ws[role.last]!.end });
        unnamed = role;
        i = role.last;
      }
    }
  }

  /**
   * A capitalised run after a title that the lexicon cannot read as portfolio + name ("Territorial
   * Administration and Infrastructure Gnel Sanosyan", "Bangladesh Satellite Company Ltd Shahjahan
   * Mehmood"): the name is its last two words, the rest is the office.
   */
  officeRunSplit(role: RolePhrase, j: number): { role: RolePhrase; name: number; last: number } | null {
    const { ws } = this;
    let end = j;
    for (let k = j; k < ws.length; k++) {
      if (k > j && BREAK.test(this.gap(k - 1, k))) break;
      // Another office begins another person: "… Shahjahan Mehmood and Secretary …".
      if (k > j && titleAt(ws, k)) break;
      const w = ws[k]!;
      if (w.capitalised || (/^\p{Lu}$/u.test(w.text) && k > j)) end = k;
      else if (OFFICE_CONNECTORS.has(w.key) && ws[k + 1]?.capitalised) continue;
      else break;
    }
    const size = end - j + 1;
    // The words before the name must read as an office (a portfolio or an organisation), not as
    // another name: "Gabriel Boric and Javier Milei" is two people.
    if (
      size < 3 ||
      role.plural ||
      !ws.slice(j, end - 1).some((w) => (personWords().portfolios.has(w.key) && !OFFICE_CONNECTORS.has(w.key)) || organisationWords().has(w.key))
    )
      return null;
    // The name: its last two words, and further back while the words read as a name rather than an
    // office ("… Planning Nguyen Thanh Hai", "… Affairs Clara G. Mendes"), three at most before the family name.
    let name = end - 1;
    const namely = (w: Word): boolean =>
      (isNameWord(w, titleWords()) || INITIAL.test(w.text)) && !organisationWords().has(w.key) && !personWords().portfolios.has(w.key);
    if (!isNameWord(ws[end]!, titleWords()) || !namely(ws[name]!)) return null;
    // "… of the Socialist Republic of Viet Nam": a state's name ends an office, it names no one.
    if (this.countries.some((c) => c.end > ws[name]!.start && c.start < ws[end]!.end)) return null;
    // A word right after "of" or "and" belongs to the office ("Department of Space S Somnath").
    while (name - 1 > j && end - name < 3 && namely(ws[name - 1]!) && !OFFICE_CONNECTORS.has(ws[name - 2]?.key ?? '')) name--;
    // (… and so do all the words after it when no word of the office stands between: "Secretary of the Central Commission
    // for Discipline Inspection" names no one.)
    if (OFFICE_CONNECTORS.has(ws[name - 1]?.key ?? '')) return null;
    const roleText = this.text.slice(ws[role.first]!.start, ws[name - 1]!.end).replace(/^.*?(?=\b\p{Lu})/u, '');
    const office = rolePhraseText(roleText, role);
    return { role: { ...role, role: office, last: name - 1 }, name, last: end };
  }

  /** "Ambassador Maria Lopez (Chile)": a state alone in brackets right after a name. */
  bracketStateAfter(last: number): string | null {
    const k = this.bracketAfter(last);
    if (k === null) return null;
    const c = this.countries.find((x) => x.start === this.ws[last + 1]!.start && x.end === this.ws[k]!.end && x.kind !== 'city' && x.kind !== 'capital');
    return c?.iso3 ?? null;
  }

  /** The first and last word of a name alone in brackets after word k and before a colon ("(Dr. Manmohan Singh):"), or null. */
  speakerInBrackets(k: number): [number, number] | null {
    if (!/^\s*\($/.test(this.gap(k, k + 1))) return null;
    const first = k + 1 + honorificsAt(this.ws, k + 1);
    const last = first < this.ws.length ? this.nameRun(first, true) : -1;
    return last >= first && /^\)\s*:/.test(this.gap(last, last + 1)) ? [first, last] : null;
  }

  /** The last word of "of the Arab League", "of the Organization of Islamic Cooperation" after word k, before a comma or "(OIC),"; or null. */
  bodyAfter(k: number): number | null {
    const { ws } = this;
    if (ws[k + 1]?.key !== 'of') return null;
    let m = k + 2 + (ws[k + 2]?.key === 'the' ? 1 : 0);
    if (!ws[m]?.capitalised) return null;
    for (let n = 0; m < ws.length && n < 8; m++, n++) {
      const w = ws[m]!;
      if (!/^\s+$/.test(this.gap(m - 1, m)) && m > k + 2) return null;
      if (!w.capitalised && !['of', 'for', 'and', 'the', '&'].includes(w.key)) return null;
      // (A university's, a school's or a firm's head holds no office the readouts follow.)
      if (/^(?:university|college|school|institute|academy|company|corporation|ltd|inc|club|hospital)$/.test(w.key)) return null;
      // The run ends at the comma (or at the bracket of its abbreviation, which nameAfterComma reads).
      if (w.capitalised && /^\s*(?:,|\(\s*\p{Lu}{2,8}\s*\)\s*,)/u.test(this.text.slice(w.end, w.end + 14))) return m;
    }
    return null;
  }

  /**
   * After a role or its state (word k: "Speaker", "of the Russian", "of Pakistan" + "’s"), a run of up to four
   * capitalised words that ends in a body's word ("State Duma", "National Assembly", "Sovereign Wealth Authority"),
   * followed by a name or by a comma (`then`): the run's last word, or null.
   */
  bodyRunAfter(k: number, then: 'name' | 'comma'): number | null {
    const { ws } = this;
    if (!/^(?:\s+|['’]s\s+)$/.test(this.gap(k, k + 1))) return null;
    for (let m = k + 1; m < ws.length && m <= k + 4; m++) {
      const w = ws[m]!;
      if (!w.capitalised || (m > k + 1 && !/^\s+$/.test(this.gap(m - 1, m)))) return null;
      if (!organisationWords().has(w.key)) continue;
      if (then === 'comma' ? /^\s*,/.test(this.text.slice(w.end)) : m + 1 < ws.length && !BREAK.test(this.gap(m, m + 1)) && this.nameRun(m + 1) > m + 1)
        return m;
    }
    return null;
  }

  /** The word of "(MPs)", "(FM)" right after word k: one word in capitals, a title's abbreviation; or null. */
  abbreviationAfter(k: number): number | null {
    const w = this.ws[k + 1];
    return w && /^\s*\($/.test(this.gap(k, k + 1)) && /^\p{Lu}{2,}s?$/u.test(w.text) && /^\)/.test(this.gap(k + 1, k + 2)) ? k + 1 : null;
  }

  /** The last word inside a short bracket right after word k ("(Interior)", "(Foreign Affairs)"), or null. */
  bracketAfter(k: number): number | null {
    if (!/^\s*\($/.test(this.gap(k, k + 1))) return null;
    for (let m = k + 1; m + 1 < this.ws.length && m <= k + 5; m++) if (/^\)/.test(this.gap(m, m + 1))) return m;
    return null;
  }

  /** The last word of "at the Presidency", "in the Office of the President" after word k, or k. */
  /**
   * The end of an office's portfolio that runs on in capitals up to a comma ("Minister of National
   * Guard,"): up to three capitalised words (with "and", "of" between), else k.
   */
  portfolioRunAfter(k: number): number {
    const { ws } = this;
    for (let m = k + 1; m < ws.length && m <= k + 4; m++) {
      if (!/^\s+$/.test(this.gap(m - 1, m))) return k;
      const w = ws[m]!;
      if (!w.capitalised && !['and', 'of', '&'].includes(w.key)) return k;
      if (w.capitalised && m + 1 < ws.length && /^\s*,/.test(this.gap(m, m + 1))) return m;
    }
    return k;
  }

  /** "Embassy" at j, with "in <place>" after it and no break: the last word of the phrase, or null. */
  embassyEnd(j: number): number | null {
    const { ws } = this;
    if (ws[j]!.key !== 'embassy' || BREAK.test(this.gap(j - 1, j))) return null;
    const last = this.inPlaceAfter(j);
    if (last === null) return j;
    return BREAK.test(this.gap(last, last + 1)) ? null : last;
  }

  /** "in Belgrade", "in New Delhi" right after word k: the place's last word, or null. */
  inPlaceAfter(k: number): number | null {
    const { ws } = this;
    if (ws[k + 1]?.key !== 'in' || k + 2 >= ws.length) return null;
    const place = this.countries.find((c) => c.start === ws[k + 2]!.start && c.kind !== 'adjective');
    if (!place) return null;
    let last = k + 2;
    while (last + 1 < ws.length && ws[last + 1]!.end <= place.end) last++;
    return last;
  }

  /** A diplomat's post before the comma: "the Ambassador of Germany in Belgrade, Anke Konrad". The post's last word, or null. */
  postAfter(role: RolePhrase): number | null {
    const last = role.title.category === 'diplomat' ? this.inPlaceAfter(role.last) : null;
    return last !== null && /^\s*,/.test(this.gap(last, last + 1)) ? last : null;
  }

  officePlaceAfter(k: number): number {
    const { ws } = this;
    const link = ws[k + 1]?.key ?? '';
    if (!['at', 'in', 'of'].includes(link) || BREAK.test(this.gap(k, k + 1))) return k;
    let office = false;
    // (Up to a dozen words or so: "Director of the Protocol Department at the Ministry of Foreign Affairs, Name".)
    for (let m = k + 2; m < ws.length && m <= k + 14; m++) {
      if (BREAK.test(this.gap(m - 1, m))) return k;
      const w = ws[m]!;
      // "Spokesperson of the Ministry of External Affairs, Name": "of" an office of state only (the
      // president "of King Saud University" heads no office of a state).
      office ||= (link !== 'of' && organisationWords().has(w.key)) || OFFICE_PLACES.has(w.key);
      if (office && m + 1 < ws.length && /^\s*,/.test(this.gap(m, m + 1))) return m;
      if (!office && !OFFICE_CONNECTORS.has(w.key) && !w.capitalised) return k;
    }
    return k;
  }

  /** The places a role phrase's words name, in order (none for a role from knowledge). */
  private countriesWithin(role: RolePhrase): CountryMention[] {
    if (role.first < 0) return [];
    const start = this.ws[role.first]!.start,
      end = this.ws[role.last]!.end;
    return this.countries.filter((c) => c.start >= start && c.end <= end);
  }

  /** The states a title names, in order: "the foreign ministers of Peru and Ecuador" → PER, ECU. */
  statesIn(role: RolePhrase): string[] {
    const within = this.countriesWithin(role).filter((c) => c.kind !== 'city' && c.kind !== 'capital' && c.kind !== 'seat');
    // "Russian and Belarusian presidents, A and B": the states coordinated before a plural title, in order.
    const first = within[0];
    if (role.plural && within.length === 1 && first && first.start === this.ws[role.first]!.start) {
      const before: string[] = [];
      for (let at = first.start; ;) {
        const c = this.countries.findLast((x) => x.end <= at && x.kind === 'adjective');
        if (!c || !/^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)$/.test(this.text.slice(c.end, at))) break;
        before.unshift(c.iso3);
        at = c.start;
      }
      return [...before, first.iso3];
    }
    return within.map((c) => c.iso3);
  }

  /** A plural title with one state in it ("the ministers of Energy and Water of Angola"), not a pair ("of Chile and Argentina"). */
  oneState(role: RolePhrase): boolean {
    return role.country !== null && this.countriesWithin(role).length === 1;
  }

  /**
   * The next part of a plural title read one state at a time: from "of" at `at`, an office ending in
   * a state, a comma and a name ("of Foreign Affairs of Egypt, Sameh Shoukry").
   */
  distributedPart(role: RolePhrase, at: number): { role: RolePhrase; name: number; last: number } | null {
    const { ws } = this;
    for (let k = at + 1; k + 1 < ws.length && k <= at + 10; k++) {
      if (BREAK.test(this.gap(k - 1, k))) return null;
      if (!/^\s*,\s*$/.test(this.gap(k, k + 1))) continue;
      const state = this.countries.find((c) => c.end === ws[k]!.end && (c.kind === 'name' || c.kind === 'official'));
      if (!state) return null;
      const name = k + 1 + honorificsAt(ws, k + 1);
      const last = name < ws.length ? this.nameRun(name, true) : -1;
      if (last <= name) return null;
      const office = `${role.title.form} ${this.text.slice(ws[at]!.start, ws[k]!.end)}`;
      return { role: { ...role, role: office, country: state.iso3, plural: false, first: at, last: k }, name, last };
    }
    return null;
  }

  /** "the minister of Foreign Affairs, Téte António,": a name after the role and a comma, closed by a comma, "and", a verb or the end. */
  /** The spokesperson's role when the role is whom a spokesperson speaks for ("a spokesman for the President"). */
  speakerFor(role: RolePhrase): RolePhrase | null {
    const { ws } = this;
    const article = ws[role.first - 1]?.key === 'the' ? 1 : 0;
    const at = role.first - article - 2;
    if (at < 0 || !SPEAKS_FOR.has(ws[at + 1]!.key)) return null;
    const speaker = rolePhraseAt(this.text, ws, this.countries, at, false);
    if (!speaker || speaker.last > role.last || !spokespersonTitles().has(speaker.title.form.toLowerCase())) return null;
    return { ...speaker, country: speaker.country ?? role.country, last: role.last };
  }

  /** The last word of "on both sides", "of the two countries", "of both states" right after word k, else null. */
  bothSidesAfter(k: number): number | null {
    const m = /^\s+(?:on\s+both\s+sides|of\s+(?:the\s+two|both)\s+(?:countries|sides|states|nations|governments))\b/i.exec(
      this.text.slice(this.ws[k]!.end, this.ws[k]!.end + 40),
    );
    if (!m) return null;
    const end = this.ws[k]!.end + m[0].length;
    let last = k;
    while (last + 1 < this.ws.length && this.ws[last + 1]!.end <= end) last++;
    return last;
  }

  nameAfterComma(role: RolePhrase, portfolioRun = false): [number, number, string?] | null {
    const { ws } = this;
    // "at the headquarters of the president of Algeria, El Mouradia": a place the role describes, named after the comma.
    if (
      role.first > 0 &&
      /\b(?:headquarters|palace|residence|office|seat|home|house|compound)\s+of\s+(?:the\s+)?$/i.test(
        this.text.slice(Math.max(0, ws[role.first]!.start - 40), ws[role.first]!.start),
      )
    )
      return null;
    // "Sayyid Badr, Foreign Minister, Qais Al Yousef, Minister of …": a role after a name and a comma is
    // that name's, unless a role before the name took it ("Secretary of X Pablo Mena, Secretary of Y, Luis Pardo").
    // (… also with an article: "Carlos Cuerpo, the Economy Minister, Xiana Méndez, the Commerce Secretary".)
    // (… or words on the holder's standing: "Ana Soler, non-resident Ambassador of Chile, Juan Perez, …".)
    let article = 0;
    while (role.first - 1 - article > 0) {
      const w = ws[role.first - 1 - article]!;
      if (w.key === 'the' || (ROLE_STANDING.has(w.key) && !w.capitalised)) article++;
      else if (/^(?:appointed|accredited|elected)$/.test(w.key) && ws[role.first - 2 - article]?.key === 'newly') article += 2;
      else break;
    }
    const at = role.first - 1 - article;
    const before = ws[at];
    if (
      before &&
      before.capitalised &&
      !this.taken.has(at) &&
      /^\s*,\s*$/.test(this.gap(at, at + 1)) &&
      // (With the article, a full name before the comma: "Carlos Cuerpo, the …", not "Recently, the …".)
      (!article ||
        (!/[^\s\p{L}-]/u.test(this.text.slice(ws[at + 1]!.end, ws[role.first]!.start)) &&
          at > 0 &&
          /^\s+$/.test(this.gap(at - 1, at)) &&
          isNameWord(ws[at - 1]!, titleWords()))) &&
      isNameWord(before, titleWords())
    )
      return null;
    // "Director of Communications at the presidency, Eugene Arhin,": the office's place before the comma.
    // … and the rest of a portfolio the lexicon does not know: "Minister of National Guard, Prince X".
    let roleEnd = portfolioRun ? this.portfolioRunAfter(role.last) : (this.postAfter(role) ?? this.officePlaceAfter(role.last));
    // "the Secretary General of the Arab League, Ahmed Aboul Gheit,": the body the office heads, in capitals.
    if (roleEnd === role.last) roleEnd = this.bodyAfter(role.last) ?? roleEnd;
    // "the Ministers of Foreign Affairs on both sides, A and B": the two sides the plural office is held on.
    if (role.plural) roleEnd = this.bothSidesAfter(roleEnd) ?? roleEnd;
    // "the Vice President of the United States (US), Kamala Harris": the state's abbreviation in brackets.
    // (Never the role's own word: "PM Modi" opening a sentence is no bracket.)
    let bracketed = roleEnd > role.first && /^\p{Lu}{2,6}$/u.test(ws[roleEnd]!.text) && /\(\s*$/.test(this.gap(roleEnd - 1, roleEnd));
    if (
      ws[roleEnd + 1] &&
      /^\s*\(\s*$/.test(this.gap(roleEnd, roleEnd + 1)) &&
      /^\p{Lu}{2,6}$/u.test(ws[roleEnd + 1]!.text) &&
      /^\s*\)\s*,\s*$/.test(this.gap(roleEnd + 1, roleEnd + 2))
    ) {
      roleEnd += 1;
      bracketed = true;
    }
    const comma = roleEnd + 1;
    // (A spaced dash sets the name off as a comma does: "the First President of Kazakhstan – Nursultan Nazarbayev".)
    if (comma >= ws.length || !(bracketed ? /^\s*\)\s*,\s*$/ : /^\s*,\s*$|^\s+[–—]\s+$/).test(this.gap(roleEnd, comma))) return null;
    // Only a role that stands by itself: with its country, its portfolio or an article ("the Minister").
    // … or a full office ("Minister of Foreign Affairs, Ana Lopez,"), or one that opens the sentence.
    const standalone =
      role.country !== null ||
      role.role !== role.title.form ||
      role.title.keys.length > 1 ||
      role.first === 0 ||
      // … also after a word of time: "Kuwait's former Amir, Sheikh Nawaf …".
      // (… or "host": "him and host President, Filipe Nyusi".)
      ['the', 'a', 'former', 'late', 'then', 'outgoing', 'incoming', 'new', 'current', 'his', 'her', 'their', 'its', 'host', 'visiting'].includes(
        ws[role.first - 1]!.key,
      ) ||
      // … or opens its clause after a sentence adverb: "Meanwhile, International Trade Minister, X,".
      (role.first === 1 && /^\s*,\s*$/.test(this.gap(0, 1)));
    if (!standalone) return null;
    // (Not a dash between two offices: "Deputy Prime Minister – Foreign Minister Murat Nurtleu".)
    if (!/,/.test(this.gap(roleEnd, comma)) && titleAt(ws, comma)) return null;
    // "along with the Kazakh president, Prime Minister Sharif described …": a name with an office of its own, another
    // than the role's, is someone else (the role closes a phrase, the name opens the clause).
    const named = this.nameAt(comma);
    // "In his meeting with the Prime Minister, Dr. Thani Al Zeyoudi emphasized …": a role closing an opening phrase
    // is no apposition of the name that follows as the subject of the sentence's verb.
    if (named && this.frontedPhraseEndsAt(role, comma) && !/^\s*[,(]/.test(this.text.slice(ws[named[1]]!.end, ws[named[1]]!.end + 3))) return null;
    if (named) return named;
    // "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Nasser Bourita,": the
    // rest of a portfolio list, then the name.
    const more = this.portfolioListAfter(comma);
    if (more > 0) return this.nameAt(more);
    // "the Group General Manager, Nigerian National Petroleum Corporation, Mr. Farouq Garba": the body the
    // office is of, between two commas, then the name.
    const body = role.title.category === 'official' ? this.organisationRunAfter(comma) : -1;
    const afterBody = body > 0 ? this.nameAt(body) : null;
    if (!afterBody) return null;
    const states = new Set(this.countries.filter((c) => c.start >= ws[comma]!.start && c.end <= ws[body - 1]!.end).map((c) => c.iso3));
    return states.size === 1 ? [...afterBody, [...states][0]!] : afterBody;
  }

  /**
   * A body's name from word k up to a comma: capitalised words (with "of", "the", "for", "and", "in" between) that
   * hold an organisation's word ("Corporation", "Authority", "Office"). The word after the comma, or -1.
   */
  organisationRunAfter(k: number): number {
    const { ws } = this;
    let organisation = false;
    for (let m = k; m < ws.length && m < k + 12; m++) {
      const w = ws[m]!;
      if (m > k && !/^\s+$/.test(this.gap(m - 1, m))) return -1;
      if (!w.capitalised && !['of', 'for', 'the', 'and', 'in'].includes(w.key)) return -1;
      if (organisationWords().has(w.key)) organisation = true;
      if (w.capitalised && m + 1 < ws.length && /^\s*,\s*$/.test(this.gap(m, m + 1))) return organisation ? m + 1 : -1;
    }
    return -1;
  }

  /** The role ends a phrase that opens the sentence ("In his meeting with the Prime Minister,"), with no comma before it. */
  frontedPhraseEndsAt(role: RolePhrase, comma: number): boolean {
    const opening = this.text.slice(0, this.ws[role.first]!.start);
    // (The role the object of the phrase's preposition, "with the Prime Minister,"; not the subject after a time, "On
    // Monday the Minister of Foreign Affairs of Rwanda, X met …".)
    return (
      FRONTED_PHRASE.test(opening) &&
      !/[,;:]/.test(opening) &&
      /\b(?:with|to|by|for|from|of)\s+(?:the\s+|his\s+|her\s+|their\s+)?$/i.test(opening) &&
      /^\s*,\s*$/.test(this.gap(comma - 1, comma))
    );
  }

  /** The words after a portfolio list that runs on past a comma ("African Cooperation and Moroccan Expatriates,"), or -1. */
  portfolioListAfter(k: number): number {
    const { ws } = this;
    let and = false;
    for (let m = k; m < ws.length && m < k + 9; m++) {
      const w = ws[m]!;
      if (m > k && !/^\s+$/.test(this.gap(m - 1, m))) return -1;
      if (w.key === 'and') {
        and = true;
        continue;
      }
      // (Not another office: "The President, Prime Minister and Minister of Defence, X".)
      if ((!w.capitalised && !['of', 'for', 'the'].includes(w.key)) || titleAt(ws, m)) return -1;
      if (w.capitalised && and && m + 1 < ws.length && /^\s*,\s*$/.test(this.gap(m, m + 1))) return m + 1;
    }
    return -1;
  }

  /** The name after a role and its comma, at word `comma` (honorifics and a rank first), closed by a break or a verb. */
  nameAt(comma: number): [number, number] | null {
    const { ws } = this;
    let j = comma + honorificsAt(ws, comma);
    if (j >= ws.length) return null;
    // "The Spokesman for the Presidency, Ambassador Mohamed Saleh,": a bare title (a rank) between the
    // comma and the name; the role before the comma is the office.
    const rank = rolePhraseAt(this.text, ws, this.countries, j, false);
    if (rank && (rank.role !== rank.title.form || rank.country !== null || rank.plural)) return null;
    if (rank) j = this.pastRank(j);
    const last = this.nameRun(j, true);
    // (No body's name: "the Managing Director, Nigeria Sovereign Investment Authority, Mr. X".)
    if (last <= j || this.organisational(j, last)) return null;
    // "The Fisheries Minister, Victoria Hale MP, has …": letters after the name, then what closes it.
    const letters = ws[last + 1] && POST_NOMINAL.test(ws[last + 1]!.text) && /^\s+$/.test(this.gap(last, last + 1)) ? 1 : 0;
    const after = ws[last + 1 + letters];
    const closes =
      !after ||
      (letters === 1 && /^\s*[,;.(]/.test(this.gap(last + 1, last + 2))) ||
      /^\s*[,;.(]/.test(this.gap(last, last + 1)) ||
      after.key === 'and' ||
      // (… or "as well as" going on with a list: "the Qatari Ambassador to Romania, X as well as …".)
      (after.key === 'as' && this.ws[last + 2 + letters]?.key === 'well') ||
      // (… or the name's state: "the prime ministers of both countries, A of Egypt and B of Jordan".)
      (letters === 0 && after.key === 'of' && this.countryPhraseAfter(last) !== null) ||
      personWords().verbs.has(after.key) ||
      ['has', 'have', 'had', 'will', 'would', 'was', 'is', 'also', 'yesterday', 'today'].includes(after.key) ||
      // "…, Denis Manturov on Tuesday met": a day before the verb.
      (after.key === 'on' && DAY_AFTER_ON.test(ws[last + 2]?.key ?? ''));
    return closes ? [j, last] : null;
  }

  /** "Gov. AbdulRahman AbdulRasaq of Kwara": a governor's or premier's region after the name. */
  regionAfter(role: RolePhrase, last: number): RolePhrase {
    if (!REGIONAL_TITLES.has(role.title.form) || role.country !== null) return role;
    // "Governor of Sichuan" read whole by the title, or "Governor" with "of Sichuan" after the name.
    const inRole = new RegExp(`^${escapeRegExp(role.title.form)}\\s+of\\s+(.+)$`, 'i').exec(role.role)?.[1];
    const m = inRole ? null : /^\s+of\s+((?:the\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?(?:\s+State)?)/u.exec(this.text.slice(this.ws[last]!.end));
    const named = inRole ?? m?.[1];
    if (!named) {
      // "Sindh Chief Minister Syed Qaim Ali Shah": the region named before the office.
      const before =
        role.first >= 0
          ? /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+$/u.exec(this.text.slice(Math.max(0, this.ws[role.first]!.start - 40), this.ws[role.first]!.start))
          : null;
      const state = before ? (regionState(before[1]!) ?? regionState(before[1]!.split(/\s+/).at(-1)!)) : null;
      return state ? { ...role, country: state } : role;
    }
    // "Governor of Sichuan", "Mayor of Istanbul": the state whose region or city it is.
    const place = named.replace(/^the\s+/i, '');
    const city = lookupForm(place);
    const state = regionState(place) ?? (city && (city.kind === 'city' || city.kind === 'capital') ? city.iso3 : null);
    return { ...role, role: inRole ? role.role : `${role.title.form} of ${named}`, country: state };
  }

  /** Rules name-appositive-role, name-subject-of-verb, speaker-after-verb, first-name-patronymic. */
  untitled(): void {
    const { ws } = this;
    for (let i = 0; i < ws.length; i++) {
      if (this.taken.has(i)) continue;
      // An honorific before the name is no part of it, whatever its words ("H. E. Obiang Nguema": not "E. Obiang").
      const honorific = honorificsAt(ws, i);
      if (honorific) {
        i += honorific - 1;
        continue;
      }
      // "Mr. PHAM Minh Chinh, Prime Minister of …": a family name in capitals before the given name, as
      // Japanese and Vietnamese portals write them; after an honorific or before the role only.
      // (… and, after "counterpart", a family name that is also a word: "his South Korean counterpart Park Jin".)
      const afterCounterpart =
        i > 0 &&
        /^counterparts?$/.test(ws[i - 1]!.key) &&
        !isNameWord(ws[i]!, titleWords()) &&
        isNameWord(ws[i]!, titleWords(), true) &&
        ws[i + 1] !== undefined &&
        isNameWord(ws[i + 1]!, titleWords());
      const nameWord = isNameWord(ws[i]!, titleWords()) || afterCounterpart;
      const capsFamily = !nameWord && this.capsFamilyAt(i);
      // "A. Gitesh Sarma, Secretary (West)": a name that opens with an initial.
      // (… or with dotted initials: "K.P. Sharma Oli", "K. P. Sharma Oli".)
      let dotted = i;
      // (Not a state's abbreviation, "U.S.", "U.K.", which the country recogniser reads.)
      while (
        dotted < ws.length - 1 &&
        /^(?:\p{Lu}\.){1,3}$/u.test(ws[dotted]!.text) &&
        !this.countries.some((c) => c.start === ws[dotted]!.start) &&
        !STATE_ABBREVIATIONS.test(ws[dotted]!.text) &&
        /^\s*$/.test(this.gap(dotted, dotted + 1))
      )
        dotted++;
      const initialFirst =
        !nameWord &&
        !capsFamily &&
        ((/^\p{Lu}\.?$/u.test(ws[i]!.text) &&
          /^\.?\s+$/.test(this.gap(i, i + 1)) &&
          // (… also an initial written without its dot, as Indian papers write "S Jaishankar"; not the words "A" and "I".)
          (ws[i]!.text.endsWith('.') || this.gap(i, i + 1).startsWith('.') || (/^[B-HJ-Z]$/.test(ws[i]!.text) && this.gap(i, i + 1) === ' ')) &&
          !!ws[i + 1] &&
          isNameWord(ws[i + 1]!, titleWords())) ||
          (dotted > i && isNameWord(ws[dotted]!, titleWords())));
      if (!nameWord && !capsFamily && !initialFirst) continue;
      // "the Snow Leopard", "a Grand Hotel": a determiner before it makes it a thing, not a person.
      // (Not one that ends a quotation before it: "… good base for that,” Putin said".)
      if (i > 0 && DETERMINERS.has(ws[i - 1]!.key) && !/[,;:.!?”"’»)]/.test(this.gap(i - 1, i))) continue;
      // "University of Artificial Intelligence": the tail of a capitalised name, not a person.
      if (i > 1 && ws[i - 1]!.key === 'of' && ws[i - 2]!.capitalised && !titleWords().has(ws[i - 2]!.key)) continue;
      const last = this.nameRun(i, afterCounterpart);
      if (last < i) continue;
      // "Kenya Shipyard Limited signed …": a run that ends in a firm's legal form is a body, not a person.
      // (Not every word of a body's name: "Ambassador Martin Court", "Ahmed Bank" are people.)
      // (… or in an organisation's word: "Hassad Foods holds …", "Minister X and Dangote Cement"; not after an office's word,
      // "Ambassador Martin Court said".)
      const afterTitle = i > 0 && titleWords().has(ws[i - 1]!.key);
      if (last > i && (legalForms().has(ws[last]!.key) || (organisationWords().has(ws[last]!.key) && !afterTitle))) {
        i = last;
        continue;
      }
      // "Wisma Putra said", "the Kremlin noted": a name that is wholly a known place or seat of
      // government speaks for a state; it is not a person.
      // (… or lies inside one: "said Sao Tome and Principe stands ready".)
      if (this.countries.some((c) => c.start <= ws[i]!.start && c.end >= ws[last]!.end)) {
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
      // "Mehmet Şimşek, Vice President Cevdet Yılmaz and …": a full name listed before a titled person is a person too.
      if (last > i && this.listedBeforeTitled(last)) {
        this.add(i, last, null, 'listed-name');
        i = last;
        continue;
      }
      if (capsFamily && !(i > 0 && (honorificsAt(ws, i - 1) === 1 || (i > 1 && honorificsAt(ws, i - 2) === 2)))) continue;
      const next = ws[after];
      // (… also past an aside between commas: "Zelenskyy, meanwhile, spoke with …", "Arce, in turn, wrote".)
      const aside = next !== undefined && /^\s*,\s*$/.test(this.gap(last, after)) ? asideAt(ws, after, (a, b) => this.gap(a, b)) : 0;
      const verbAt = after + aside;
      const verb = ws[verbAt];
      // (Past an aside, only a leader the world knows: "Human Rights Watch, however, said" is no person.)
      const subject =
        verb !== undefined &&
        (aside > 0 ? last === i && isLeaderWord(ws[i]!.text) : !/[,;:()"“”«»]/.test(this.gap(last, after))) &&
        (personWords().verbs.has(verb.key) ||
          (aside === 0 && verb.key === 'in' && ws[verbAt + 1]?.key === 'turn') ||
          (BEFORE_VERB.has(verb.key) &&
            personWords().verbs.has(ws[verbAt + 1]?.key ?? '') &&
            // ("Lula is scheduled to visit": after "is" or "was", only a name the world knows as a leader's, not a firm's.)
            (!IS_OR_WAS.has(verb.key) ||
              leadersNamed(
                ws.slice(i, last + 1).map((w) => w.text),
                null,
                null,
              ).length > 0)));
      // (Not a place's name: "He said Masdar City is developed …".)
      const speaker = i > 0 && SPEECH_BEFORE_NAME.has(ws[i - 1]!.key) && !this.namedAfter(last);
      // "alongside his counterpart Gurbanguly Berdimuhammadov": a counterpart is a person, whatever follows.
      // (… also after an honorific, which makes one word a name: "his Bangladeshi counterpart Sheikh Hasina".)
      const honoured = i > 0 && honorificsAt(ws, i - 1) === 1 ? 1 : i > 1 && honorificsAt(ws, i - 2) === 2 ? 2 : 0;
      // (… also with the state after the word: "his counterpart from Peru, Juan Carlos Mathews".)
      const counterpart =
        i - honoured > 0 &&
        (/^counterparts?$/.test(ws[i - 1 - honoured]!.key) ||
          COUNTERPART_FROM_STATE.test(this.text.slice(Math.max(0, ws[i - honoured]!.start - 70), ws[i - honoured]!.start))) &&
        (last > i || honoured > 0);
      const patronymic = last === i + 1 && isPatronymic(ws[last]!.text);
      // "welcomed by Mrs Jenni Haukio", "with his spouse Brigitte Macron": a full name after a courtesy
      // title or a word of kinship is a person's, whatever follows.
      const courtesy = last > i && i > 0 && COURTESY.test(ws[i - 1]!.text) && !BREAK.test(this.gap(i - 1, i));
      const kin = last > i && KIN_BEFORE.test(this.text.slice(Math.max(0, ws[i]!.start - 30), ws[i]!.start));
      // A transcript's speaker label: "Vladimir Putin: Dear friend, …" at the start of a paragraph.
      // A label before a bare number ("Rate Count: 41") is page furniture: a speaker says words.
      // (Not a list item's label: "- Medical Products Regulation: Cooperation between …".)
      // (Not a page's label before a date: "Last Update : Friday, Oct 9, 2015".)
      const label =
        i === 0 &&
        last > i &&
        /^\s*:[^\p{L}]*\p{L}{2}/u.test(this.text.slice(ws[last]!.end)) &&
        !/[-–—•*·▪]/.test(this.text.slice(0, ws[i]!.start)) &&
        !LABEL_BEFORE_DATE.test(this.text.slice(ws[last]!.end, ws[last]!.end + 40));
      // One word alone is a person only as a speaker ("said Tokayev"), or as the subject of a verb when the world
      // knows it as a leader's family name ("Putin decided not to attend"); other subjects need a full name.
      // (… also the first of two subjects: "Aliyev and Pashinyan met".)
      const pairedSubject =
        next?.key === 'and' &&
        !/[,;:()"“”«»]/.test(this.gap(last, after)) &&
        ws[after + 1]?.capitalised === true &&
        personWords().verbs.has(ws[after + 2]?.key ?? '');
      const leaderAlone =
        (subject || pairedSubject) && last === i && isLeaderWord(ws[i]!.text) && !this.namesSomething(i) && leadersNamed([ws[i]!.text], null, null).length > 0;
      // "signed by Dr Vincent Biruta and Andrzej Szejna of Poland": a full name joined by "and" to a person just named.
      const coordinated =
        last > i &&
        i > 1 &&
        ws[i - 1]!.key === 'and' &&
        this.gap(i - 2, i - 1) === ' ' &&
        this.gap(i - 1, i) === ' ' &&
        this.mentions.some((m) => m.end === ws[i - 2]!.end) &&
        /^(?:\s*[,.;:)]|\s+of\s+(?:the\s+)?\p{Lu}|\s*$)/u.test(this.text.slice(ws[last]!.end));
      if (patronymic || label || counterpart || courtesy || kin || leaderAlone || coordinated || ((subject || speaker) && (last > i || speaker))) {
        this.add(
          i,
          last,
          null,
          patronymic
            ? 'first-name-patronymic'
            : coordinated
              ? 'name-joined-to-person'
              : courtesy || kin
                ? 'courtesy-or-kin-name'
                : label
                  ? 'transcript-speaker'
                  : counterpart
                    ? 'counterpart-name'
                    : speaker
                      ? 'speaker-after-verb'
                      : 'name-subject-of-verb',
        );
      } else if (
        last > i &&
        isLeaderWord(ws[last]!.text) &&
        !this.namesSomething(last) &&
        leadersNamed(
          // (The name past honorifics inside the run: "… Revolution Ayatollah Ali Khamenei".)
          ws.slice(this.pastInnerHonorifics(i, last), last + 1).map((w) => w.text),
          null,
          null,
        ).length
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
  return { mentions: withListState(text, found.mentions, countries), references: found.references };
}

const INTERNATIONAL_OFFICE =
  /\b(?:UN|U\.N\.|United\s+Nations|European|EU|Commission|World|Bank|Fund|IMF|Union|Organi[sz]ation|NATO|ASEAN|OPEC|WHO|WTO|Secretary-General|Secretary\s+General)\b/u;
// Between two items of a list of officials: a comma (and "and"), then the next one's title in capitals.
const NEXT_OFFICIAL = /^\s*,\s*(?:and\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|of|the|for|and)\s+){1,8}$/u;

/**
 * "Bahraini Deputy Prime Minister X, House of Representatives Speaker Y, Shura Council Chairman Z and …": a list of
 * officials its first item's state opens; the items that name no state of their own are of that state.
 */
function withListState(text: string, mentions: PersonMention[], countries: readonly CountryMention[]): PersonMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const state = new Map<PersonMention, string>();
  for (let k = 1; k < sorted.length; k++) {
    const [before, person] = [sorted[k - 1]!, sorted[k]!];
    const listed = state.get(before) ?? before.country;
    if (person.country !== null || person.role === null || listed === null) continue;
    // (The title stands between them, and the list goes on after the name: not "Talking to Qatar's Emir X, PM Y reiterated".)
    const gap = text.slice(before.end, person.start);
    if (!NEXT_OFFICIAL.test(gap) || !gap.includes(person.role.title.form) || !/^\s*(?:,|and\b)/.test(text.slice(person.end))) continue;
    // (Not an international body's officer, "World Bank President X", nor a leader the knowledge table knows of another state.)
    if (INTERNATIONAL_OFFICE.test(gap) || leadersNamed(person.parts, null, null).length > 0) continue;
    if (countries.some((c) => c.start >= before.end && c.end <= person.start)) continue;
    state.set(person, listed);
  }
  if (!state.size) return mentions;
  return mentions.map((m) => {
    const country = state.get(m);
    return country ? { ...m, country, role: m.role ? { ...m.role, country } : m.role } : m;
  });
}

/** Mentions of already-known family names anywhere in a sentence ("Zhumangarin stated"). */
export function findKnownNames(
  text: string,
  ws: readonly Word[],
  /** `before`: the few characters before the word ("Mr ", "Dr. "). */
  isKnown: (word: string, before: string) => boolean,
  taken: ReadonlyArray<{ start: number; end: number }>,
): PersonMention[] {
  const out: PersonMention[] = [];
  for (const w of ws) {
    if (!w.capitalised || !isKnown(w.text, text.slice(Math.max(0, w.start - 8), w.start)) || taken.some((t) => w.start < t.end && w.end > t.start)) continue;
    out.push({
      parts: [w.text],
      text: text.slice(w.start, w.end),
      start: w.start,
      end: w.end,
      role: null,
      country: null,
      patronymic: false,
      rule: 'known-family-name',
    });
  }
  return out;
}
