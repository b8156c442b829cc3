// What the read stage hands to cleaning: decoded text plus whatever fields the container carried.
export interface RawDocument {
  readonly source: string;
  readonly text: string;
  readonly format: 'text' | 'html' | 'json';
  readonly encoding: string;
  /** Fields from HTML <meta> or JSON keys; the text's own clues are found later, in clean/. */
  readonly title: string | null;
  readonly publisher: string | null;
  readonly published: string | null;
}
