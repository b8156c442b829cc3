import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { ingest } from '../../src/ingest/ingest.js';
import { ExtractionPool } from '../../src/ingest/worker-pool.js';
import type { Input } from '../../src/read/input.js';
import { readInputs } from '../../src/read/inputs.js';
import { tempStore, type TempStore } from '../helpers.js';

const ARTICLE = (title: string, body: string) => `<!doctype html><html><head><title>${title}</title><meta property="og:site_name" content="Test Wire"></head><body><article><h1>${title}</h1>${body}</article></body></html>`;
const TALKS = '<p>ASTANA, 12 April 2024. President of Kazakhstan Kassym-Jomart Tokayev held talks with Prime Minister of Hungary Viktor Orbán in Astana on 12 April 2024.</p><p>Trade turnover between Kazakhstan and Hungary reached $365 million in 2023.</p>';
const CALL = '<p>BAKU, 28 May 2024. President of Azerbaijan Ilham Aliyev had a phone call with President of Turkey Recep Tayyip Erdoğan on 28 May 2024.</p>';
const LONG = `<p>TASHKENT, 2 February 2024. President of Uzbekistan Shavkat Mirziyoyev received Prime Minister of Pakistan Shehbaz Sharif in Tashkent on 2 February 2024.</p>${'<p>The sides discussed trade, transport corridors, energy and education cooperation in detail during the talks.</p>'.repeat(12)}`;

const MB = 1024 * 1024;

describe('ingest from http(s): pages and feeds, on a local server', () => {
  let t: TempStore;
  let server: Server;
  let base: string;
  const pool = new ExtractionPool({ threads: 1 });
  before(async () => {
    t = await tempStore();
    server = createServer((req, res) => {
      const send = (status: number, type: string, body: string) => {
        res.writeHead(status, { 'content-type': type });
        res.end(body);
      };
      const hop = /^\/hop\/(\d+)$/.exec(req.url ?? '');
      if (hop) {
        res.writeHead(302, { location: `/hop/${Number(hop[1]) + 1}` });
        return res.end();
      }
      switch (req.url) {
        case '/news/talks': return send(200, 'text/html; charset=utf-8', ARTICLE('Tokayev holds talks with Orbán', TALKS));
        case '/news/call': return send(200, 'text/html; charset=utf-8', ARTICLE('Aliyev and Erdoğan speak by phone', CALL));
        case '/old/talks': res.writeHead(301, { location: '/news/talks' }); return res.end();
        case '/rss': return send(200, 'application/rss+xml', `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title><link>${base}</link>
          <item><title>Aliyev and Erdoğan speak by phone</title><link>${base}/news/call</link><pubDate>Tue, 28 May 2024 10:00:00 GMT</pubDate><description>A short teaser.</description></item>
          <item><title>Mirziyoyev receives Sharif</title><link>${base}/news/full</link><pubDate>Fri, 02 Feb 2024 09:00:00 GMT</pubDate><content:encoded><![CDATA[${LONG}]]></content:encoded></item>
          <item><title>Gone</title><link>${base}/news/gone</link></item>
        </channel></rss>`);
        case '/atom': return send(200, 'application/atom+xml', `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title><id>urn:x</id><updated>2024-04-12T00:00:00Z</updated>
          <entry><title>Tokayev holds talks with Orbán</title><id>urn:talks</id><link href="${base}/news/talks"/><updated>2024-04-12T00:00:00Z</updated><summary>Teaser</summary></entry></feed>`);
        case '/big': return send(200, 'text/html', `<html><body><p>${'x'.repeat(2 * MB)}</p></body></html>`);
        case '/silent': return; // never answers: the headers time out
        case '/stalls': res.writeHead(200, { 'content-type': 'text/html' }); return void res.write('<html><body><p>The ministers met'); // the body times out
        case '/broken-feed': return send(200, 'application/rss+xml', '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>Half</tit');
        case '/empty-feed': return send(200, 'application/rss+xml', '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>x</link></channel></rss>');
        case '/itemless-links': return send(200, 'application/atom+xml', '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title><entry><title>No link</title><id>urn:no-link</id><summary>short</summary></entry></feed>');
        default: return send(404, 'text/plain', 'not found');
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

  const inputs = (urls: string[]) => readInputs(urls, { maxBytes: MB, published: null, stdin: Readable.from([]), timeoutMs: 300 });
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
  const problems = async (urls: string[]): Promise<string[]> => (await read(urls)).map((i) => (i.kind === 'failure' ? `${i.source.replace(base, '')}: ${i.problem}` : `document ${i.source}`));

  it('stores a page under its URL, follows redirects, reports HTTP errors', async () => {
    const { summary, events } = await run([`${base}/old/talks`, `${base}/missing`]);
    assert.deepEqual(summary, { stored: 1, replaced: 0, updated: 0, skipped: 0, failed: 1 });
    assert.deepEqual(events.find((e) => e.kind === 'failed'), { kind: 'failed', source: `${base}/missing`, problem: 'cannot fetch: HTTP 404' });
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
      '/hop/1: cannot fetch: redirected more than 5 times, or nowhere (HTTP 302)',
    ]);
  });

  it('reports a feed it cannot read; an empty feed gives nothing; an item without link or content fails alone', async () => {
    const got = await problems([`${base}/broken-feed`, `${base}/empty-feed`, `${base}/itemless-links`]);
    assert.equal(got.length, 2);
    assert.match(got[0]!, /^\/broken-feed: not a readable feed: .+/);
    assert.equal(got[1], 'urn:no-link: feed item without a link or full content');
  });

  it('hands a feed item\'s full content over as HTML with its title and date, not wrapped in a page', async () => {
    const item = (await read([`${base}/rss`])).find((i) => i.source === `${base}/news/full`);
    assert.ok(item?.kind === 'document');
    assert.deepEqual(item.hints, { format: 'html', title: 'Mirziyoyev receives Sharif', published: '2024-02-02' });
    assert.ok(Buffer.from(item.bytes).toString('utf8').startsWith('<p>TASHKENT'));
  });
});
