// Portal furniture that surrounds an article: dropped line by line, each rule with an id and a
// reason. Copyright and portal-signature lines are removed too, but they name the publisher, so
// they are returned rather than thrown away.
import { perLexicons } from '../lexicon/active.js';

const furniture = perLexicons((lex) => {
  const lines = new Set(lex.boilerplateLines.map((line) => line.toLowerCase()));
  // Longer lines cannot be furniture: paragraphs are not lower-cased just to miss the set.
  // (… and a phrase of a run has at most as many words as the longest phrase.)
  const mostWords = Math.max(...[...lines].map((line) => line.split(/[\s|•·]+/).filter(Boolean).length));
  return { lines, longest: Math.max(...[...lines].map((line) => line.length)) + 1, mostWords };
});

/** Whether a line is two or more furniture phrases one after another, each whole ("Skip to content | Skip to navigation"). */
function furnitureRun(line: string): boolean {
  const words = line
    .toLowerCase()
    .split(/[\s|•·]+/)
    .filter(Boolean);
  // ends[i]: the words before i split into whole phrases, and how many (a run needs two).
  const ends: Array<number | undefined> = [0];
  for (let i = 0; i < words.length; i++) {
    const count = ends[i];
    if (count === undefined) continue;
    const last = Math.min(words.length, i + furniture().mostWords);
    for (let j = i + 1; j <= last; j++) if (furniture().lines.has(words.slice(i, j).join(' '))) ends[j] = Math.max(ends[j] ?? 0, count + 1);
  }
  return (ends[words.length] ?? 0) >= 2;
}

interface LineRule {
  readonly id: string;
  readonly reason: string;
  readonly test: (line: string) => boolean;
}

const LINE_RULES: readonly LineRule[] = [
  {
    id: 'furniture',
    reason: 'accessibility widget, share button or navigation word',
    test: (l) => l.length <= furniture().longest && furniture().lines.has(l.toLowerCase().replace(/[:.]$/, '')),
  },
  {
    id: 'furniture-run',
    reason: 'several navigation words on one line ("Skip to content Skip to navigation")',
    test: (l) => l.length <= 3 * furniture().longest && furnitureRun(l),
  },
  {
    id: 'breadcrumb',
    reason: 'a breadcrumb trail opened by its label ("You are here: Home > News", "Vous-êtes ici: Accueil Business …")',
    test: (l) => l.length <= 200 && /^(?:you\s+are\s+here|vous[\s-]+[êe]tes\s+ici|sie\s+sind\s+hier|usted\s+est[áa]\s+aqu[íi]|est[áa]s\s+aqu[íi])\s*:/i.test(l),
  },
  {
    id: 'counter',
    reason: 'view counter or video duration ("• 18", "• 3:53")',
    test: (l) => /^[•·▪●|]\s*(?:\d[\d\s,.]*[kK]?|\d{1,2}:\d{2}(?::\d{2})?)$/.test(l),
  },
  {
    id: 'consent-notice',
    reason: 'a consent or accessibility notice ("To activate the text-to-speech service, please first agree to the privacy policy below.")',
    test: (l) =>
      (l.length <= 200 &&
        (/\b(?:privacy\s+policy|cookie\s+policy|use\s+of\s+cookies|we\s+use\s+cookies)\b/i.test(l) || /\btext-to-speech\s+service\b/i.test(l)) &&
        /\b(?:agree|accept|consent|activate|continu(?:e|ing)\s+to\s+(?:use|browse))\b/i.test(l)) ||
      // (… a short line that says the site uses them: "This website uses cookies.")
      /^(?:this|our)\s+(?:website|site)\s+uses\s+cookies\.?$/i.test(l) ||
      // (… also a longer one that tells what cookies are: "we use small files called cookies … your consent to the processing".)
      (l.length <= 700 &&
        /\b(?:files\s+called\s+cookies|cookies\s+are\s+small(?:\s+text)?\s+files|we\s+use\s+(?:small\s+)?cookies|(?:this|our)\s+(?:website|site)\s+uses\s+cookies)\b/i.test(
          l,
        ) &&
        /\b(?:consent|settings\s+of\s+your\s+browser|browser\s+settings|accept|continu(?:e|ing)\s+to\s+browse)\b/i.test(l)),
  },
  {
    id: 'text-size',
    reason: 'a text-size widget ("Large Medium Small |", "A- A A+")',
    test: (l) => /^(?:(?:text\s+size|font)\s*:?\s*)?(?:(?:large|medium|small|normal|big|bigger|smaller|A[+-]?|[+-]A)\s*[|/·]?\s*){2,4}$/i.test(l),
  },
  { id: 'bare-number', reason: 'a lone number or time: counters without their bullet', test: (l) => /^(?:\d{1,7}|\d{1,2}:\d{2}(?::\d{2})?)$/.test(l) },
  // News portals print exchange rates above the article ("USD 87.45", "EUR 99.10 ▲").
  {
    id: 'rate-ticker',
    reason: 'exchange-rate widget ("USD 87.45")',
    test: (l) => /^(?:[A-Z]{3}\s*[:=]?\s*\d{1,6}(?:[.,]\d{1,4})?\s*[▲▼↑↓]?\s*){1,4}$/.test(l),
  },
  { id: 'editor-note', reason: 'an agency\'s note to editors ("(ATTN: UPDATES with more details)")', test: (l) => /^\(\s*ATTN\b[^)]*\)$/i.test(l) },
  { id: 'photo-count', reason: 'a gallery widget ("more 43 photos", "12 photos")', test: (l) => /^(?:more\s+)?\d{1,4}\s+(?:photos?|images|videos?)$/i.test(l) },
  {
    id: 'reading-time',
    reason: 'a reading-time note ("2 min read", "5 minutes reading")',
    test: (l) => /^(?:\d{1,3}\s*(?:min|mins|minutes?)\s*(?:read|reading)(?:\s+time)?|(?:read(?:ing)?\s+time\s*:?\s*)\d{1,3}\s*(?:min|mins|minutes?))$/i.test(l),
  },
  {
    id: 'place-time',
    reason: 'a place and a time stamped over the article ("Minsk 01:27")',
    test: (l) => /^\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?\s+\d{1,2}:\d{2}$/u.test(l),
  },
  {
    id: 'photo-credit',
    reason: 'a photo credit line ("(Gilles Gravier / unsplash.com)", "Credit: https://…", "(Photo source: Gov.ro)")',
    test: (l) =>
      /^\([^()]{2,60}\s\/\s[^()]{2,60}\)$/.test(l) ||
      /^(?:Photo|Image|Picture)?\s*(?:credits?|source)\s*:\s*\S{1,200}$/i.test(l) ||
      /^\(\s*(?:Photo|Image)[^)]{0,80}\)$/i.test(l),
  },
  {
    id: 'related-link',
    reason: 'a link to another article ("Also Read | President-Elect Picks …", "READ MORE: …")',
    test: (l) => /^(?:also\s+read|read\s+(?:also|more)|see\s+also|related)\s*[|:–—-]\s*\S/i.test(l),
  },
  {
    id: 'stamped-link',
    reason: 'a list of other articles, each glued to its time stamp ("… boost tradeGMT 21:30 2017 Monday ,13 February"), or the stamp alone',
    test: (l) => l.length <= 300 && /(?:^|\p{L})GMT\s\d{1,2}:\d{2}\s(?:19|20)\d\d\s\p{Lu}\p{Ll}+day\s?,\s?\d{1,2}\s\p{Lu}\p{Ll}+$/u.test(l),
  },
  {
    id: 'breadcrumb',
    reason: 'breadcrumb trail ("Main / News / Republic")',
    test: (l) =>
      /^(?:Main|Home|Homepage|Main page|Start)\s*(?:[/›»>|→]\s*[^/›»>|→]{1,40}){1,6}$/i.test(l) ||
      /^[\p{Lu}][\p{L} ]{1,25}(?:\s[/›»|→]\s[\p{Lu}][\p{L} ]{1,25}){2,6}$/u.test(l),
  },
];

