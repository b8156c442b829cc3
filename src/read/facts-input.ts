// readout-facts/v1 documents as inputs: what `readout extract` prints (one JSON object, an array of
// them, or NDJSON lines) can be ingested back. Such a document is stored as it is, not extracted
// again: its facts are the input. It is named by the path it was extracted from (`document.path`),
// else by its `document.source`.
import { SCHEMA_ID } from '../facts/schema.js';
import type { Input } from './input.js';

const encoder = new TextEncoder();

/** Whether parsed JSON is a readout-facts/v1 document. */
export const isFactsDocument = (value: unknown): value is { schema: string; document: { source?: unknown; path?: unknown } } =>
  typeof value === 'object' &&
  value !== null &&
  (value as { schema?: unknown }).schema === SCHEMA_ID &&
  typeof (value as { document?: unknown }).document === 'object';

/** The name a facts document is stored under. */
function factsSource(value: { document: { source?: unknown; path?: unknown } }, fallback: string): string {
  const named = [value.document.path, value.document.source].find((v) => typeof v === 'string' && v.trim());
  return typeof named === 'string' ? named : fallback;
}

/** One input per facts document; `where` names its place for messages (a file, `file#line`). */
export function factsInput(value: { schema: string; document: { source?: unknown; path?: unknown } }, where: string, published: string | null): Input {
  const source = factsSource(value, where);
  return { kind: 'document', source, path: where, bytes: encoder.encode(JSON.stringify(value)), published, hints: { facts: true } };
}

/**
 * The facts documents a JSON file holds (`readout extract --format json`: one object, or an array
 * for several inputs), or null when it holds something else (a saved article: read as usual).
 */
export function factsInFile(text: string, where: string, published: string | null): Input[] | null {
  // Cheap test first: a saved article is never parsed twice.
  if (!text.includes(SCHEMA_ID)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  const documents = Array.isArray(parsed) ? parsed : [parsed];
  if (!documents.length || !documents.every(isFactsDocument)) return null;
  return documents.map((d, i) => factsInput(d, documents.length > 1 ? `${where}#${i + 1}` : where, published));
}
