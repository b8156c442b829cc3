// Text from documents and file names, as it is shown on a terminal: control characters (C0, DEL,
// C1) are written as escapes, which also disarms ANSI escape sequences (their ESC or CSI is shown,
// not obeyed), and so are the bidirectional controls that reorder what a reader sees. A document
// cannot move the cursor, recolour a line, rewrite one, or split a report line in two.
// eslint-disable-next-line no-control-regex -- these are the characters it escapes
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const escape = (c: string): string =>
  NAMED[c] ?? (c.charCodeAt(0) < 0x100 ? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}` : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

export const printable = (text: string): string => text.replace(UNPRINTABLE, escape);
