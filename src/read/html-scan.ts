// One linear pass over HTML with htmlparser2 (the parser linkedom builds its DOM with): the page's
// fields (<title>, <meta>, JSON-LD, <time datetime>), how deep and how large it is, and its text in
// blocks. A DOM and Readability take time that grows faster than the page when it is deeply nested,
// so the size is known before either is built; the text of a page too large for them is read here.
import { Parser } from 'htmlparser2';

const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'blockquote',
  'tr',
  'table',
  'br',
  'hr',
  'header',
  'footer',
  'figure',
  'figcaption',
  'pre',
  'dd',
  'dt',
  'main',
]);

/** Elements whose content a reader never sees as the page's text: the head, scripts, navigation and forms. */
export const NOT_TEXT: ReadonlySet<string> = new Set(['head', 'script', 'style', 'nav', 'header', 'footer', 'noscript', 'aside', 'form', 'template']);

/**
 * Deeper nesting is refused: the parser keeps its open elements in an array that each element
 * shifts, so a page's cost grows with its depth, and no page is written this deep.
 */
export const DEEPEST = 2_000;

/** Thrown out of the parser's callbacks to stop at DEEPEST. */
class TooDeep extends Error {}

export interface HtmlScan {
  /** The deepest nesting of elements. */
  readonly depth: number;
  readonly elements: number;
  /** Nodes a DOM of the page would hold: its elements and its runs of text (an entity splits a run). */
  readonly nodes: number;
  /** The text outside the skipped elements, one blank line between blocks. */
  readonly text: string;
  /** The first <title>'s text, trimmed, or null. */
  readonly title: string | null;
  /** Each <meta> key (property, name or itemprop) with the content of the first element that has it. */
  readonly meta: ReadonlyMap<string, string>;
  /** The texts of the JSON-LD scripts. */
  readonly jsonLd: readonly string[];
  /** The first <time datetime="…"> value. */
  readonly time: string | null;
}

/** Lines trimmed, runs of blank lines folded to one. */
function blockLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The scan, or null when the page nests deeper than DEEPEST. */
export function scanHtml(html: string, skip: ReadonlySet<string> = new Set()): HtmlScan | null {
  const out: string[] = [];
  const meta = new Map<string, string>();
  const jsonLd: string[] = [];
  let depth = 0,
    deepest = 0,
    elements = 0,
    texts = 0;
  // Open elements inside a skipped one (the skipped one included); their text is not the page's.
  let skipping = 0;
  let title: string | null = null;
  let inTitle = false;
  let titleText = '';
  let ld: string | null = null;
  let time: string | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        elements++;
        if (++depth > deepest) deepest = depth;
        if (depth > DEEPEST) throw new TooDeep();
        if (name === 'meta') {
          const content = attributes.content ?? '';
          for (const key of [attributes.property, attributes.name, attributes.itemprop]) if (key && !meta.has(key)) meta.set(key, content);
        } else if (name === 'title' && title === null) {
          inTitle = true;
        } else if (name === 'script' && attributes.type === 'application/ld+json') {
          ld = '';
        } else if (name === 'time' && time === null && attributes.datetime !== undefined) {
          time = attributes.datetime;
        }
        if (skipping || skip.has(name)) skipping++;
        else if (BLOCK.has(name)) out.push('\n\n');
      },
      onclosetag(name) {
        depth--;
        if (name === 'title' && inTitle) {
          inTitle = false;
          title = titleText.trim();
        } else if (name === 'script' && ld !== null) {
          jsonLd.push(ld);
          ld = null;
        }
        if (skipping) skipping--;
        else if (BLOCK.has(name)) out.push('\n\n');
      },
      ontext(text) {
        texts++;
        if (inTitle) titleText += text;
        if (ld !== null) ld += text;
        if (!skipping) out.push(text.replace(/\s+/g, ' '));
      },
    },
    { decodeEntities: true },
  );
  try {
    parser.end(html);
  } catch (error) {
    if (error instanceof TooDeep) return null;
    throw error;
  }
  return { depth: deepest, elements, nodes: elements + texts, text: blockLines(out.join('')), title, meta, jsonLd, time };
}