const COPYRIGHT = /^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*[,.]?\s*)?(.*?)(?:[,.]?\s*all rights reserved\.?)?$/i;
const SIGNATURE =
  /^(?:the\s+)?(?:official\s+(?:internet\s+|web\s+)?(?:portal|website|web\s?site|site|page)|press\s+(?:service|office|secretary)|information\s+service|ministry\s+of\b|embassy\s+of\b|consulate\b|permanent\s+mission\b)/i;

export interface Furniture {
  readonly lines: string[];
  readonly publisher: string | null;
}

function isSignature(line: string): boolean {
  return SIGNATURE.test(line) && line.length <= 160 && !/[.!?»"”]$/.test(line);
}

/** Whether a line is page furniture by any line rule ("Connect with us" after a page's date stamp). */
export const isFurnitureLine = (line: string): boolean => LINE_RULES.some((rule) => rule.test(line));

/** Drop furniture lines; report the publisher named by a copyright or signature line. */
export function stripFurniture(lines: readonly string[]): Furniture {
  let publisher: string | null = null;
  const kept: string[] = [];
  const lastContent = lines.findLastIndex((l) => l.trim() !== '');
  // The last line kept that is not blank: carried along, not searched for (a page of blank lines would
  // make the search quadratic).
  let previous: string | undefined;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) {
      kept.push('');
      return;
    }
    const copyright = line.length <= 200 ? COPYRIGHT.exec(line) : null;
    if (copyright) {
      publisher ??= copyright[1]!.trim().replace(/[.,;]$/, '') || null;
      return;
    }
    if (i === lastContent && isSignature(line)) {
      publisher ??= line;
      return;
    }
    if (isFurnitureLine(line)) return;
    // A title printed twice in a row is one title.
    if (previous === line && line.length < 300) return;
    kept.push(line);
    previous = line;
  });
  return { lines: kept, publisher };
}
