// Named documents → agreements. A document is named when its kind word ("agreement", "Road Map")
// carries a subject ("on strategic partnership") or a capitalised title; plural bundles ("a number
// of documents were signed") are not agreements. Status from the words around each mention; one
// document mentioned several times is one agreement, with the most advanced status.
import type { AgreementKindT, AgreementStatusT, AgreementT } from '../facts/schema.js';
import { escapeRegExp, readList, readTable } from '../lexicon/load.js';
import type { RecognisedSentence } from '../recognise/recognise-document.js';
import { partiesFor, type DocumentContext } from './context.js';
import { evidenceList } from './evidence.js';
import { resolveDate } from './resolve-date.js';

const KINDS = readTable<'kind' | 'form'>('agreement-kinds.tsv').sort((a, b) => b.form.length - a.form.length);
const KIND_OF = new Map(KINDS.map((k) => [k.form.toLowerCase(), k.kind as AgreementKindT]));
const STATUS = readTable<'status' | 'form'>('agreement-status.tsv').sort((a, b) => b.form.length - a.form.length);
const STATUS_RE = new RegExp(`\\b(${STATUS.map((s) => escapeRegExp(s.form)).join('|')})\\b`, 'gi');
const STATUS_OF = new Map(STATUS.map((s) => [s.form.toLowerCase(), s.status as AgreementStatusT]));
const STATUS_RANK: Record<AgreementStatusT, number> = { planned: 0, signed: 1, in_force: 2 };

// "[the] [2025] [Comprehensive Strategic Partnership] KIND [on|between|of … ]"
const SUBJECTS = readList('agreement-subjects.txt').sort((a, b) => b.length - a.length);
const SUBJECT_BEFORE = new RegExp(`(?:^|\\s)(${SUBJECTS.map(escapeRegExp).join('|')})\\s*$`, 'i');
const MODIFIER = String.raw`(?:(?:\d{4}(?:[-–]\d{4})?|[A-Z][\p{L}-]*|[a-z]+-[a-z]+|intergovernmental|bilateral|trilateral|joint|comprehensive|framework|strategic|new|landmark|historic|important|${SUBJECTS.flatMap((x) => x.split(/\s+/)).filter((w, i, all) => all.indexOf(w) === i).map(escapeRegExp).join('|')})\s+){0,6}`;
// Matching is case-sensitive (capitals mark titles), so each kind is listed in its written cases.
const SMALL = /^(?:of|on|and|the|for|in|to|a)$/;
const titleCase = (form: string): string => form.split(' ').map((w, i) => (i > 0 && SMALL.test(w) ? w : w.charAt(0).toUpperCase() + w.slice(1))).join(' ');
const cases = (form: string): string[] => [form, form.charAt(0).toUpperCase() + form.slice(1), titleCase(form), form.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()), form.toUpperCase()];
const KIND_ALT = [...new Set(KINDS.flatMap((k) => cases(k.form)))].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
const COMPLEMENT = String.raw`(?:\s+(?:on|of|for|between|regarding|concerning|amending|establishing|in the field of|in the sphere of)\s+(?:[\p{L}\d'’–-]+(?:\s+|(?=[,.;:)\]]|$))){1,14})?`;
const ANY_KIND = new RegExp(`\\b(?:${KINDS.map((k) => escapeRegExp(k.form)).join('|')})\\b`, 'i');
const DOCUMENT = new RegExp(`(?<![\\p{L}])(${MODIFIER})(${KIND_ALT})(?![\\p{L}])(${COMPLEMENT})`, 'gu');
// Words that end a title: the clause goes on with a verb, a date or the parties.
const TITLE_STOP = /\s+(?:was|were|is|are|will|would|has|have|had|shall|signed|which|that|who|during|after|before|within|at|by|in\s+(?:\d{4}|the year|January|February|March|April|May|June|July|August|September|October|November|December|the presence|the course)|between\s+(?:the\s+)?(?:two|our|both|[A-Z])|and\s+(?:the|a|an)\s|with|as|to\s+(?:be|further|ensure|strengthen|develop|promote|confirm|the)|aimed|aiming|following|today|yesterday|on\s+(?:\d|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b.*$/s;
const LIST_ITEM = /^\s*(?:[-–—•*·▪]|\d{1,2}[.)])\s+|;\s*$/;
const LEADING_NOISE = /^(?:(?:new|landmark|historic|important|the)\s+)+/i;

interface Draft {
  title: string;
  kind: AgreementKindT;
  parties: string[];
  status: AgreementStatusT;
  date: string | null;
  capitalised: boolean;
  sentences: RecognisedSentence[];
}

function statusNear(text: string, start: number, end: number): AgreementStatusT | null {
  let best: { status: AgreementStatusT; distance: number } | null = null;
  for (const m of text.matchAll(STATUS_RE)) {
    // The governing verb usually comes first ("signed a protocol … and an agreement"); a status word after
    // the title often belongs to a clause about something else ("…, which has been in force since 2021").
    const distance = m.index! >= end ? m.index! - end + 30 : Math.max(0, start - (m.index! + m[0].length));
    if (distance > 150) continue;
    // A relative clause ("…, which has been in force since 2021") speaks of the noun right before it only.
    const relative = /\b(?:which|that)\b[^,;]{0,20}$/i.test(text.slice(Math.max(0, m.index! - 25), m.index!));
    if (relative && !(m.index! >= end && m.index! - end < 30)) continue;
    const status = STATUS_OF.get(m[0].toLowerCase())!;
    if (!best || distance < best.distance) best = { status, distance };
  }
  if (!best) return null;
  const s = (best as { status: AgreementStatusT }).status;
  // "will sign" and "to be signed" are read whole above; a bare "signed" after "will be" is planned.
  if (s === 'signed' && /\b(?:will|shall|to|would)\s+(?:be\s+)?(?:sign|signed|conclude|adopt)/i.test(text)) {
    const future = /\b(?:will|shall|to|would)\s+(?:be\s+)?(?:sign|signed|concluded?|adopted?)\b/i.exec(text)!;
    if (Math.abs(future.index - start) < 120 && !/\b(?:signed|concluded|adopted|inked)\b(?!\s+(?:by|in)\s+the\s+future)/i.test(text.replace(future[0], ''))) return 'planned';
  }
  return s;
}

// Lower-case words that formal titles carry between capitalised ones ("Protocol of the fourth meeting of the Commission").
const TITLE_BRIDGES = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|meeting|session|sitting|round|years)$/i;
const TITLE_CONNECTORS = new Set(['of', 'on', 'and', 'in', 'the', 'for', 'between', 'to', 'a', 'an', 'with', 'at', 'by', 'from']);

