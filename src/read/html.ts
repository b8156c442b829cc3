// HTML → main text and page fields. Readability finds the article; the page's <meta> tags give the
// title, site name and publication date that the article body rarely repeats.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { InputError } from './errors.js';

export interface HtmlPage {
  readonly text: string;
  readonly title: string | null;
  readonly siteName: string | null;
  readonly published: string | null;
}

const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'BLOCKQUOTE',
  'TR', 'TABLE', 'BR', 'HR', 'HEADER', 'FOOTER', 'FIGURE', 'FIGCAPTION', 'PRE', 'DD', 'DT', 'MAIN',
]);

type Node = { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<Node> };

/** Text of a DOM subtree with one blank line between blocks, so paragraphs survive. */
function blockText(root: Node): string {
  const out: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      out.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const block = BLOCK.has(node.nodeName.toUpperCase());
    if (block) out.push('\n\n');
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (block) out.push('\n\n');
  };
  walk(root);
  return out
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function meta(document: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

function jsonLdDate(document: Document): string | null {
  for (const el of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(el.textContent ?? '');
    if (m) return m[1]!;
  }
  return null;
}

function publishedOf(document: Document, readabilityTime: string | null | undefined): string | null {
  return (
    meta(document, 'article:published_time', 'datePublished', 'date', 'pubdate', 'publishdate', 'dc.date', 'DC.date.issued', 'og:published_time') ??
    readabilityTime ??
    jsonLdDate(document) ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null
  );
}

/** A page, or a fragment of one (a feed item's content, a saved article body) parsed into an empty page's body. */
function parsePage(html: string): Document {
  if (/<(?:html|head|body)[\s>]/i.test(html.slice(0, 4096))) return parseHTML(html).document;
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  document.body.innerHTML = html;
  return document;
}

export function readHtml(html: string, source: string): HtmlPage {
  const document = parsePage(html);
  if (!document.documentElement) throw new InputError(source, 'HTML without a document element');
  const title = meta(document, 'og:title', 'twitter:title') ?? document.querySelector('title')?.textContent?.trim() ?? null;
  const siteName = meta(document, 'og:site_name', 'application-name', 'publisher');
  const headPublished = publishedOf(document, null);
  // Readability mutates the DOM it is given; it runs last.
  const article = new Readability(document, { charThreshold: 200 }).parse();
  let text = '';
  if (article?.content) {
    const { document: body } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    text = blockText(body.body);
  }
  if (!text.trim()) {
    // Short or unusual pages defeat Readability; their body text is still the best we have.
    const again = parsePage(html);
    for (const el of Array.from(again.querySelectorAll('script, style, nav, header, footer, noscript, aside, form'))) el.remove();
    text = again.body ? blockText(again.body) : '';
  }
  if (!text.trim()) throw new InputError(source, 'HTML page has no readable text');
  return {
    text,
    title: article?.title?.trim() || title,
    siteName: article?.siteName?.trim() || siteName,
    published: headPublished ?? article?.publishedTime ?? null,
  };
}

/** Cheap sniff: does this text look like an HTML page rather than prose? */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /<(head|body|article|div|p)[\s>]/.test(head);
}
