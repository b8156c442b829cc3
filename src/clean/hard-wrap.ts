// Text wrapped at a fixed width (mail, agency wires, copies from PDF) breaks sentences across lines:
// "met with Turkish Vice\nPresident Cevdet Yilmaz". Such a text is recognised by its lines (most of
// them of one width, most not ending a sentence) and its line breaks inside sentences become spaces,
// so every offset into the text stays where it was.

/** Lines a text needs before its shape says anything. */
const MIN_LINES = 8;
/** The widths texts are wrapped at; a wrapped line fills most of the width it was cut at. */
const MIN_WIDTH = 40,
  MAX_WIDTH = 100;
const SENTENCE_END = /[.!?:;"”»)]\s*$/;
/** The length of a paragraph past which no break across a blank line joins it to the next. */
const MAX_JOINED = 1_000;
/**
 * The length of a paragraph past which a page that cuts its sentences at blank lines joins it to nothing more: such a
 * page cuts a paragraph's first sentence, so the joins are made onto short first parts (a run of fragments stays apart).
 */
const MAX_CUT = 300;
/** The most paragraphs cut at blank lines that an article holds (more are a page of repeated furniture). */
const MAX_CUT_PARAGRAPHS = 100;
/** How much of a line's end the tests of a break read. */
const TAIL = 200;
// A list item opening a line: "- …", "• …", "1. …", "2) …".
const LIST_ITEM = /^\s*(?:[-–—•*·▪]|\d{1,2}[.)])\s/;

function isHardWrapped(lines: readonly string[]): boolean {
  const full = lines.filter((l) => l.trim() !== '');
  if (full.length < MIN_LINES) return false;
  // The width the text was cut at: most lines come close to it (a list of titles varies widely).
  const widths = full.map((l) => l.length).sort((a, b) => a - b);
  const width = widths[Math.floor(widths.length * 0.9)]!;
  if (width < MIN_WIDTH || width > MAX_WIDTH) return false;
  const banded = full.filter((l) => l.length >= 0.75 * width && l.length <= width + 5);
  const open = banded.filter((l) => !SENTENCE_END.test(l));
  // (A paragraph's last line is short and ends its sentence: no sign against a wrap.)
  const counted = full.filter((l) => !(l.length < 0.75 * width && SENTENCE_END.test(l)));
  // Most lines in the band, and most of those cut inside a sentence.
  return banded.length >= 0.6 * counted.length && open.length >= 0.5 * banded.length;
}

// A line that ends in a word no sentence or heading ends with: "signed agreements on the development of".
const FUNCTION_WORD_END =
  /(?:^|\s)(?:the|a|an|of|on|in|and|or|to|with|for|by|from|at|as|between|that|which|its|their|his|her|about|into|through|during|including|among|against|within|via|than)$/;

/**
 * A break inside a sentence in a text not wrapped at one width (a page copied line by line): the line
 * begins a sentence and stops on a lower-case word, and the next line goes on in lower case
 * ("… of basic project" / "documentation for …"); or the line stops on a word no sentence ends with.
 * (A line that begins in lower case may be an item of a list, one to a line, and stays one.)
 */
function brokenInside(line: string, end: string, next: string): boolean {
  // (`line` is the line's first part, `end` its last characters: a line that has run on over many joins is read at its
  // two ends only.)
  const text = end.trimEnd();
  // (… also before a figure: "… bilateral trade grew by" / "18% in 2024 to reach $1 billion.")
  if (FUNCTION_WORD_END.test(text) && /^\s*(?:\p{L}|[$€£¥]?\d[\d.,]*(?:%|\s+\p{L}))/u.test(next)) return true;
  // "… Sinisa Pavic," / "non-resident Ambassador of Serbia …": a comma, then the clause going on in lower case.
  // (A line that begins in capitals: list items one to a line, "health and medicine,", stay apart.)
  if (/,$/.test(text) && /^\s*\p{Lu}/u.test(line) && /^\s*\p{Ll}/u.test(next) && !/,\s*$/.test(next) && text.length >= 30) return true;
  return /^\s*\p{Lu}/u.test(line) && /\s\p{Ll}[\p{Ll}-]*$/u.test(text) && /^\s*\p{Ll}/u.test(next) && text.length >= 30;
}

function brokenAcrossBlank(line: string, end: string, next: string): boolean {
  const text = end.trimEnd();
  if (text.length < 30 || SENTENCE_END.test(text) || LIST_ITEM.test(next)) return false;
  // (Words on both sides of the break, not a label and its value: "… on $2bln trade" / " date 2024-02-20 …".)
  if (FUNCTION_WORD_END.test(text)) return /^\s*\p{L}/u.test(next);
  // "… culture, blue economy, petroleum," / (blank) / "correctional services and …": a list cut after an item's comma,
  // in a paragraph that opens as a sentence does, going on in lower case to its end (not list items one to a paragraph).
  if (/\s\p{Ll}[\p{Ll}-]*,$/u.test(text)) return /^\s*\p{Lu}/u.test(line) && /^\s*\p{Ll}[\p{L}-]*\s+\p{L}/u.test(next) && !/,\s*$/.test(next);
  return /\s\p{Ll}[\p{Ll}-]*$/u.test(text) && /^\s*\p{Ll}[\p{L}-]*\s+\p{L}/u.test(next);
}

