// The JSON API on a real SQLite file over HTTP on 127.0.0.1: every route answers and matches the
// schema the served OpenAPI document gives it; filters, paging, CSV and NDJSON; 400 naming the bad
// parameter; 401/403 around the token; size limits; one error shape with no internals in it. Then
// how bodies travel (gzip and brotli that decode to the same bytes, 304 on a matching ETag) and a
// busy pair's dossier, whose "N more" links reach every row it leaves out exactly once.
import assert from 'node:assert/strict';
import { get as httpGet, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { validate as validateOpenApi } from '@readme/openapi-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { createApp } from '../../src/serve/app.js';
import type { Store } from '../../src/store/store.js';
import { BUSY_DOCUMENTS, BUSY_PAIR, FIXTURES, servedCorpus, type TestServer } from './helpers.js';

interface RawResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

/** A GET over node:http, so that nothing decodes the body on the way (fetch would). */
function raw(base: string, path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    httpGet(new URL(path, base), { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

type Row = { id: string };
const ids = (rows: readonly Row[]): string[] => rows.map((r) => r.id);

type Doc = { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>>; components: object };

describe('readout serve: the API', () => {
  let s: TestServer;
  let doc: Doc;
  const ajv = new Ajv2020({ strict: false, allErrors: true });

  before(async () => {
    s = await servedCorpus();
    doc = (await (await s.fetch('/openapi.json')).json()) as Doc;
    ajv.addSchema({ $id: 'openapi', components: doc.components });
  });
  after(() => s.close());

  /** The response schema the served document gives a route, with its $refs pointed into it. */
  const schemaOf = (path: string, status = '200', method = 'get'): object => {
    const schema = doc.paths[path]?.[method]?.responses[status]?.content?.['application/json']?.schema;
    assert.ok(schema, `${method} ${path} ${status} has a JSON schema`);
    return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/')) as object;
  };
  const getValid = async (url: string, path: string): Promise<any> => {
    const res = await s.fetch(url);
    assert.equal(res.status, 200, `${url}: ${res.status}`);
    assert.match(res.headers.get('content-type') ?? '', /application\/json/);
    const body = await res.json();
    const check = ajv.compile(schemaOf(path));
    assert.ok(check(body), `${url} matches its OpenAPI schema: ${ajv.errorsText(check.errors)}`);
    return body;
  };

  it('serves an OpenAPI 3.1 document that validates', async () => {
    assert.equal((doc as unknown as { openapi: string }).openapi, '3.1.0');
    await validateOpenApi(structuredClone(doc) as never);
    for (const path of [
      '/api/documents',
      '/api/events',
      '/api/agreements',
      '/api/trade',
      '/api/people',
      '/api/countries',
      '/api/pairs/{pair}',
      '/api/search',
      '/api/stats',
    ]) {
      assert.ok(doc.paths[path], `${path} is documented`);
    }
  });

  it('answers every route with what its schema says, each fact with its sources', async () => {
    const events = await getValid('/api/events', '/api/events');
    assert.ok(events.rows.length > 0, 'events.rows.length > 0');
    for (const e of events.rows) assert.ok(e.sources.length > 0 && e.sources.every((x: { text: string }) => x.text.length > 0), `${e.id} has sources`);
    await getValid('/api/agreements', '/api/agreements');
    await getValid('/api/trade', '/api/trade');
    await getValid('/api/people', '/api/people');
    const docs = await getValid('/api/documents', '/api/documents');
    await getValid('/api/countries', '/api/countries');
    await getValid('/api/pairs', '/api/pairs');
    await getValid('/api/conflicts', '/api/conflicts');
    const stats = await getValid('/api/stats', '/api/stats');
    assert.equal(stats.documents, docs.rows.length);
    const pair = await getValid('/api/pairs/TJK-BLR', '/api/pairs/{pair}');
    assert.equal(pair.pair, 'BLR-TJK');
    assert.ok(
      pair.events.rows.length && pair.agreements.rows.length && pair.trade.groups.length && pair.people.length && pair.timeline.length,
      'the dossier has each part',
    );
    assert.ok(
      pair.trade.groups.some((g: { kind: string; year: number | null }) => g.kind === 'target' && g.year === 2026),
      "the fixture's target is in the dossier",
    );
    await getValid('/api/countries/TJK', '/api/countries/{code}');
    const person = pair.people[0];
    await getValid(`/api/people/${person.id}`, '/api/people/{id}');
    const detail = await getValid(`/api/documents/${docs.rows[0].id}`, '/api/documents/{id}');
    for (const m of detail.mentions) for (const e of m.evidence) assert.ok(e.end <= detail.text.length, 'e.end <= detail.text.length');
    const search = await getValid('/api/search?q=Dushanbe', '/api/search');
    assert.ok(search.total > 0 && search.facets.country.TJK > 0, 'search.total > 0 && search.facets.country.TJK > 0');
  });

  it('filters as the CLI does: country, pair, since, until, type, kind', async () => {
    const tjk = (await (await s.fetch('/api/events?country=tjk&limit=500')).json()).rows;
    assert.ok(
      tjk.length > 0 && tjk.every((e: { countries: string[] }) => e.countries.includes('TJK')),
      'tjk.length > 0 && tjk.every((e: { countries: string[] }) => ',
    );
    const pair = (await (await s.fetch('/api/agreements?pair=BLR-TJK')).json()).rows;
    assert.ok(
      pair.length > 0 && pair.every((a: { parties: string[] }) => a.parties.includes('BLR') && a.parties.includes('TJK')),
      'pair.length > 0 && pair.every((a: { parties: string[] }) => ',
    );
    const since = (await (await s.fetch('/api/events?since=2024-03&until=2024-12&limit=500')).json()).rows;
    // Compared at the fact's own precision, as the CLI does: a fact dated 2024 is within since=2024-03.
    const within = (d: string): boolean => d >= '2024-03'.slice(0, d.length) && d <= '2024-12'.slice(0, d.length);
    assert.ok(since.length > 0, 'some events in 2024');
    for (const e of since as Array<{ id: string; date: string }>) assert.ok(within(e.date), `${e.id} dated ${e.date} is within the bounds`);
    const undated = (await (await s.fetch('/api/events?limit=500')).json()).rows.filter((e: { date: string | null }) => !e.date || e.date.startsWith('--'));
    for (const e of undated) assert.ok(!since.some((x: { id: string }) => x.id === e.id), 'undated events are left out when a bound is given');
    const meetings = (await (await s.fetch('/api/events?type=meeting&limit=500')).json()).rows;
    assert.ok(
      meetings.length > 0 && meetings.every((e: { type: string }) => e.type === 'meeting'),
      'meetings.length > 0 && meetings.every((e: { type: string }) ',
    );
    const targets = (await (await s.fetch('/api/trade?kind=target&limit=500')).json()).rows;
    assert.ok(
      targets.length > 0 && targets.every((t: { kind: string }) => t.kind === 'target'),
      'targets.length > 0 && targets.every((t: { kind: string }) =>',
    );
    const all = (await (await s.fetch('/api/trade?limit=500')).json()).rows;
    assert.ok(all.length > targets.length, 'all.length > targets.length');
  });

  it('pages with a cursor: every row once, in order, with a Link to the next page', async () => {
    for (const list of ['events', 'agreements', 'trade', 'people', 'documents']) {
      const whole = (await (await s.fetch(`/api/${list}?limit=500`)).json()).rows.map((r: { id: string | number }) => r.id);
      const paged: Array<string | number> = [];
      let url: string | null = `/api/${list}?limit=3`;
      for (let pages = 0; url && pages < 100; pages++) {
        const res: Response = await s.fetch(url);
        const body = (await res.json()) as { rows: Array<{ id: string | number }>; next: string | null };
        assert.ok(body.rows.length <= 3, 'body.rows.length <= 3');
        paged.push(...body.rows.map((r) => r.id));
        const link = res.headers.get('link');
        assert.equal(Boolean(link), body.next !== null, `${list}: a Link header exactly when there is a next page`);
        url = body.next === null ? null : `/api/${list}?limit=3&cursor=${body.next}`;
        if (link) assert.ok(link.includes(`cursor=${body.next}`), 'link.includes(cursor=${body.next})');
      }
      assert.deepEqual(paged, whole, `${list} paged in full`);
      assert.ok(whole.length > 3, `${list} needs more than one page`);
    }
  });

  it('renders every list as CSV and NDJSON, by ?format= or by Accept', async () => {
    const json = (await (await s.fetch('/api/events?limit=5')).json()).rows;
    const csv = await s.fetch('/api/events?limit=5&format=csv');
    assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/);
    const lines = (await csv.text()).trim().split('\n');
    assert.equal(lines[0]!.split(',')[0], 'id');
    assert.ok(lines[0]!.includes('sources'), 'lines[0]!.includes("sources")');
    assert.deepEqual(
      lines.slice(1).map((l) => l.split(',')[0]),
      json.map((e: { id: string }) => e.id),
    );
    const byAccept = await s.fetch('/api/trade?limit=4', { headers: { accept: 'text/csv' } });
    assert.match(byAccept.headers.get('content-type') ?? '', /^text\/csv/);
    const nd = await s.fetch('/api/events?limit=5', { headers: { accept: 'application/x-ndjson' } });
    assert.match(nd.headers.get('content-type') ?? '', /^application\/x-ndjson/);
    const parsed = (await nd.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string });
    assert.deepEqual(
      parsed.map((e) => e.id),
      json.map((e: { id: string }) => e.id),
    );
    for (const list of ['documents', 'agreements', 'people', 'countries', 'pairs', 'conflicts']) {
      for (const format of ['csv', 'ndjson']) assert.equal((await s.fetch(`/api/${list}?format=${format}`)).status, 200, `${list} as ${format}`);
    }
    assert.equal((await s.fetch('/api/search?q=trade&format=ndjson')).status, 200);
  });

  it('answers a bad parameter with 400 naming it, in the one error shape', async () => {
    const cases: Array<[string, string]> = [
      ['/api/events?limit=0', 'limit'],
      ['/api/events?limit=abc', 'limit'],
      ['/api/events?limit=100000', 'limit'],
      ['/api/events?country=TJ', 'country'],
      ['/api/trade?pair=BLR', 'pair'],
      ['/api/events?since=2024-1', 'since'],
      ['/api/events?type=party', 'type'],
      ['/api/trade?kind=guess', 'kind'],
      ['/api/events?cursor=..%2F', 'cursor'],
      ['/api/events?contry=TJK', 'contry'],
      ['/api/search', 'q'],
      ['/api/search?q=x&year=twenty', 'year'],
      ['/api/pairs/BLR', 'pair'],
      ['/api/pairs/BLR-BLR', 'pair'],
      ['/api/documents/abc', 'id'],
      ['/api/events?format=xml', 'format'],
      ['/api/trade?year=20x', 'year'],
      ['/api/trade?year=99999', 'year'],
      ['/api/events?person=someone', 'person'],
      ['/api/events?id=tr_0123456789abcdef', 'id'],
      ['/events?format=csv', 'format'],
      ['/trade?kind=guess', 'kind'],
      ['/agreements?limit=0', 'limit'],
    ];
    for (const [url, parameter] of cases) {
      const res = await s.fetch(url);
      assert.equal(res.status, 400, url);
      const body = await res.json();
      assert.deepEqual(Object.keys(body).sort(), ['error', 'ok', 'status'], url);
      assert.equal(body.ok, false);
      assert.equal(body.status, 400);
      assert.ok(body.error.startsWith(`${parameter}:`) || body.error.startsWith(parameter), `${url} names ${parameter}: ${body.error}`);
    }
    const missing = await s.fetch('/api/pairs/AAA-BBB');
    assert.equal(missing.status, 404);
    assert.equal((await missing.json()).ok, false);
    assert.equal((await s.fetch('/api/documents/999999')).status, 404);
  });

  it('is read-only without a token', async () => {
    const res = await s.fetch('/api/documents?source=a.txt', { method: 'POST', body: 'Some text', headers: { 'content-type': 'text/plain' } });
    assert.equal(res.status, 403);
    assert.match((await res.json()).error, /read-only/);
  });

  it('sends a body gzip- or brotli-encoded as the client asks, decoding to the same bytes, with Vary and one ETag', async () => {
    for (const path of ['/pairs/BLR-TJK', '/api/pairs/BLR-TJK', '/api/events?limit=50', '/openapi.json', '/']) {
      const plain = await raw(s.url, path);
      assert.equal(plain.status, 200, path);
      assert.equal(plain.headers['content-encoding'], undefined, `${path}: no encoding unless asked`);
      assert.equal(Number(plain.headers['content-length']), plain.body.length, `${path}: Content-Length`);
      assert.ok(plain.body.length > 1024, `${path} is large enough to be compressed`);
      assert.match(plain.headers.vary ?? '', /Accept-Encoding/, `${path}: Vary`);
      assert.match(plain.headers.etag ?? '', /^W\/"[\w-]+"$/, `${path}: ETag`);
      const br = await raw(s.url, path, { 'accept-encoding': 'gzip, deflate, br, zstd' });
      assert.equal(br.headers['content-encoding'], 'br', `${path}: brotli when a browser offers it`);
      assert.ok(br.body.length < plain.body.length, `${path}: brotli is smaller`);
      assert.deepEqual(brotliDecompressSync(br.body), plain.body, `${path}: brotli decodes to the same bytes`);
      const gz = await raw(s.url, path, { 'accept-encoding': 'br;q=0.5, gzip' });
      assert.equal(gz.headers['content-encoding'], 'gzip', `${path}: gzip when preferred`);
      assert.deepEqual(gunzipSync(gz.body), plain.body, `${path}: gzip decodes to the same bytes`);
      const refused = await raw(s.url, path, { 'accept-encoding': 'gzip;q=0, br;q=0' });
      assert.equal(refused.headers['content-encoding'], undefined, `${path}: nothing the client refuses`);
      assert.ok(br.headers.etag === plain.headers.etag && gz.headers.etag === plain.headers.etag, `${path}: one ETag for every encoding`);
    }
    const small = await raw(s.url, '/api/stats', { 'accept-encoding': 'br' });
    assert.equal(small.headers['content-encoding'], undefined, 'a small body is sent as it is');
    const list = await raw(s.url, '/api/events?limit=5');
    assert.match(list.headers.vary ?? '', /Accept\b.*Accept-Encoding/, 'a list varies by Accept (its format) too');
  });

  it('answers 304 with no body when the client holds the same version', async () => {
    for (const path of ['/pairs/BLR-TJK', '/api/pairs/BLR-TJK', '/api/events?limit=5']) {
      const first = await raw(s.url, path, { 'accept-encoding': 'br' });
      const etag = first.headers.etag!;
      assert.equal(first.headers['cache-control'], 'no-cache', `${path}: kept but revalidated`);
      const again = await raw(s.url, path, { 'accept-encoding': 'br', 'if-none-match': etag });
      assert.equal(again.status, 304, path);
      assert.equal(again.body.length, 0, `${path}: no body`);
      assert.equal(again.headers.etag, etag);
      assert.match(again.headers.vary ?? '', /Accept-Encoding/, `${path}: the 304 keeps Vary`);
      const other = await raw(s.url, path, { 'if-none-match': 'W/"something-else"' });
      assert.equal(other.status, 200, `${path}: another version gets the body`);
    }
  });

  it("keeps a busy pair's dossier brief and pages through every encounter and agreement it leaves out, each once", async () => {
    const d = await getValid(`/api/pairs/${BUSY_PAIR}`, '/api/pairs/{pair}');
    for (const list of ['events', 'agreements'] as const) {
      const whole = ids((await (await s.fetch(`/api/${list}?pair=${BUSY_PAIR}&limit=500`)).json()).rows);
      assert.ok(whole.length >= BUSY_DOCUMENTS, `${list}: one per readout at least`);
      assert.equal(d.counts[list], whole.length, `${list}: counted in full`);
      assert.equal(d[list].rows.length, 25, `${list}: the newest 25 are listed`);
      assert.equal(d[list].list, `/api/${list}?pair=${BUSY_PAIR}`);
      const rest: string[] = [];
      for (let url: string | null = `${d[list].list}&limit=4&cursor=${d[list].next}`; url;) {
        const page = (await (await s.fetch(url)).json()) as { rows: Row[]; next: string | null };
        rest.push(...ids(page.rows));
        url = page.next ? `${d[list].list}&limit=4&cursor=${page.next}` : null;
      }
      assert.deepEqual([...ids(d[list].rows), ...rest], whole, `${list}: the dossier's rows, then the rest from its cursor, are the list`);
    }
  });

  it("sums a pair's trade figures up per measure, kind and year, each line linking to exactly its figures", async () => {
    const d = (await (await s.fetch(`/api/pairs/${BUSY_PAIR}`)).json()) as {
      counts: { trade: number };
      trade: {
        list: string;
        groups: Array<{
          measure: string;
          kind: string;
          year: number | null;
          figures: number;
          conflicting: number;
          min_usd: number | null;
          max_usd: number | null;
          figure: Row;
          list: string;
        }>;
      };
    };
    type Figure = Row & { measure: string; kind: string; year: number | null; value_usd: number | null; conflicts_with: string[] };
    const whole = (await (await s.fetch(`${d.trade.list}&limit=500`)).json()).rows as Figure[];
    assert.equal(d.counts.trade, whole.length);
    assert.equal(
      d.trade.groups.reduce((n, g) => n + g.figures, 0),
      whole.length,
      'every figure is in one line',
    );
    const seen: string[] = [];
    for (const g of d.trade.groups) {
      const rows = (await (await s.fetch(`${g.list}&limit=500`)).json()).rows as Figure[];
      assert.equal(rows.length, g.figures, `${g.list}: as many figures as the line says`);
      for (const r of rows) assert.ok(r.measure === g.measure && r.kind === g.kind && r.year === g.year, `${r.id} belongs to ${g.list}`);
      assert.ok(ids(rows).includes(g.figure.id), 'the value shown is one of the figures');
      const values = rows.map((r) => r.value_usd).filter((v): v is number => v !== null);
      assert.equal(g.min_usd, Math.min(...values));
      assert.equal(g.max_usd, Math.max(...values));
      assert.equal(g.conflicting, rows.filter((r) => r.conflicts_with.length).length);
      seen.push(...ids(rows));
    }
    assert.deepEqual(seen.sort(), ids(whole).sort(), "the lines' lists hold every figure exactly once");
    const turnover2015 = d.trade.groups.find((g) => g.measure === 'turnover' && g.kind === 'actual' && g.year === 2015)!;
    assert.ok(turnover2015.figures === 4 && turnover2015.conflicting === 4, 'four readouts give 2015 four values');
    const undated = d.trade.groups.find((g) => g.year === null)!;
    assert.ok(undated.list.endsWith('year=none') && undated.figures === 4 && undated.kind === 'target', 'the undated targets are a line of their own');
  });

  it('says on the dossier page how many more there are, and its links lead to exactly those rows', async () => {
    const html = async (path: string) => parseHTML(await (await s.fetch(path)).text()).document;
    const d = (await (await s.fetch(`/api/pairs/${BUSY_PAIR}`)).json()) as {
      counts: Record<string, number>;
      trade: { groups: Array<{ figures: number; year: number | null }> };
    };
    const page = await html(`/pairs/${BUSY_PAIR}`);
    for (const [list, noun] of [
      ['events', 'encounters'],
      ['agreements', 'agreements'],
    ] as const) {
      const links = [...page.querySelectorAll(`a.more[href^="/${list}?"]`)];
      assert.ok(links.length >= 1, `a link to more ${noun}`);
      for (const link of links) {
        assert.equal(link.textContent, `${d.counts[list]! - 25} more ${noun}`);
        const rows: string[] = [];
        for (let href: string | null = link.getAttribute('href'); href;) {
          const listPage = await html(href);
          rows.push(...[...listPage.querySelectorAll('tbody tr')].map((tr) => tr.id));
          href = listPage.querySelector('a[rel="next"]')?.getAttribute('href') ?? null;
        }
        const whole = ids((await (await s.fetch(`/api/${list}?pair=${BUSY_PAIR}&limit=500`)).json()).rows);
        assert.deepEqual(rows, whole.slice(25), `${noun}: the link pages through the rest, each once`);
      }
    }
    const groupLinks = [...page.querySelectorAll('#trade-figures a.group-list')];
    assert.equal(groupLinks.length, d.trade.groups.length, 'each trade line links to its figures');
    for (const [i, link] of groupLinks.entries()) {
      const listed = await html(link.getAttribute('href')!);
      assert.equal(listed.querySelectorAll('tbody tr').length, d.trade.groups[i]!.figures, `${link.getAttribute('href')}`);
    }
  });

  it("leads every fact's link to a page that shows it with its sentences", async () => {
    const busyDoc = (await (await s.fetch('/api/documents?limit=500')).json()).rows.find((r: { source: string }) => r.source.endsWith('/busy/busy-00.txt'));
    const page = parseHTML(await (await s.fetch(`/documents/${busyDoc.id}`)).text()).document;
    // Each fact's line: its link, then links to the sentences it was read in (#sN, on this page).
    const links = [...page.querySelectorAll('section[aria-labelledby="facts"] li > a')].map((a) => a.getAttribute('href')!).filter((h) => !h.startsWith('#'));
    assert.ok(
      links.some((h) => h.startsWith('/trade?id=')) && links.some((h) => h.startsWith('/events?id=')) && links.some((h) => h.startsWith('/agreements?id=')),
      'facts link to their rows',
    );
    for (const href of links) {
      const [path, id] = href.split('#');
      const target = parseHTML(await (await s.fetch(path!)).text()).document;
      const row = id ? target.getElementById(id) : target.querySelector('h1');
      assert.ok(row, `${href} shows the fact`);
      if (id) assert.ok(row.querySelector('details.evidence blockquote')?.textContent, `${href} has its sentence`);
    }
    const one = (await (await s.fetch(`/api/trade?pair=${BUSY_PAIR}&limit=1`)).json()).rows[0];
    const byId = (await (await s.fetch(`/api/trade?id=${one.id}`)).json()).rows;
    assert.deepEqual(ids(byId), [one.id]);
  });

  it("filters trade by a figure's own year, or none, and encounters by person", async () => {
    const undated = (await (await s.fetch(`/api/trade?pair=${BUSY_PAIR}&year=none&limit=500`)).json()).rows as Array<{ year: number | null }>;
    assert.ok(undated.length === 4 && undated.every((t) => t.year === null));
    const y2015 = (await (await s.fetch(`/api/trade?pair=${BUSY_PAIR}&year=2015`)).json()).rows as Array<{ year: number | null }>;
    assert.ok(y2015.length === 4 && y2015.every((t) => t.year === 2015));
    const d = (await (await s.fetch(`/api/pairs/${BUSY_PAIR}`)).json()) as { people: Array<{ id: string; name: string }> };
    const tokayev = d.people.find((p) => p.name === 'Kassym-Jomart Tokayev')!;
    const his = (await (await s.fetch(`/api/events?person=${tokayev.id}&limit=500`)).json()).rows as Array<{
      participants: Array<{ person_id: string | null }>;
    }>;
    assert.ok(his.length >= BUSY_DOCUMENTS && his.every((e) => e.participants.some((p) => p.person_id === tokayev.id)), 'his encounters');
    const page = await (await s.fetch(`/events?person=${tokayev.id}`)).text();
    assert.match(page, /<h1>Encounters: with Kassym-Jomart Tokayev<\/h1>/);
  });

  it('bounds the request target, and sets a strict Content-Security-Policy', async () => {
    const long = await s.fetch(`/api/search?q=${'a'.repeat(5000)}`);
    assert.equal(long.status, 414);
    assert.equal((await long.json()).status, 414);
    const csp = (await s.fetch('/')).headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  });
});

describe('readout serve: ingest through the API with a token', () => {
  let s: TestServer;
  const token = 'test-token-0123456789';
  before(async () => {
    s = await servedCorpus({ token, maxBodyBytes: 64 * 1024 });
  });
  after(() => s.close());

  const post = (body: BodyInit, headers: Record<string, string>, source = 'posted.txt') =>
    s.fetch(`/api/documents?source=${source}`, { method: 'POST', body, headers: { 'content-type': 'text/plain', ...headers } });
  const text =
    'Astana, 3 June 2024. President of Kazakhstan Kassym-Jomart Tokayev met President of Mongolia Ukhnaagiin Khurelsukh in Astana on 3 June 2024. Trade turnover reached $800 million in 2023.';

  it('refuses without a token (401) and with a wrong one (403), before reading the body', async () => {
    const none = await post(text, {});
    assert.equal(none.status, 401);
    assert.match(none.headers.get('www-authenticate') ?? '', /Bearer/);
    assert.deepEqual(Object.keys(await none.json()).sort(), ['error', 'ok', 'status']);
    const wrong = await post(text, { authorization: 'Bearer not-the-token' });
    assert.equal(wrong.status, 403);
    assert.equal((await wrong.json()).status, 403);
    const before = (await (await s.fetch('/api/stats')).json()).documents;
    assert.equal(before, (await s.store.stats()).documents);
  });

  it("ingests with the right token through the project's ingest, once", async () => {
    const before = (await (await s.fetch('/api/stats')).json()) as { documents: number };
    const etagBefore = (await s.fetch('/api/stats')).headers.get('etag');
    const res = await post(text, { authorization: `Bearer ${token}` });
    assert.equal(res.status, 201);
    const body = await res.json();
    assert.equal(body.kind, 'stored');
    assert.ok(body.facts > 0, 'body.facts > 0');
    const after = (await (await s.fetch('/api/stats')).json()) as { documents: number };
    assert.equal(after.documents, before.documents + 1, 'the cache saw the new data version');
    const moved = await s.fetch('/api/stats', { headers: { 'if-none-match': etagBefore! } });
    assert.equal(moved.status, 200, 'a body made before the ingest is no longer current');
    assert.notEqual(moved.headers.get('etag'), etagBefore);
    const mng = (await (await s.fetch('/api/events?country=MNG')).json()).rows;
    assert.ok(
      mng.some((e: { sources: Array<{ document: string }> }) => e.sources.some((x) => x.document === 'posted.txt')),
      'mng.some((e: { sources: Array<{ document: string }> }) => e.',
    );
    const again = await post(text, { authorization: `Bearer ${token}` });
    assert.equal(again.status, 200);
    assert.equal((await again.json()).kind, 'skipped');
  });

  it('refuses a body over the limit with 413', async () => {
    const big = `${text}\n${'x'.repeat(70 * 1024)}`;
    const res = await post(big, { authorization: `Bearer ${token}` });
    assert.equal(res.status, 413);
    assert.equal((await res.json()).status, 413);
    const fixture = readFileSync(`${FIXTURES}blr-tjk-targets.txt`);
    assert.equal((await post(fixture, { authorization: `Bearer ${token}` }, 'again.txt')).status, 200, 'content stored under another name is skipped');
  });
});

describe('readout serve: unexpected errors', () => {
  it('answer 500 in the error shape with nothing internal in it', async () => {
    const broken = new Proxy(
      {},
      {
        get: (_t, name) =>
          name === 'dataVersion'
            ? async () => '1'
            : async () => {
                throw new Error('SQLITE_CORRUPT at /secret/path/readout.db');
              },
      },
    ) as Store;
    const logged: string[] = [];
    const app = createApp({ store: broken, log: (l) => logged.push(l) });
    const res = await app.request('/api/stats');
    assert.equal(res.status, 500);
    const text = await res.text();
    assert.deepEqual(JSON.parse(text), { ok: false, status: 500, error: 'internal error' });
    assert.doesNotMatch(text, /secret|SQLITE|at /);
    assert.ok(
      logged.some((l) => l.includes('SQLITE_CORRUPT')),
      'the server logs what the client is not told',
    );
    const page = await app.request('/', { headers: { accept: 'text/html' } });
    assert.equal(page.status, 500);
    assert.doesNotMatch(await page.text(), /secret|SQLITE/);
  });
});
