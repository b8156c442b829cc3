// HTML → main text and page fields. Readability finds the article; the page's <meta> tags give the
// title, site name and publication date that the article body rarely repeats. A linear scan
// (html-scan.ts) reads the fields and the size first, and the text of pages too large for a DOM.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { InputError } from './errors.js';
import { DEEPEST, NOT_TEXT, scanHtml, type HtmlScan } from './html-scan.js';

export interface HtmlPage {
  readonly text: string;
  readonly title: string | null;
  readonly siteName: string | null;
  readonly published: string | null;
}

/**
 * Limits of the DOM path. linkedom's parse and Readability's scoring take time that grows with the
 * square of the nesting depth and faster than the number of elements; published articles nest a few
 * dozen elements deep and hold a few thousand. A page beyond either limit is read by the linear scan.
 * (At 128 deep, 25 KB of HTML around 1,900 elements still took 1.4 s: Readability retries with
 * looser rules when it finds little, reading every ancestor's text each time.)
 */
const MAX_DEPTH = 64;
const MAX_ELEMENTS = 20_000;
/**
 * Readability reads the text of every candidate's ancestors (textContent, then a whitespace pattern
 * over it), so its time grows with the page's depth times its text: a megabyte of text 120 elements
 * deep took 10 s (the fuzz suite's find). Pages past this product go to the linear scan too. A long
 * article (50,000 characters of text, 60 deep: 3 million) stays well within it; the limit costs
 * Readability about 0.7 s at most.
 */
const MAX_DEPTH_TIMES_TEXT = 8_000_000;
/**
 * Readability also cleans each table, list and div by counting the elements under it, so nested ones
 * cost the depth times the elements: tables nested 73 deep around 9,306 elements took 3.7 s (another
 * fuzz find). An article of 5,000 elements 40 deep (200,000) is within this; past it, the linear scan.
 */
const MAX_DEPTH_TIMES_ELEMENTS = 400_000;
/**
 * Readability on linkedom costs about 4 s per megabyte of page whatever its shape (DOM building,
 * serialising the article, garbage): a page with more than this much text is no single article, and
 * its text is read by the linear scan (850 KB with 390,000 characters of text took 3 s; the longest
 * articles have some tens of thousands).
 */
const MAX_DOM_TEXT = 100_000;
/**
 * Building the DOM and running Readability cost about 50 µs per element here whatever the page
 * (empty paragraphs by the ten thousand cost as much as full ones), while published pages carry
 * scripts, styles and text between their elements: the 130 real pages of Readability's own test
 * suite have 60 bytes of page or more per element once past 1,000 elements. A page gets the DOM
 * path when its elements' predicted cost fits the time budget of 1 s per MB of the page, with
 * 1,000 elements (50 ms) allowed to any page; a denser page (a fuzz find: 80 KB of 10,000 empty
 * paragraphs took 0.6 s) is read by the linear scan.
 */
const DOM_MICROSECONDS_PER_ELEMENT = 50;
const DOM_ELEMENTS_ALWAYS_ALLOWED = 1_000;
/** Bytes of page per element at which the elements' predicted cost is 1 s per MB (about 52). */
const MIN_BYTES_PER_ELEMENT = (1024 * 1024) / (1_000_000 / DOM_MICROSECONDS_PER_ELEMENT);
/**
 * A DOM holds a node for each run of text too, and an entity splits a run: paragraphs of "&lt; &lt;"
 * make thousands of text nodes that Readability reads again and again (a fuzz find: 136 KB holding
 * 1,250 elements and 50,000 text runs took 0.45 s). The real pages of Readability's suite carry 21
 * bytes of page or more per node once past 2,000 nodes; a page under MIN_BYTES_PER_NODE is markup
 * and entities rather than an article, and is read by the linear scan.
 */
const MIN_BYTES_PER_NODE = 16;
const DOM_NODES_ALWAYS_ALLOWED = 2_000;
/**
 * Readability's charThreshold: an article shorter than this makes it try again with looser rules,
 * up to four passes each parsing the page anew. A page whose whole text is shorter holds no article
 * to tell from its furniture, and its text is read as the scan finds it (736 elements around 55
 * characters took 150 ms, three times as long as once).
 */
