import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { ingest } from '../../src/ingest/ingest.js';
import { ExtractionPool } from '../../src/ingest/worker-pool.js';
import type { Input } from '../../src/read/input.js';
import { readInputs } from '../../src/read/inputs.js';
import { nonPublicRange } from '../../src/read/address-guard.js';
import { FEED_CONCURRENCY, WebClient } from '../../src/read/web.js';
import { cli, tempStore, type TempStore } from '../helpers.js';

const ARTICLE = (title: string, body: string) =>
  `<!doctype html><html><head><title>${title}</title><meta property="og:site_name" content="Test Wire"></head><body><article><h1>${title}</h1>${body}</article></body></html>`;
const TALKS =
  '<p>ASTANA, 12 April 2024. President of Kazakhstan Kassym-Jomart Tokayev held talks with Prime Minister of Hungary Viktor Orbán in Astana on 12 April 2024.</p><p>Trade turnover between Kazakhstan and Hungary reached $365 million in 2023.</p>';
const CALL = '<p>BAKU, 28 May 2024. President of Azerbaijan Ilham Aliyev had a phone call with President of Turkey Recep Tayyip Erdoğan on 28 May 2024.</p>';
const LONG = `<p>TASHKENT, 2 February 2024. President of Uzbekistan Shavkat Mirziyoyev received Prime Minister of Pakistan Shehbaz Sharif in Tashkent on 2 February 2024.</p>${'<p>The sides discussed trade, transport corridors, energy and education cooperation in detail during the talks.</p>'.repeat(12)}`;

const MB = 1024 * 1024;

