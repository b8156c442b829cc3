// Lexicons and knowledge tables live in data/ as text files, one list per file, `#` for comments.
// They are read once per process; everything that uses them receives frozen structures.
import { readFileSync } from 'node:fs';

const DATA = new URL('../../data/', import.meta.url);

function lines(name: string): string[] {
  return readFileSync(new URL(name, DATA), 'utf8')
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+$/, ''))
    .filter((line) => line.trim() && !line.trimStart().startsWith('#'));
}

/** A one-column list, trimmed. */
export function readList(name: string): string[] {
  return lines(name).map((line) => line.trim());
}

/** A tab-separated table; the first non-comment line is the header. */
export function readTable<K extends string>(name: string): Array<Record<K, string>> {
  const [header, ...rows] = lines(name);
  if (!header) return [];
  const keys = header.split('\t').map((k) => k.trim()) as K[];
  return rows.map((row) => {
    const cells = row.split('\t');
    return Object.fromEntries(keys.map((key, i) => [key, (cells[i] ?? '').trim()])) as Record<K, string>;
  });
}

/** A lexicon entry as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