/**
 * On a page that cuts its sentences at blank lines: a line of a sentence's length with no stop, then text that goes on in
 * lower case, or a lead opened by its dateline ("ISLAMABAD, Aug 21 (APP): The 5th Session of the …"), or a name cut
 * after its honorific ("… the Foreign Minister, Mr. Khawaja"). (A headline over a paragraph in capitals stays apart.)
 */
function cutSentence(line: string, end: string, next: string): boolean {
  const text = end.trimEnd();
  if (text.length < 40 || !/\s/.test(text) || SENTENCE_END.test(text) || LIST_ITEM.test(next)) return false;
  if (/^\s*\p{Ll}/u.test(next)) return true;
  // (Only in prose, a few words in lower case before the cut: a run of "Mr. Mr. Kaza" fragments stays apart.)
  return /^\s*\p{Lu}/u.test(next) && prose(text) && (DATELINE_LEAD.test(line) || /\b(?:Mr|Mrs|Ms|Dr|H\.E)\.?\s+\p{Lu}[\p{L}'’-]*$/u.test(text));
}
const prose = (text: string): boolean => (text.match(/\s\p{Ll}[\p{Ll}-]+(?=\s)/gu)?.length ?? 0) >= 2;
// "ISLAMABAD, Aug 21 (APP):", "MOSCOW, May 5 (TASS) -": a lead's dateline.
const DATELINE_LEAD = /^\s*(?:date\s+\S+\s+)?[A-Z][A-Z .'’-]{2,30},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*(?:\([^)]{2,20}\))?\s*[:–—-]/;

/**
 * A page that cuts many of its paragraphs' sentences at a blank line ("… of the Pakistan-Turkmenistan" / (blank) /
 * "Joint Governmental Commission was held …", "… the Foreign Minister, Mr. Khawaja" / (blank) / "Muhammad Asif and …"):
 * at least three paragraphs of a sentence's length that stop with no stop, a third of those of the page, and no more
 * than an article holds.
 */
function cutAtBlanks(lines: readonly string[]): boolean {
  let paragraphs = 0,
    cut = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    if (line.trim().length < 40) continue;
    paragraphs++;
    if (lines[i + 1]?.trim() === '' && lines[i + 2] !== undefined && /^\s*\p{L}/u.test(lines[i + 2]!) && !SENTENCE_END.test(line)) cut++;
  }
  // (An article's paragraphs number in the tens: thousands of cut fragments are a page of repeated furniture, which
  // joined would read as text.)
  return cut >= 3 && cut >= paragraphs / 3 && cut <= MAX_CUT_PARAGRAPHS;
}

/**
 * The lines with the breaks inside sentences made spaces (a line runs on into the next), when the
 * text is hard-wrapped; else the lines as they were.
 */
export function unwrapHardBreaks(lines: readonly string[]): readonly string[] {
  const wrapped = isHardWrapped(lines);
  const cutPage = cutAtBlanks(lines);
  const out: string[] = [];
  // The line being built, as its parts: a run of many joins reads only its first part and its tail, and no string is
  // rebuilt per join, so joining stays linear.
  let parts: string[] = [lines[0] ?? ''];
  let length = parts[0]!.length;
  const tail = (): string => {
    let t = '';
    for (let k = parts.length - 1; k >= 0 && t.length < TAIL; k--) t = parts[k]! + t;
    return t.slice(-TAIL);
  };
  for (let i = 1; i < lines.length; i++) {
    const next = lines[i]!;
    const end = tail();
    // A break joins when the line runs on into a next line of text: not at a sentence's end, a blank line or a list item.
    const runsOn = /\S/.test(end) && next.trim() !== '' && !SENTENCE_END.test(end) && !LIST_ITEM.test(next);
    if (runsOn && (wrapped || brokenInside(parts[0]!, end, next))) {
      parts.push(` ${next}`);
      length += next.length + 1;
    }
    // "President X visited Qatar in" / (blank line) / "April 2017 and invited …": a paragraph break a page put inside a
    // sentence, after a word no sentence ends with or before one in lower case. (Two spaces for the two breaks: offsets hold.)
    // (Not onto a paragraph already as long as a few sentences: a page's break cuts one sentence, not a run of them.)
    else if (
      next.trim() === '' &&
      i + 1 < lines.length &&
      length < MAX_JOINED &&
      (brokenAcrossBlank(parts[0]!, end, lines[i + 1]!) || (cutPage && length < MAX_CUT && cutSentence(parts[0]!, end, lines[i + 1]!)))
    ) {
      parts.push(`  ${lines[i + 1]!}`);
      length += lines[i + 1]!.length + 2;
      i++;
    } else {
      out.push(parts.join(''));
      parts = [next];
      length = next.length;
    }
  }
  out.push(parts.join(''));
  return out;
}