describe('ingest from http(s): pages and feeds, on a local server', () => {
  let t: TempStore;
  let server: Server;
  let base: string;
  const pool = new ExtractionPool({ threads: 1 });
  /** Every path the server was asked for, in order. */
  const asked: string[] = [];
  // /held/N answers only once FEED_CONCURRENCY requests are waiting (then all of them): a reader that
  // fetched one item at a time would wait forever, one that fetched all at once would be seen.
  const held: Array<() => void> = [];
  let inFlight = 0;
  let mostInFlight = 0;
  before(async () => {
    t = await tempStore();
    server = createServer((req, res) => {
      asked.push(req.url ?? '');
      const send = (status: number, type: string, body: string) => {
        res.writeHead(status, { 'content-type': type });
        res.end(body);
      };
      const hop = /^\/hop\/(\d+)$/.exec(req.url ?? '');
      if (hop) {
        res.writeHead(302, { location: `/hop/${Number(hop[1]) + 1}` });
        return res.end();
      }
      const heldItem = /^\/held\/(\d+)$/.exec(req.url ?? '');
      if (heldItem) {
        mostInFlight = Math.max(mostInFlight, ++inFlight);
        held.push(() => {
          inFlight--;
          send(200, 'text/html', ARTICLE(`Item ${heldItem[1]}`, CALL));
        });
        if (held.length === FEED_CONCURRENCY) for (const release of held.splice(0)) release();
        return;
      }
      switch (req.url) {
        case '/news/talks':
          return send(200, 'text/html; charset=utf-8', ARTICLE('Tokayev holds talks with Orbán', TALKS));
        case '/news/call':
          return send(200, 'text/html; charset=utf-8', ARTICLE('Aliyev and Erdoğan speak by phone', CALL));
        case '/old/talks':
          res.writeHead(301, { location: '/news/talks' });
          return res.end();
        case '/rss':
          return send(
            200,
            'application/rss+xml',
            `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title><link>${base}</link>
          <item><title>Aliyev and Erdoğan speak by phone</title><link>${base}/news/call</link><pubDate>Tue, 28 May 2024 10:00:00 GMT</pubDate><description>A short teaser.</description></item>
          <item><title>Mirziyoyev receives Sharif</title><link>${base}/news/full</link><pubDate>Fri, 02 Feb 2024 09:00:00 GMT</pubDate><content:encoded><![CDATA[${LONG}]]></content:encoded></item>
          <item><title>Gone</title><link>${base}/news/gone</link></item>
        </channel></rss>`,
          );
        case '/atom':
          return send(
            200,
            'application/atom+xml',
            `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title><id>urn:x</id><updated>2024-04-12T00:00:00Z</updated>
          <entry><title>Tokayev holds talks with Orbán</title><id>urn:talks</id><link href="${base}/news/talks"/><updated>2024-04-12T00:00:00Z</updated><summary>Teaser</summary></entry></feed>`,
          );
        case '/big':
          return send(200, 'text/html', `<html><body><p>${'x'.repeat(2 * MB)}</p></body></html>`);
        case '/silent':
          return; // never answers: the headers time out
        case '/stalls':
          res.writeHead(200, { 'content-type': 'text/html' });
          return void res.write('<html><body><p>The ministers met'); // the body times out
        case '/broken-feed':
          return send(200, 'application/rss+xml', '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>Half</tit');
        case '/empty-feed':
          return send(200, 'application/rss+xml', '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>x</link></channel></rss>');
        case '/itemless-links':
          return send(
            200,
            'application/atom+xml',
            '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title><entry><title>No link</title><id>urn:no-link</id><summary>short</summary></entry></feed>',
          );
        case '/trickle': {
          // One byte every 50 ms, for ever: never silent long enough for the idle timeout.
          res.writeHead(200, { 'content-type': 'text/html' });
          const timer = setInterval(() => res.write('x'), 50);
          res.on('close', () => clearInterval(timer));
          return;
        }
        case '/nowhere':
          res.writeHead(302);
          return res.end();
        case '/report.pdf':
          return send(200, 'application/pdf', '%PDF-1.7\n%âãÏÓ\n1 0 obj <<>> endobj');
        case '/photo':
          return send(200, 'image/png', '\x89PNG\r\n');
        case '/plain':
          return send(
            200,
            'text/plain; charset=utf-8',
            'ASTANA, 12 April 2024. President of Kazakhstan Kassym-Jomart Tokayev held talks with Prime Minister of Hungary Viktor Orbán.',
          );
        case '/held-feed':
          return send(
            200,
            'application/rss+xml',
            `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>${base}</link>${Array.from(
              { length: 2 * FEED_CONCURRENCY },
              (_, i) => `<item><title>Item ${i}</title><link>${base}/held/${i}</link><description>Teaser ${i}</description></item>`,
            ).join('')}</channel></rss>`,
          );
        case '/description-feed':
          return send(
            200,
            'application/rss+xml',
            `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>${base}</link>
          <item><title>Mirziyoyev receives Sharif</title><link>${base}/news/described</link><pubDate>Fri, 02 Feb 2024 09:00:00 GMT</pubDate><description><![CDATA[${LONG}]]></description></item>
        </channel></rss>`,
          );
        default:
          return send(404, 'text/plain', 'not found');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await pool.close();
    await t.dispose();
  });

  // The server is on 127.0.0.1: these reads allow private addresses (the refusal is tested apart).
  const inputs = (urls: string[]) =>
    readInputs(urls, { maxBytes: MB, published: null, stdin: Readable.from([]), timeoutMs: 300, deadlineMs: 2_000, allowPrivate: true });
  const run = async (urls: string[]) => {
    const events: Array<{ kind: string; source: string }> = [];
    const summary = await ingest(t.store, inputs(urls), { workers: 1, pool, onEvent: (e) => events.push(e) });
    return { summary, events };
  };
  const read = async (urls: string[]): Promise<Input[]> => {
    const all: Input[] = [];
    for await (const input of inputs(urls)) all.push(input);
    return all;
  };
  const problems = async (urls: string[]): Promise<string[]> =>
    (await read(urls)).map((i) => (i.kind === 'failure' ? `${i.source.replace(base, '')}: ${i.problem}` : `document ${i.source}`));

  it('stores a page under its URL, follows redirects, reports HTTP errors', async () => {
    const { summary, events } = await run([`${base}/old/talks`, `${base}/missing`]);
    assert.deepEqual(summary, { stored: 1, replaced: 0, updated: 0, skipped: 0, failed: 1 });
    assert.deepEqual(
      events.find((e) => e.kind === 'failed'),
      { kind: 'failed', source: `${base}/missing`, problem: 'cannot fetch: HTTP 404' },
    );
    const [doc] = await t.store.documents();
    assert.equal(doc!.source, `${base}/old/talks`);
    assert.equal(doc!.title, 'Tokayev holds talks with Orbán');
    const events2 = await t.store.events({ pair: ['HUN', 'KAZ'] });
    assert.equal(events2.length, 1);
    assert.equal(events2[0]!.sources[0]!.document, `${base}/old/talks`);
  });

  it('reads an RSS feed: full content from the feed, teasers fetched from their link, dead links reported', async () => {
    const { summary, events } = await run([`${base}/rss`]);
    assert.deepEqual(summary, { stored: 2, replaced: 0, updated: 0, skipped: 0, failed: 1 });
    assert.deepEqual(events.map((e) => `${e.kind} ${e.source}`).sort(), [`failed ${base}/news/gone`, `stored ${base}/news/call`, `stored ${base}/news/full`]);
    assert.ok(!asked.includes('/news/full'), 'the article the feed carries is not fetched again');
    const docs = await t.store.documents();
    assert.equal(docs.find((d) => d.source === `${base}/news/full`)?.published, '2024-02-02', 'the feed item date');
    assert.equal((await t.store.events({ pair: ['PAK', 'UZB'] })).length, 1);
    assert.equal((await t.store.events({ pair: ['AZE', 'TUR'] }))[0]?.type, 'phone_call');
  });

  it('reads an Atom feed, and skips what is already stored', async () => {
    const { summary, events } = await run([`${base}/atom`]);
    assert.deepEqual(summary, { stored: 0, replaced: 0, updated: 0, skipped: 1, failed: 0 });
    assert.equal(events[0]!.source, `${base}/news/talks`);
  });

  it('refuses a response larger than the limit, and gives up on a server that does not answer or stalls', async () => {
    assert.deepEqual(await problems([`${base}/big`, `${base}/silent`, `${base}/stalls`, `${base}/hop/1`]), [
      '/big: cannot fetch: larger than 1.0 MB',
      '/silent: cannot fetch: Headers Timeout Error',
      '/stalls: cannot fetch: Body Timeout Error',
      '/hop/1: cannot fetch: more than 5 redirects (HTTP 302 to /hop/7)',
    ]);
  });

  it('cuts off a server that trickles its answer at the deadline of the whole request, and says where a redirect went wrong', async () => {
    assert.deepEqual(await problems([`${base}/trickle`, `${base}/nowhere`]), [
      '/trickle: cannot fetch: no complete answer within 2 s (the deadline of one request)',
      '/nowhere: cannot fetch: a redirect without a location (HTTP 302)',
    ]);
  });

  it('refuses what is not text from its content type: a PDF, an image', async () => {
    assert.deepEqual(await problems([`${base}/report.pdf`, `${base}/photo`, `${base}/plain`]), [
      '/report.pdf: cannot fetch: not text but application/pdf',
      '/photo: cannot fetch: not text but image/png',
      `document ${base}/plain`,
    ]);
  });

  it("fetches a feed's items a few at a time, in the feed's order", async () => {
    const got = await problems([`${base}/held-feed`]);
    assert.deepEqual(
      got,
      Array.from({ length: 2 * FEED_CONCURRENCY }, (_, i) => `document ${base}/held/${i}`),
    );
    assert.equal(mostInFlight, FEED_CONCURRENCY);
  });

  it('takes an article a feed carries in its description from the feed, without fetching its link', async () => {
    const [item] = await read([`${base}/description-feed`]);
    assert.ok(item?.kind === 'document');
    assert.equal(item.source, `${base}/news/described`);
    assert.deepEqual(item.hints, { format: 'html', title: 'Mirziyoyev receives Sharif', published: '2024-02-02' });
    assert.match(Buffer.from(item.bytes).toString('utf8'), /Mirziyoyev received Prime Minister of Pakistan Shehbaz Sharif/);
    assert.ok(!asked.includes('/news/described'));
  });

  it('refuses loopback, private and link-local addresses unless allowed, by the address connected to', async () => {
    const port = new URL(base).port;
    const client = new WebClient({ maxBytes: MB, timeoutMs: 1_000 });
    const before = asked.length;
    const refused = async (url: string): Promise<string> =>
      client.fetch(url).then(
        () => 'fetched',
        (e: Error) => e.message,
      );
    try {
      assert.equal(await refused(`${base}/news/talks`), '127.0.0.1, a loopback address: not fetched (--allow-private allows it)');
      // A name is checked by what it resolves to, not by what it is called.
      assert.match(
        await refused(`http://localhost:${port}/news/talks`),
        /^localhost resolves to (127\.0\.0\.1|::1), a loopback address: not fetched \(--allow-private allows it\)$/,
      );
      assert.equal(await refused(`http://[::ffff:127.0.0.1]:${port}/news/talks`), '::ffff:7f00:1, a loopback address: not fetched (--allow-private allows it)');
      assert.equal(await refused('http://169.254.169.254/latest/meta-data/'), '169.254.169.254, a linkLocal address: not fetched (--allow-private allows it)');
      assert.equal(await refused('http://10.0.0.1/'), '10.0.0.1, a private address: not fetched (--allow-private allows it)');
    } finally {
      await client.close();
    }
    assert.equal(asked.length, before, 'nothing reached the server');
    for (const [address, range] of [
      ['8.8.8.8', null],
      ['2a00:1450:4001::200e', null],
      ['192.168.1.1', 'private'],
      ['fd00::1', 'uniqueLocal'],
      ['fe80::1', 'linkLocal'],
      ['::1', 'loopback'],
      ['0.0.0.0', 'unspecified'],
      ['100.64.0.1', 'carrierGradeNat'],
    ] as const) {
      assert.equal(nonPublicRange(address), range, address);
    }
  });

  it('the CLI refuses a loopback URL in one line, and reads it with --allow-private', async () => {
    const refused = await cli(['extract', `${base}/news/talks`]);
    assert.equal(refused.code, 1);
    assert.equal(
      refused.stderr,
      `readout: ${base}/news/talks: cannot fetch: 127.0.0.1, a loopback address: not fetched (--allow-private allows it)\nreadout: 1 of 1 inputs failed\n`,
    );
    const allowed = await cli(['extract', `${base}/news/talks`, '--allow-private', '--format', 'json']);
    assert.equal(allowed.code, 0, allowed.stderr);
    assert.equal(JSON.parse(allowed.stdout).document.title, 'Tokayev holds talks with Orbán');
  });

  it('reports a feed it cannot read; an empty feed gives nothing; an item without link or content fails alone', async () => {
    const got = await problems([`${base}/broken-feed`, `${base}/empty-feed`, `${base}/itemless-links`]);
    assert.equal(got.length, 2);
    assert.match(got[0]!, /^\/broken-feed: not a readable feed: .+/);
    assert.equal(got[1], 'urn:no-link: feed item without a link or full content');
  });

  it("hands a feed item's full content over as HTML with its title and date, not wrapped in a page", async () => {
    const item = (await read([`${base}/rss`])).find((i) => i.source === `${base}/news/full`);
    assert.ok(item?.kind === 'document');
    assert.deepEqual(item.hints, { format: 'html', title: 'Mirziyoyev receives Sharif', published: '2024-02-02' });
    assert.ok(Buffer.from(item.bytes).toString('utf8').startsWith('<p>TASHKENT'));
  });
});
