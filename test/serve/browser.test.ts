// The dashboard in real Chromium (Debian's, driven by playwright-core), against one server over one
// ingested database: what an analyst sees and clicks, that article text stays text, and an axe-core
// accessibility check per page type. Screenshots of every page type are taken on every run: into
// docs/screenshots/ with `npm run screenshots` (UPDATE_SCREENSHOTS=1), else into a scratch folder so
// a test run leaves the checkout as it was.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildAssets } from '../../src/serve/build-assets.js';
import { BUSY_PAIR, servedCorpus, type TestServer } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS =
  process.env.UPDATE_SCREENSHOTS === '1'
    ? new URL('../../docs/screenshots/', import.meta.url).pathname
    : `${mkdtempSync(join(tmpdir(), 'readout-screenshots-'))}/`;
// The machine has no network: without the background-networking flags Chromium keeps trying to reach
// its services. Playwright starts each browser with a fresh empty profile (--user-data-dir) itself.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

describe('the dashboard in Chromium', () => {
  let s: TestServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  before(async () => {
    assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does)`);
    await buildAssets(); // never test a stale bundle
    mkdirSync(SCREENSHOTS, { recursive: true });
    s = await servedCorpus();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    // axe-core's runner needs a page of a context made by newContext (not browser.newPage).
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  });
  after(async () => {
    await browser?.close();
    await s?.close();
  });

  const open = async (path: string): Promise<void> => {
    const res = await page.goto(new URL(path, s.url).href);
    assert.equal(res?.status(), 200, `${path} answers 200`);
  };
  const shot = (name: string) => page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
  const api = async <T>(path: string): Promise<T> => (await (await s.fetch(path)).json()) as T;

  it('renders the overview: counts, most active pairs and the network of who meets whom', async () => {
    await open('/');
    const stats = await api<{ documents: number; events: number }>('/api/stats');
    assert.match(await page.locator('ul.counts').innerText(), new RegExp(`${stats.documents}\\s+documents`));
    await page.locator('figure[data-graph].drawn').waitFor();
    const pairs = await api<{ rows: Array<{ pair: string; events: number }> }>('/api/pairs');
    const linked = pairs.rows.filter((p) => p.events > 0);
    assert.equal(await page.locator('figure[data-graph] .links a').count(), linked.length, 'one line per pair that met');
    assert.equal(
      await page.locator('figure[data-graph] .nodes a').count(),
      new Set(linked.flatMap((p) => p.pair.split('-'))).size,
      'one node per country that met',
    );
    await page.locator('figure[data-graph] .nodes a[href="/countries/TJK"]').click();
    await page.waitForURL(/\/countries\/TJK$/);
    assert.equal(await page.locator('h1').innerText(), 'Tajikistan');
    await open('/');
    await shot('overview');
  });

  it('shows a pair dossier: timeline, a trade chart with the target apart from actuals, the agreements register', async () => {
    await open('/pairs/BLR-TJK');
    type Group = { kind: string; year: number | null; measure: string; figures: number; figure: { value_usd: number | null } };
    const dossier = await api<{ timeline: unknown[]; agreements: { rows: Array<{ title: string }> }; trade: { groups: Group[] } }>('/api/pairs/BLR-TJK');
    assert.equal(await page.locator('ol.timeline > li').count(), dossier.timeline.length, 'every timeline item listed');
    const register = page.locator('section[aria-labelledby="agreements"] tbody tr');
    assert.equal(await register.count(), dossier.agreements.rows.length);
    assert.ok(
      (await register.allInnerTexts()).some((t) => t.includes(dossier.agreements.rows[0]!.title)),
      'the register lists the titles',
    );

    await page.locator('figure[data-chart="trade"].drawn').waitFor();
    const actual = page.locator('.series-actual a.point');
    const target = page.locator('.series-target a.point');
    const turnover = dossier.trade.groups.filter((g) => g.measure === 'turnover' && g.figure.value_usd !== null);
    assert.equal(await actual.count(), turnover.filter((g) => g.kind === 'actual').length, 'one point per year of actual figures');
    assert.equal(await target.count(), turnover.filter((g) => g.kind === 'target').length, 'one point per year of targets');
    assert.ok((await target.count()) > 0, "the fixture's target is drawn");
    // Drawn apart: another mark (a hollow diamond, not a filled circle), in a series of its own,
    // and not on the actuals' line (which has one vertex per year with actual figures).
    assert.equal(await page.locator('.series-target a.point path.mark').count(), await target.count());
    assert.equal(await page.locator('.series-target a.point circle.mark').count(), 0);
    const actualYears = new Set(turnover.filter((g) => g.kind === 'actual' && g.year !== null).map((g) => g.year)).size;
    assert.ok(actualYears > 1, 'the pair has actual figures for several years');
    const trend = await page.locator('.series-actual path.trend').getAttribute('d');
    assert.equal((trend ?? '').split(/[ML]/).filter(Boolean).length, actualYears, "the actuals' line joins actual years only");
    const targetBox = (await target.first().boundingBox())!;
    const lastActual = (await actual.last().boundingBox())!;
    assert.ok(targetBox.x > lastActual.x, 'the 2026 target sits right of the 2023 figures');
    await shot('pair-dossier');
  });

  it('opens the source sentence when a chart point is clicked', async () => {
    await open('/pairs/BLR-TJK');
    await page.locator('figure[data-chart="trade"].drawn').waitFor();
    const point = page.locator('.series-target a.point').first();
    const id = (await point.getAttribute('data-fact'))!;
    type Group = { measure: string; kind: string; year: number | null; figure: { sources: Array<{ text: string }> } };
    const group = (await api<{ trade: { groups: Group[] } }>('/api/pairs/BLR-TJK')).trade.groups.find(
      (g) => `trade-${g.measure}-${g.kind}-${g.year ?? 'none'}` === id,
    );
    assert.ok(group?.kind === 'target', `${id} is a line of the pair's targets`);
    const sentence = page.locator(`tr[id="${id}"] details.evidence blockquote`).first();
    assert.equal(await sentence.isVisible(), false, 'the evidence starts closed');
    await point.click();
    await sentence.waitFor({ state: 'visible' });
    assert.equal((await sentence.innerText()).trim(), group.figure.sources[0]!.text.trim());
    assert.ok(page.url().endsWith(`#${id}`), 'the URL names the line');
  });

  it('keeps a busy dossier brief: a bar spans disagreeing figures, and "N more" pages through the rest', async () => {
    await open(`/pairs/${BUSY_PAIR}`);
    await page.locator('figure[data-chart="trade"].drawn').waitFor();
    const d = await api<{
      counts: { events: number };
      events: { rows: unknown[] };
      trade: { groups: Array<{ measure: string; kind: string; min_usd: number; max_usd: number }> };
    }>(`/api/pairs/${BUSY_PAIR}`);
    const spread = d.trade.groups.filter((g) => g.measure === 'turnover' && g.kind === 'actual' && g.max_usd > g.min_usd).length;
    assert.ok(spread > 0, 'the busy pair has years whose figures differ');
    assert.equal(await page.locator('.series-actual a.point line.range').count(), spread, 'one bar per year whose figures differ');
    assert.equal(await page.locator('.series-actual a.point.conflict').count(), spread, 'ringed: their sources disagree');
    const more = page.locator('section[aria-labelledby="timeline"] a.more[href^="/events?"]');
    assert.equal(await more.innerText(), `${d.counts.events - d.events.rows.length} more encounters`);
    await more.click();
    await page.waitForURL(/\/events\?pair=/);
    let rows = await page.locator('tbody tr').count();
    await shot('list');
    for (let next = page.locator('a[rel="next"]'); await next.count();) {
      await next.click();
      await page.waitForLoadState();
      rows += await page.locator('tbody tr').count();
    }
    assert.equal(rows, d.counts.events - d.events.rows.length, 'the pages hold the encounters the dossier left out');
    const row = page.locator('tbody tr').first();
    await row.locator('details.evidence summary').click();
    await row.locator('blockquote').first().waitFor({ state: 'visible' });
  });

  it('opens the source sentence when a fact is clicked, and links it to its document', async () => {
    await open('/pairs/BLR-TJK');
    const item = page.locator('ol.timeline > li.event').first();
    const quote = item.locator('blockquote');
    assert.equal(await quote.isVisible(), false, 'closed at first');
    await item.locator('summary').click();
    await quote.waitFor({ state: 'visible' });
    const text = (await quote.innerText()).trim();
    assert.ok(text.length > 10, 'a sentence is shown');
    await item.locator('a[href^="/documents/"]').click();
    await page.waitForURL(/\/documents\/\d+#s\d+$/);
    const sentenceId = new URL(page.url()).hash.slice(1);
    assert.ok((await page.locator(`[id="${sentenceId}"]`).innerText()).includes(text.slice(0, 40)), 'the document page holds the sentence at its anchor');
    assert.ok((await page.locator('.document-text mark.fact').count()) > 0, 'facts are highlighted in the text');
    await shot('document');
  });

  it('finds a document by search and narrows it with a facet', async () => {
    await open('/search?q=Tajikistan');
    const all = await page.locator('ol.hits > li').count();
    assert.ok(all > 0, 'hits for Dushanbe');
    await page.locator('a[data-facet="type"][data-value="document"]').click();
    await page.waitForURL(/type=document/);
    const docs = page.locator('ol.hits > li');
    assert.ok((await docs.count()) > 0, 'document hits');
    for (const kind of await docs.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')))) assert.equal(kind, 'document');
    await page.locator('a[data-facet="country"][data-value="BLR"]').click();
    await page.waitForURL(/country=BLR/);
    const expected = await api<{ rows: Array<{ id: string; title: string }> }>('/api/search?q=Tajikistan&type=document&country=BLR');
    assert.equal(await docs.count(), expected.rows.length);
    assert.ok(
      expected.rows.some((r) => r.title.includes('Belarus and Tajikistan set a trade target')),
      'the fixture is found',
    );
    await shot('search');
    await docs.locator('a[href^="/documents/"]').first().click();
    await page.waitForURL(/\/documents\/\d+$/);
  });

  it('shows a hostile document as text and runs none of its script', async () => {
    const docs = await api<{ rows: Array<{ id: number; source: string }> }>('/api/documents?limit=500');
    const hostile = docs.rows.find((d) => d.source === 'test/serve/fixtures/hostile.txt')!;
    await page.addInitScript(() => {
      (window as unknown as { __pwned?: string }).__pwned = undefined;
    });
    for (const path of [
      `/documents/${hostile.id}`,
      '/pairs/BLR-TJK',
      '/search?q=pwned',
      '/events?pair=BLR-TJK',
      '/trade?pair=BLR-TJK',
      `/documents?country=TJK`,
    ]) {
      await open(path);
      await page.waitForTimeout(200);
      assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned), undefined, `no script ran on ${path}`);
      assert.equal(await page.locator('img[src="x"]').count(), 0, `no <img> from the text on ${path}`);
      assert.equal(await page.locator('script:not([src])').count(), 0, `no inline script on ${path}`);
    }
    await open(`/documents/${hostile.id}`);
    assert.ok((await page.locator('h1').innerText()).includes("<script>window.__pwned = 'title'</script>"), 'the title shows its markup as text');
    assert.ok((await page.locator('.document-text').innerText()).includes('onerror="window.__pwned'), 'the body shows its markup as text');
  });

  it('has no serious accessibility violations on any page type (axe-core)', async () => {
    const person = (await api<{ people: Array<{ id: string }> }>('/api/pairs/BLR-TJK')).people[0]!.id;
    const pages: Array<[string, string]> = [
      ['overview', '/'],
      ['country', '/countries/TJK'],
      ['pair-dossier', '/pairs/BLR-TJK'],
      ['person', `/people/${person}`],
      ['document', '/documents/1'],
      ['search', '/search?q=trade'],
      ['conflicts', '/conflicts?limit=2'],
      ['list', `/trade?pair=${BUSY_PAIR}`],
    ];
    for (const [name, path] of pages) {
      await open(path);
      await page.waitForLoadState('networkidle');
      const result = await new AxeBuilder({ page }).analyze();
      const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      assert.deepEqual(
        serious.map(
          (v) =>
            `${v.id}: ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(', ')}`,
        ),
        [],
        `${name} (${path})`,
      );
      if (!['overview', 'pair-dossier', 'search', 'document', 'list'].includes(name)) await shot(name);
    }
    await open('/docs');
    await page.locator('.swagger-ui .info').waitFor();
    await shot('api-docs');
  });

  it('prints the dossier as a brief: no navigation, evidence shown', async () => {
    await open('/pairs/BLR-TJK');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('header.site').isVisible(), false);
    assert.equal(await page.locator('#trade-figures details.evidence blockquote').first().isVisible(), true);
    await page.emulateMedia({ media: 'screen' });
  });

  it('works without JavaScript: the figures and their evidence are there', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const bare = await context.newPage();
    await bare.goto(new URL('/pairs/BLR-TJK', s.url).href);
    assert.ok((await bare.locator('#trade-figures tbody tr').count()) > 0, 'the figures table');
    const details = bare.locator('#trade-figures details.evidence').first();
    await details.locator('summary').click();
    await details.locator('blockquote').waitFor({ state: 'visible' });
    await bare.goto(new URL('/search?q=Dushanbe&type=document', s.url).href);
    assert.ok((await bare.locator('ol.hits > li').count()) > 0, 'search works as links and forms');
    await context.close();
  });

  it('logged no script errors or CSP violations', () => {
    assert.deepEqual(
      errors.filter((e) => !/favicon/.test(e)),
      [],
    );
  });
});
