// read → clean: normalised text without portal furniture, plus the fields the document states.
import type { RawDocument } from '../read/raw-document.js';
import { stripFurniture } from './boilerplate.js';
import { datelineOf, headlineOf, normaliseMetaDate, publishedLine, type Dateline } from './fields.js';
import { normalise } from './normalise.js';

export interface CleanDocument {
  readonly source: string;
  /** The cleaned text: every offset in the facts points into this string. */
  readonly text: string;
  readonly title: string | null;
  readonly publisher: string | null;
  readonly published: string | null;
  readonly dateline: Dateline | null;
  readonly format: RawDocument['format'];
  readonly encoding: string;
}

export interface CleanOptions {
  /** A publication date the user knows and the file lacks (YYYY-MM-DD). */
  readonly published?: string | null;
}

const HEAD_LINES = 4;
const MASTHEAD = /^(?:President|Prime Minister|Government) of (?:the )?[A-Z]|\b(?:Ministry|Government|Presidency|Press Service|Press Office|News Agency|Agency|Portal|Office of the|Embassy|Kremlin|Administration)\b/;

function isMasthead(line: string): boolean {
  return MASTHEAD.test(line) && line.length <= 120 && !/[.!?]$/.test(line) && !/\b(?:meets?|met|holds?|held|signs?|signed|visits?|receives?|received|talks)\b/i.test(line);
}

export function cleanDocument(raw: RawDocument, options: CleanOptions = {}): CleanDocument {
  const furniture = stripFurniture(normalise(raw.text).split('\n'));
  const lines = [...furniture.lines];
  let published = normaliseMetaDate(raw.published);

  // A stated publication date sits in the first lines, alone or before the first paragraph.
  let seen = 0;
  for (let i = 0; i < lines.length && seen < HEAD_LINES; i++) {
    if (!lines[i]) continue;
    seen++;
    const found = publishedLine(lines[i]!);
    if (found) {
      published ??= found.date;
      lines[i] = found.rest.trim();
      break;
    }
  }

  let first = lines.findIndex((l) => l !== '');
  let dateline: Dateline | null = null;
  let title = raw.title ? normalise(raw.title).trim() : null;
  // A masthead above the headline ("Hungarian Government – Ministry of Foreign Affairs") names the
  // publisher; the headline is the next line.
  let mastheadPublisher: string | null = null;
  if (first >= 0 && !title && isMasthead(lines[first]!)) {
    const next = lines.findIndex((l, i) => i > first && l !== '');
    if (next > 0 && headlineOf(lines[next]!)) {
      mastheadPublisher = lines[first]!.trim();
      lines[first] = '';
    }
  }
  first = lines.findIndex((l) => l !== '');
  if (first >= 0) {
    const nextIsBreak = lines[first + 1] === '' || lines[first + 1] === undefined;
    const headline = !title && nextIsBreak && lines.length > first + 2 ? headlineOf(lines[first]!) : null;
    title ??= headline;
    const lead = headline ? lines.findIndex((l, i) => i > first && l !== '') : first;
    const found = lead >= 0 ? datelineOf(lines[lead]!) : null;
    if (found) {
      dateline = found.dateline;
      published ??= found.dateline.date;
      lines[lead] = found.rest;
    }
  }

  let text = lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  if (title && raw.format !== 'text' && !text.startsWith(title)) text = `${title}\n\n${text}`;
  const publisher = raw.publisher ? normalise(raw.publisher).trim() : (furniture.publisher ?? mastheadPublisher ?? dateline?.agency ?? null);
  return {
    source: raw.source,
    text,
    title,
    publisher,
    published: options.published ?? published,
    dateline,
    format: raw.format,
    encoding: raw.encoding,
  };
}
