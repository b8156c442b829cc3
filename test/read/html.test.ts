import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readDocument } from '../../src/read/read-document.js';

const para = (s: string): string => `<p>${s} ${'The two sides reviewed cooperation in energy, transport and education in detail. '.repeat(3)}</p>`;
const page = (body: string): string => `<!doctype html><html><head>
<title>Talks in Baku | Press Service</title>
<meta property="og:site_name" content="Press Service of the President">
<meta property="article:published_time" content="2024-03-14T10:31:00+04:00">
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<div class="share">Share Tweet Print</div>${body}<footer>© Press Service 2024</footer></body></html>`;

describe('HTML pages', () => {
  it('keeps the article, drops navigation, and reads title, site name and date from the head', () => {
    const raw = readDocument(
      'baku.html',
      Buffer.from(
        page(`<article><h1>Talks in Baku</h1>${para('President Ilham Aliyev met Prime Minister Nikol Pashinyan.')}${para('A road map was signed.')}</article>`),
      ),
    );
    assert.equal(raw.format, 'html');
    assert.equal(raw.published, '2024-03-14T10:31:00+04:00');
    assert.equal(raw.publisher, 'Press Service of the President');
    assert.match(raw.text, /Ilham Aliyev met Prime Minister Nikol Pashinyan/);
    assert.match(raw.text, /A road map was signed\./);
    assert.doesNotMatch(raw.text, /Tweet|Home/);
    assert.match(raw.text, /\n\n/, 'paragraphs stay apart');
  });
  it('survives broken HTML: unclosed tags still give the text', () => {
    const broken = page(
      `<div class="content"><p>The ministers discussed trade. ${'More words about the meeting and its results. '.repeat(8)}<p>They agreed to meet again<li>in Tashkent`,
    );
    const raw = readDocument('broken.html', Buffer.from(broken));
    assert.match(raw.text, /The ministers discussed trade/);
    assert.match(raw.text, /meet again/);
  });
  it('reads a page denser in elements than published pages by the linear scan, which keeps its furniture', () => {
    // 10,000 empty paragraphs in 200 KB: Readability would cost about 50 µs each (a fuzz find took
    // 0.6 s for 80 KB); published pages carry 60 bytes or more per element.
    const article = `<article>${para('President Ilham Aliyev met Prime Minister Nikol Pashinyan.')}</article>`;
    const padded = (n: number): Buffer => Buffer.from(page(`${'<p class="x"></p>'.repeat(n)}${article}`));
    const sparse = readDocument('sparse.html', padded(100));
    const dense = readDocument('dense.html', padded(10_000));
    assert.doesNotMatch(sparse.text, /Tweet/, 'Readability drops the share bar');
    assert.match(dense.text, /Share Tweet Print/, 'the scan keeps it');
    assert.match(dense.text, /Ilham Aliyev met Prime Minister Nikol Pashinyan/);
    assert.equal(dense.publisher, 'Press Service of the President', 'the head is read either way');
  });
  it('reads a page of entity-split text runs by the linear scan (each entity is a DOM node of its own)', () => {
    const article = `<article>${para('President Ilham Aliyev met Prime Minister Nikol Pashinyan.')}</article>`;
    const entities = (n: number): Buffer => Buffer.from(page(`${article}<p>${'&lt; '.repeat(n)}</p>`));
    assert.doesNotMatch(readDocument('few.html', entities(100)).text, /Tweet/, 'Readability reads a page with a few entities');
    const many = readDocument('many.html', entities(20_000));
    // The scan skips <nav> and keeps the share bar; Readability, lost among 40,000 text nodes, kept both.
    assert.match(many.text, /^Share Tweet Print/, 'the scan reads a page made of them');
    assert.match(many.text, /Ilham Aliyev met Prime Minister Nikol Pashinyan/);
  });
  it('reads a page with less text than an article by the linear scan (Readability would parse it four times)', () => {
    const short = readDocument('short.html', Buffer.from(page('<article><p>Talks were held in Baku.</p></article>')));
    assert.match(short.text, /Share Tweet Print/);
    assert.match(short.text, /Talks were held in Baku\./);
  });
  it('refuses a page with no readable text', () => {
    assert.throws(
      () => readDocument('empty.html', Buffer.from('<html><head><title>x</title></head><body><script>1</script></body></html>')),
      /no readable text/,
    );
    assert.throws(
      () => readDocument('empty-paragraphs.html', Buffer.from(page('<p class="x"></p>'.repeat(10_000)).replace(/>[^<]+</g, '><'))),
      /no readable text/,
    );
  });
});

describe('saved JSON', () => {
  it('takes the text and the fields it carries', () => {
    const raw = readDocument('a.json', Buffer.from(JSON.stringify({ title: 'Visit', site: 'Agency', published: '2024-05-01', text: 'The minister arrived.' })));
    assert.deepEqual([raw.format, raw.title, raw.publisher, raw.published, raw.text], ['json', 'Visit', 'Agency', '2024-05-01', 'The minister arrived.']);
  });
  it('names the missing field', () => {
    assert.throws(() => readDocument('b.json', Buffer.from('{"headline":"x"}')), /no text field/);
  });
});
