// Hostile inputs for the fuzz suite (fast-check arbitraries): random bytes and text, and text, HTML,
// JSON and NDJSON built from the pieces that broke or slowed the readers before (issue 13): caps runs,
// digit runs, long words, dates that do not exist, relative years, invisible and bidi characters,
// ANSI escapes, deep and wide HTML, script-only pages, odd JSON shapes, facts-looking NDJSON lines.
// `scale` bounds how often a piece repeats: small in `npm test`, larger in `npm run fuzz`.
import fc from 'fast-check';

export interface FuzzInput {
  /** The file name: its extension says how the readers take it (.txt, .html, .json, .ndjson). */
  readonly name: string;
  readonly bytes: Uint8Array;
  /** What the input is, for the report: the arbitrary that made it. */
  readonly kind: string;
}

const encoder = new TextEncoder();

const PIECES = [
  'ASTANA',
  'TASHKENT, 12 March (Kazinform) –',
  'President',
  'Prime Minister',
  'Kassym-Jomart Tokayev',
  'Shavkat Mirziyoyev',
  'Li Qiang',
  'Ivan Petrov',
  'Kazakhstan',
  'China',
  'Uzbekistan',
  'Russian',
  'Turkmen',
  'the two countries',
  'met',
  'held talks with',
  'signed',
  'agreement on',
  'memorandum',
  'trade turnover',
  'reached',
  '$5 billion',
  '$',
  '€3,5 млн',
  '100 million',
  'tenge',
  'in 2023',
  'last year',
  'the year before',
  'this year',
  'five years ago',
  '12 March 2024',
  '2024-02-30',
  '0000-00-00',
  '2024-99',
  '31/04/2025',
  '16/3/2025',
  'on Sunday',
  '30th anniversary',
  '50 years of relations',
  'Mr.',
  // Titles, courtesies and abbreviations the people recogniser reads around ("PM " alone once threw).
  'PM',
  'FM',
  'H.E.',
  'HRH',
  'Dr.',
  'Sheikh',
  '(US)',
  'Minister of Foreign Affairs',
  'Vice President of the United States',
  'Director General',
  'Ambassador',
  'accompanied by',
  'on behalf of',
  'who',
  'his',
  'of the',
  'KHOMTHAVONG',
  'Jr.',
  'bin',
  'Al',
  'MoU',
  'Joint Statement',
  'U.S.',
  'No.',
  'e.g.',
  '...',
  '…',
  '—',
  '«',
  '»',
  '"',
  "'",
  '(',
  ')',
  '[',
  ']',
  ',',
  ';',
  ':',
  '!',
  '?',
  '.',
  'A'.repeat(70),
  '9'.repeat(40),
  'x'.repeat(90),
  'ПРЕЗИДЕНТ',
  'Казахстан',
  'АSTANA' /* Cyrillic А */,
  'ﬁnance',
  'Ｋａｚａｋｈｓｔａｎ',
  '\u200b',
  '\u200d',
  '\u202e',
  '\u2066',
  '\ufeff',
  '\u00ad',
  '\u0301',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u001b]0;title\u0007',
  '\r',
  '\t',
  '\n',
  '\n\n',
  '\u2028',
  '😀',
  '👩‍👩‍👧',
  '\ud800',
  '\udfff',
  '&amp;',
  '&#0;',
  '&#x110000;',
  '<',
  '>',
  '=HYPERLINK("x")',
  '+1',
  '-1',
  '@x',
];
const SEPARATORS = [' ', ' ', ' ', '', '\n', '. ', ', ', '\n\n', '  ', '\t'];

/** Text of pieces, each repeated up to `scale` times: the runs that make a pattern or a loop grow. */
const pieceText = (scale: number): fc.Arbitrary<string> =>
  fc
    .array(fc.tuple(fc.constantFrom(...PIECES), fc.integer({ min: 1, max: scale }), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 60 })
    .map((parts) => parts.map(([piece, times, sep]) => (piece + sep).repeat(times)).join(''));

/** Plausible readout text with hostile pieces spliced in. */
const readoutText = (scale: number): fc.Arbitrary<string> =>
  fc
    .tuple(pieceText(scale), pieceText(scale))
    .map(
      ([a, b]) =>
        `${a}\nASTANA, 12 April 2024. President of Kazakhstan Kassym-Jomart Tokayev held talks with Prime Minister of Hungary Viktor Orbán on 12 April 2024.\n${b}`,
    );

const anyText = (scale: number): fc.Arbitrary<string> =>
  fc.oneof(fc.string({ unit: 'binary', maxLength: 40 * scale }), fc.string({ unit: 'grapheme', maxLength: 40 * scale }), pieceText(scale), readoutText(scale));