/** A formal title runs while its words are capitalised: "on Allied Interaction [in the year of …]". */
function capitalisedRun(complement: string): string {
  const parts = complement.split(/(\s+)/);
  let keep = 0;
  for (let i = 0; i < parts.length; i++) {
    const w = parts[i]!;
    if (!w.trim()) continue;
    if (/^[\p{Lu}\d]/u.test(w)) keep = i + 1;
    else if (!TITLE_CONNECTORS.has(w.toLowerCase()) && !TITLE_BRIDGES.test(w)) break;
  }
  return parts.slice(0, keep).join('');
}

function titleFrom(modifiers: string, kindWord: string, complement: string): { title: string; capitalised: boolean; complementLength: number } {
  let complementText = complement.replace(TITLE_STOP, '').replace(/[\s,;:]+$/, '');
  // A title in title case ends with its capitals ("on Allied Interaction [in the year of …]"); one that
  // goes on in lower case ("Memorandum of Understanding on cooperation in renewable energy") keeps it.
  if (/^[A-Z]/.test(kindWord) && /^\s+(?:\S+\s+)?(?:the\s+)?[\p{Lu}\d]/u.test(complementText)) complementText = capitalisedRun(complementText);
  let mods = modifiers.replace(LEADING_NOISE, '');
  // Modifiers are kept only when they are part of a capitalised title ("2025 Road Map", "Joint Declaration").
  if (!/^[A-Z]/.test(kindWord)) {
    // A known subject before the kind word names the document ("an air services agreement").
    const subject = SUBJECT_BEFORE.exec(mods.trim());
    mods = subject ? subject[1]! : mods.split(/\s+/).filter((w) => /^(?:joint|intergovernmental|comprehensive|framework|bilateral|trilateral)$/i.test(w)).join(' ');
  }
  const title = `${mods.trim()} ${kindWord}${complementText}`.trim().replace(/\s+/g, ' ');
  return { title, capitalised: /^[A-Z0-9]/.test(kindWord) || /^[A-Z0-9]/.test(mods.trim()), complementLength: complementText.length };
}

function wordsOf(title: string): Set<string> {
  const STOP = new Set(['the', 'of', 'on', 'and', 'in', 'between', 'a', 'an', 'for', 'to', 'with', 'at', 'by']);
  return new Set(title.toLowerCase().split(/[^\p{L}\d]+/u).filter((w) => w && !STOP.has(w)));
}

function dice(a: string, b: string): number {
  const A = wordsOf(a), B = wordsOf(b);
  let n = 0;
  for (const w of A) if (B.has(w)) n++;
  return A.size + B.size ? (2 * n) / (A.size + B.size) : 1;
}

export interface AgreementOptions {
  /** The main encounter's date and end date: documents signed during it take its date. */
  readonly eventDate: string | null;
  readonly eventEnd: string | null;
  readonly eventPlanned: boolean;
  readonly eventCountries: readonly string[];
}