const ARTICLE_MIN_CHARS = 200;

/** Whether a page of `bytes` holds no more than one of `count` things per `minBytesPer` bytes, `floor` of them always allowed. */
const sparseEnough = (count: number, bytes: number, floor: number, minBytesPer: number): boolean => count <= Math.max(floor, bytes / minBytesPer);

function metaOf(scan: HtmlScan, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = scan.meta.get(key)?.trim();
    if (value) return value;
  }
  return null;
}

function jsonLdDate(scan: HtmlScan): string | null {
  for (const text of scan.jsonLd) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(text);
    if (m) return m[1]!;
  }
  return null;
}

function publishedOf(scan: HtmlScan): string | null {
  return (
    metaOf(scan, 'article:published_time', 'datePublished', 'date', 'pubdate', 'publishdate', 'dc.date', 'DC.date.issued', 'og:published_time') ??
    jsonLdDate(scan) ??
    scan.time
  );
}

/** A page, or a fragment of one (a feed item's content, a saved article body) parsed into an empty page's body. */
function parsePage(html: string): Document {
  if (/<(?:html|head|body)[\s>]/i.test(html.slice(0, 4096))) return parseHTML(html).document;
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  document.body.innerHTML = html;
  return document;
}

/** Readability's article, or null when it finds none or the page is too large for it. */
function readArticle(html: string): ReturnType<Readability<string>['parse']> {
  const document = parsePage(html);
  if (!document.documentElement) return null;
  try {
    return new Readability(document, { charThreshold: ARTICLE_MIN_CHARS, maxElemsToParse: MAX_ELEMENTS }).parse();
  } catch {
    return null; // over maxElemsToParse (the scan counts elements before the DOM's own implied ones)
  }
}

export function readHtml(html: string, source: string): HtmlPage {
  const scan = scanHtml(html, NOT_TEXT);
  if (!scan) throw new InputError(source, `HTML nested more than ${DEEPEST.toLocaleString('en-US')} elements deep: not a page that can be read`);
  const title = metaOf(scan, 'og:title', 'twitter:title') ?? scan.title;
  const siteName = metaOf(scan, 'og:site_name', 'application-name', 'publisher');
  const headPublished = publishedOf(scan);
  // Readability reads only the text the scan reads too: with none, there is nothing to look for.
  if (!scan.text.trim()) throw noReadableText(source, scan);
  const domPath =
    scan.text.length >= ARTICLE_MIN_CHARS &&
    scan.depth <= MAX_DEPTH &&
    scan.elements <= MAX_ELEMENTS &&
    sparseEnough(scan.elements, html.length, DOM_ELEMENTS_ALWAYS_ALLOWED, MIN_BYTES_PER_ELEMENT) &&
    sparseEnough(scan.nodes, html.length, DOM_NODES_ALWAYS_ALLOWED, MIN_BYTES_PER_NODE) &&
    scan.depth * scan.text.length <= MAX_DEPTH_TIMES_TEXT &&
    scan.depth * scan.elements <= MAX_DEPTH_TIMES_ELEMENTS &&
    scan.text.length <= MAX_DOM_TEXT;
  const article = domPath ? readArticle(html) : null;
  // Short or unusual pages defeat Readability; their body text is still the best there is.
  const text = (article?.content ? scanHtml(article.content)?.text : '') || scan.text;
  if (!text.trim()) throw noReadableText(source, scan);
  return {
    text,
    title: article?.title?.trim() || title,
    siteName: article?.siteName?.trim() || siteName,
    published: headPublished ?? article?.publishedTime ?? null,
  };
}

const noReadableText = (source: string, scan: HtmlScan): InputError =>
  new InputError(source, scan.elements ? 'HTML page has no readable text (only markup, scripts or navigation)' : 'HTML page has no readable text');

/** Cheap sniff: does this text look like an HTML page rather than prose? */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /<(head|body|article|div|p)[\s>]/.test(head);
}