const escapeHtml = (text: string): string => text.replace(/&(?![#\w]+;)/g, '&amp;').replace(/</g, '&lt;');

const TAGS = [
  'div',
  'p',
  'span',
  'article',
  'section',
  'b',
  'i',
  'a',
  'table',
  'tr',
  'td',
  'ul',
  'li',
  'main',
  'header',
  'footer',
  'nav',
  'aside',
  'h1',
  'h2',
  'font',
  'blockquote',
];

/** HTML of hostile shapes: nesting deeper than the readers' caps, siblings by the thousand, scripts, broken markup, odd meta. */
const html = (scale: number): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.constantFrom(...TAGS),
      fc.integer({ min: 0, max: 30 * scale }),
      fc.integer({ min: 0, max: 100 * scale }),
      anyText(scale),
      anyText(Math.max(1, scale >> 2)),
      fc.constantFrom('2024-04-12', '2024-02-30', '0000-00-00', '2024-99', 'yesterday', '', '9999-12-31T99:99:99Z'),
      fc.boolean(),
      fc.constantFrom(
        '',
        '<script>for(;;);</script>'.repeat(3),
        '<style>p{}</style>',
        '<!--',
        '<![CDATA[',
        '</body></html>',
        '<html><html><body>',
        '<svg><foreignObject>',
        '<template>',
        '<iframe srcdoc="<p>x</p>">',
      ),
    )
    .map(([tag, depth, siblings, body, title, date, closed, junk]) => {
      const open = `<${tag} class="c${depth}" data-x="${'"'.repeat(depth % 3)}">`.repeat(depth);
      const close = closed ? `</${tag}>`.repeat(depth) : '';
      const many = `<p>${escapeHtml(body.slice(0, 40))}</p>`.repeat(siblings);
      return `<!doctype html><html><head><title>${escapeHtml(title)}</title><meta property="article:published_time" content="${date}"><meta property="og:site_name" content="${escapeHtml(title.slice(0, 20))}">${junk}</head><body>${open}<article><p>${escapeHtml(body)}</p>${many}</article>${close}${junk}</body></html>`;
    });

/** JSON: random values, and article objects whose fields are hostile. */
const json = (scale: number): fc.Arbitrary<string> =>
  fc.oneof(
    fc.json({ maxDepth: 6 }),
    fc
      .record(
        {
          title: anyText(Math.max(1, scale >> 2)),
          text: anyText(scale),
          published: fc.constantFrom('2024-04-12', '2024-02-30', '0000-00-00', '2024-99', 'not a date', ''),
          source: fc.string({ maxLength: 30 }),
        },
        { requiredKeys: [] },
      )
      .map((o) => JSON.stringify(o)),
    fc.record({ html: html(scale), url: fc.webUrl() }).map((o) => JSON.stringify(o)),
    // Nesting past what a recursive reader could take.
    fc.integer({ min: 1, max: 200 * scale }).map((n) => `${'['.repeat(n)}"Kazakhstan"${']'.repeat(n)}`),
    anyText(scale).map((t) =>
      JSON.stringify({ schema: 'readout-facts/v1', document: { source: t.slice(0, 50) }, events: t.length % 2 ? [] : [{ id: t.slice(0, 10) }] }),
    ),
  );

/** NDJSON: lines of JSON (some broken, some blank, CRLF or not), a document each. */
const ndjson = (scale: number): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.array(fc.oneof(json(Math.max(1, scale >> 1)), fc.constant(''), fc.string({ maxLength: 30 }), fc.constant('{"text": "unterminated')), {
        minLength: 1,
        maxLength: 6,
      }),
      fc.constantFrom('\n', '\r\n'),
    )
    .map(([lines, eol]) => lines.map((l) => l.replace(/[\r\n]/g, ' ')).join(eol));

const named = (kind: string, ext: string, text: fc.Arbitrary<string>): fc.Arbitrary<FuzzInput> =>
  text.map((t) => ({ name: `fuzz${ext}`, bytes: encoder.encode(t), kind }));

/** Any hostile input: text, bytes, HTML, JSON or NDJSON, as a file of that kind. */
export function hostileInput(scale: number): fc.Arbitrary<FuzzInput> {
  return fc.oneof(
    named('text', '.txt', anyText(scale)),
    named('readout text', '.txt', readoutText(scale)),
    fc.uint8Array({ maxLength: 200 * scale }).map((bytes) => ({ name: 'fuzz.txt', bytes, kind: 'bytes' })),
    fc
      .tuple(fc.uint8Array({ maxLength: 100 * scale }), fc.constantFrom('.txt', '.html', '.json'))
      .map(([bytes, ext]) => ({ name: `fuzz${ext}`, bytes: Uint8Array.from([0xff, 0xfe, ...bytes]), kind: 'bytes after a UTF-16 mark' })),
    named('html', '.html', html(scale)),
    named('html as text', '.txt', html(scale)),
    named('json', '.json', json(scale)),
    named('ndjson', '.ndjson', ndjson(scale)),
  );
}