function signingDate(opts: AgreementOptions): string | null {
  if (!opts.eventDate) return null;
  if (!opts.eventEnd || opts.eventEnd === opts.eventDate) return opts.eventDate;
  const a = opts.eventDate.slice(0, 7), b = opts.eventEnd.slice(0, 7);
  return a === b && !a.startsWith('--') ? a : null;
}

export function extractAgreements(sentences: readonly RecognisedSentence[], ctx: DocumentContext, opts: AgreementOptions): AgreementT[] {
  const drafts: Draft[] = [];
  // "The following documents were signed:" gives its status to the list items after it.
  let listStatus: AgreementStatusT | null = null;
  for (const s of sentences) {
    const item = LIST_ITEM.test(s.text);
    if (!item) listStatus = /:\s*$/.test(s.text) ? statusNear(s.text, s.text.length, s.text.length) : null;
    if (!ANY_KIND.test(s.text)) continue; // cheap test first: the full pattern backtracks
    const re = DOCUMENT; // one shared pattern, restarted for each sentence
    re.lastIndex = 0;
    const spans: Array<[number, number]> = [];
    const found: Array<{ start: number; end: number; title: string; capitalised: boolean; kind: AgreementKindT }> = [];
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      const [, modifiers = '', kindWord = '', complement = ''] = m;
      const kind = KIND_OF.get(kindWord.toLowerCase());
      const { title, capitalised, complementLength } = titleFrom(modifiers, kindWord, complement);
      const start = m.index + modifiers.length, end = start + kindWord.length + complementLength;
      // Go on right after this title, so "signed the A, the B and the C" yields A, B and C.
      re.lastIndex = Math.max(end, m.index + 1);
      spans.push([m.index, end]);
      if (kind) found.push({ start, end, title, capitalised, kind });
    }
    for (const { start, end, title, capitalised, kind } of found) {
      const named = capitalised || title.split(' ').length > 1;
      if (!named) continue;
      const status = statusNear(s.text, start, end) ?? (item ? listStatus : null);
      // A mention is a document of record only when the text has it signed, planned or in force.
      if (!status) continue;
      const stated = s.dates
        // Dates inside any document's title ("for 2024–2027") are periods of validity, not signing dates.
        .filter((d) => (d.kind !== 'relative-day' || ctx.published) && !spans.some(([a, b]) => d.start < b && d.end > a))
        // "in force since 2021" dates the entry into force, not a signing.
        .filter((d) => status === 'in_force' || !/\bsince\s+$/i.test(s.text.slice(Math.max(0, d.start - 7), d.start)))
        // "today" dates the report; a calendar date near the title dates the document.
        .map((d) => ({ d, distance: (d.start >= end ? d.start - end : start - d.end + 20) + (d.kind === 'relative-day' ? 100 : 0) }))
        .filter((x) => x.distance <= 130)
        .sort((a, b) => a.distance - b.distance)[0];
      // Signed during the encounter the text reports, or to be signed at the one it announces: its date.
      const atEvent = status === 'signed' || (status === 'planned' && opts.eventPlanned) ? signingDate(opts) : null;
      // A stated date the text cannot place in a year ("in August last year", no reference) stays unknown.
      const date = stated ? resolveDate(stated.d, status === 'planned', ctx).date : status === 'in_force' ? null : atEvent;
      const own = s.countries.filter((c) => c.kind !== 'seat' && c.kind !== 'city').map((c) => c.iso3);
      drafts.push({
        title,
        kind,
        // Documents of a multilateral meeting belong to all its states unless the sentence names them.
        parties: new Set(own).size < 2 && opts.eventCountries.length > 2 ? [...opts.eventCountries].sort() : partiesFor(own, ctx),
        status,
        date,
        capitalised,
        sentences: [s],
      });
    }
  }
  return merge(drafts).map((d) => ({
    title: d.title,
    kind: d.kind,
    parties: d.parties,
    status: d.status,
    date: d.date,
    evidence: evidenceList(d.sentences),
    rule: d.capitalised ? 'agreement/capitalised-title' : 'agreement/kind-with-subject',
  }));
}

function merge(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const same = out.find((o) => o.kind === d.kind && (dice(o.title, d.title) >= 0.5 || wordsOf(d.title).size <= 2 && [...wordsOf(d.title)].every((w) => wordsOf(o.title).has(w))));
    if (!same) {
      out.push(d);
      continue;
    }
    if (STATUS_RANK[d.status] > STATUS_RANK[same.status]) {
      same.status = d.status;
      same.date = d.date ?? same.date;
    } else if (STATUS_RANK[d.status] === STATUS_RANK[same.status]) same.date ??= d.date;
    // Keep the fullest, capitalised wording as the title.
    if ((d.capitalised && !same.capitalised) || (d.capitalised === same.capitalised && d.title.length > same.title.length)) {
      same.title = d.title;
      same.capitalised = d.capitalised;
    }
    same.sentences.push(...d.sentences);
  }
  return out;
}
