/**
 * Search in a real Chromium against the built fixture site: English and Chinese queries, what a
 * result shows, filters, date order, the URL, the header box, and no request to another host.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { useServedSite } from '../helpers/served-site';

const site = useServedSite();
/** Every URL pages requested, and every console error, since `open` last cleared them. */
let requested: string[] = [];
let errors: string[] = [];

async function open(path: string): Promise<Page> {
  // A context of its own for each page: an empty cache, and what axe needs to run.
  const page = await (await site.browser.newContext()).newPage();
  page.on('request', (r) => requested.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && errors.push(`${path}: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
  await page.goto(site.origin + path);
  if (path.startsWith('/search/')) await page.waitForSelector('html[data-search-ready]');
  return page;
}

/** Waits until the status names the query, which it does once the query's results are shown. */
async function settled(page: Page, query: string): Promise<void> {
  await page.waitForFunction((q) => document.getElementById('search-status')!.textContent!.includes(`“${q}”`), query);
}

async function search(page: Page, query: string): Promise<string[]> {
  await page.fill('#q', query);
  await settled(page, query);
  return resultPaths(page);
}

async function resultPaths(page: Page): Promise<string[]> {
  return page.$$eval('#search-results .result-title a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

async function resultCount(page: Page): Promise<number> {
  const status = (await page.locator('#search-status').textContent()) ?? '';
  return status.startsWith('No results') ? 0 : Number(status.match(/^(\d+) result/)![1]);
}

describe('searching in English', () => {
  it('finds claims by their statement, prose and evidence quotes', async () => {
    const page = await open('/search/');
    expect(await search(page, 'bitcoin')).toEqual(['/claims/database-offered/']);
    expect((await search(page, 'misidentified')).sort()).toEqual(['/claims/police-face-recognition/']);
    expect((await search(page, 'checkpoints')).sort()).toEqual(['/claims/police-face-recognition/', '/sources/face-report/']);
    await page.close();
  });

  it('finds sources by publisher, entities and the claims about them by alias, with English stemming', async () => {
    const page = await open('/search/');
    expect(await search(page, 'Reprint Times')).toEqual(['/sources/wire-story/']);
    expect((await search(page, 'MPS')).sort()).toEqual(['/claims/doxxing-crackdown/', '/claims/police-face-recognition/', '/entities/mps/']);
    // "offering" finds "offered" and "offer": the English index stems words, prefixes alone would not.
    expect((await search(page, 'offering')).sort()).toEqual(['/claims/database-offered/', '/entities/police-database/', '/reviews/sample-article/', '/topics/leaks/']);
    await page.close();
  });

  it('shows a claim result with its statement, evidence summary, status, topic and date', async () => {
    const page = await open('/search/');
    await search(page, 'bitcoin');
    const result = page.locator('#search-results .search-result').first();
    expect(await result.locator('.result-title').textContent()).toBe('Police database offered for sale');
    expect(await result.locator('.result-statement').textContent()).toBe('In July 2022 a seller offered a database said to come from the police for 10 bitcoin.');
    expect(await result.locator('.result-evidence').textContent()).toBe('Evidence: 2 sources from 2 independent publishers · 0 official texts · 1 read in a copy · 1 archived');
    expect(await result.locator('.result-kind').textContent()).toBe('Claim');
    expect(await result.locator('.status').textContent()).toBe('reported');
    expect(await result.locator('.result-topic').textContent()).toBe('Leaks');
    expect(await result.locator('time').getAttribute('datetime')).toBe('2022-07');
    expect(await result.locator('time').textContent()).toBe('July 2022');
    const marks = await result.locator('.result-excerpt mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark).toMatch(/^bitcoin\W?$/);
    await page.close();
  });

  it('shows results eight at a time, and the next eight on request', async () => {
    const page = await open('/search/');
    await search(page, 'police');
    const total = await resultCount(page);
    expect(total).toBeGreaterThan(8);
    expect(await page.locator('#search-results .search-result').count()).toBe(8);
    await page.click('#more-results');
    await page.waitForFunction(() => document.querySelectorAll('#search-results .search-result').length > 8);
    expect(await page.locator('#search-results .search-result').count()).toBe(Math.min(total, 16));
    expect(await page.evaluate(() => document.activeElement?.closest('.search-result') === document.querySelectorAll('#search-results .search-result')[8])).toBe(true);
    expect(await page.locator('#more-results').isHidden()).toBe(total <= 16);
    await page.close();
  });

  it('says so when nothing matches', async () => {
    const page = await open('/search/');
    expect(await search(page, 'zeppelin')).toEqual([]);
    expect(await page.locator('#search-status').textContent()).toBe('No results for “zeppelin”.');
    await page.close();
  });
});

describe('searching in Chinese', () => {
  const cases: [string, string[]][] = [
    ['人脸识别', ['/claims/police-face-recognition/', '/sources/city-police-notice/']],
    ['开盒', ['/claims/doxxing-crackdown/', '/sources/doxxing-notice/']],
    ['个人信息保护法', ['/claims/law-covers-data/', '/entities/pipl/', '/sources/law-text/']],
    ['公安部', ['/claims/doxxing-crackdown/', '/claims/police-face-recognition/', '/entities/mps/', '/sources/doxxing-notice/', '/sources/official-figures/']],
  ];
  for (const [query, expected] of cases) {
    it(`finds every page with a passage containing ${query}`, async () => {
      const page = await open('/search/');
      expect((await search(page, query)).sort()).toEqual(expected);
      await page.close();
    });
  }

  it('matches the characters of a query only where they stand together', async () => {
    const page = await open('/search/');
    // 人脸 and 开盒 are both indexed, but no passage has 人脸开盒.
    expect(await search(page, '人脸开盒')).toEqual([]);
    expect(await search(page, '识别')).toHaveLength(3);
    await page.close();
  });

  it('finds a passage typed with its punctuation, and combines Chinese with English words', async () => {
    const page = await open('/search/');
    expect(await search(page, '发现“开盒”行为')).toEqual(['/claims/doxxing-crackdown/']);
    expect(await search(page, '开盒 campaign')).toEqual(['/claims/doxxing-crackdown/']);
    await page.close();
  });

  it('shows the matched Chinese passage, marked, as Chinese text', async () => {
    const page = await open('/search/');
    await search(page, '人脸识别');
    const excerpt = page.locator('.search-result', { hasText: 'City police use face recognition' }).locator('.result-excerpt');
    expect(await excerpt.getAttribute('lang')).toBe('zh');
    expect((await excerpt.locator('mark').allTextContents()).join('')).toBe('人脸识别');
    expect(await excerpt.textContent()).toContain('公安机关利用人脸识别技术追踪嫌疑人');
    await page.close();
  });
});

describe('filters and order', () => {
  /** Each filter group's legend and URL parameter. */
  const groups: [string, string][] = [
    ['Type', 'type'],
    ['Topic', 'topic'],
    ['Status', 'status'],
    ['Entity', 'entity'],
    ['Source type', 'source-type'],
    ['Source language', 'language'],
    ['Year', 'year'],
  ];

  /** The values of a filter group with their counts, once the filters have loaded. */
  async function facet(page: Page, legend: string): Promise<{ value: string; count: number }[]> {
    await page.waitForSelector('#search-facets fieldset');
    const group = page.locator('#search-facets fieldset', { has: page.locator('legend', { hasText: new RegExp(`^${legend}$`) }) });
    const labels = await group.locator('label').all();
    return Promise.all(labels.map(async (l) => ({ value: (await l.locator('input').getAttribute('value'))!, count: Number(await l.locator('.facet-count').textContent()) })));
  }

  async function check(page: Page, legend: string, value: string): Promise<void> {
    const group = page.locator('#search-facets fieldset', { has: page.locator('legend', { hasText: new RegExp(`^${legend}$`) }) });
    const status = await page.locator('#search-status').textContent();
    await group.locator(`input[value="${value}"]`).check();
    await page.waitForFunction((before) => document.getElementById('search-status')!.textContent !== before, status);
  }

  for (const [legend, param] of groups) {
    it(`narrows the results by ${legend.toLowerCase()}`, async () => {
      const page = await open('/search/?q=police');
      await settled(page, 'police');
      const all = await resultCount(page);
      const values = (await facet(page, legend)).filter((v) => v.count > 0);
      expect(values.length, `values of ${legend} among the results`).toBeGreaterThan(1);
      const smallest = values.reduce((a, b) => (b.count < a.count ? b : a));
      await check(page, legend, smallest.value);
      expect(await resultCount(page)).toBe(smallest.count);
      expect(smallest.count).toBeLessThan(all);
      expect(new URL(page.url()).searchParams.getAll(param)).toEqual([smallest.value]);
      await page.close();
    });
  }

  it('combines values of one group with OR and groups with AND', async () => {
    const page = await open('/search/?q=police');
    await settled(page, 'police');
    const statuses = (await facet(page, 'Status')).filter((v) => v.count > 0);
    await check(page, 'Status', statuses[0].value);
    await check(page, 'Status', statuses[1].value);
    expect(await resultCount(page)).toBe(statuses[0].count + statuses[1].count);
    const years = (await facet(page, 'Year')).filter((v) => v.count > 0);
    await check(page, 'Year', years[0].value);
    expect(await resultCount(page)).toBe(years[0].count);
    expect(years[0].count).toBeLessThan(statuses[0].count + statuses[1].count);
    await page.close();
  });

  it('browses by filter alone, with no query', async () => {
    const page = await open('/search/?status=contested');
    await page.waitForSelector('#search-results .search-result');
    expect((await resultPaths(page)).sort()).toEqual(['/claims/camera-count-contested/', '/claims/police-face-recognition/']);
    await page.close();
  });

  it('orders results newest or oldest first, undated pages last', async () => {
    const page = await open('/search/?q=police');
    await settled(page, 'police');
    const dates = () => page.$$eval('#search-results .search-result', (items) => items.map((i) => i.querySelector('time')?.getAttribute('datetime') ?? ''));
    const relevance = await dates();
    const newestFirst = (list: string[]) => [...list.filter(Boolean)].sort().reverse().concat(list.filter((d) => !d));
    // Relevance is not already the newest order, so the order below is the sort's doing.
    expect(relevance).not.toEqual(newestFirst(relevance));
    await page.selectOption('#sort', 'newest');
    await page.waitForFunction(() => location.search.includes('sort=newest'));
    await page.waitForFunction((before) => {
      const shown = [...document.querySelectorAll('#search-results .search-result')].map((i) => i.querySelector('time')?.getAttribute('datetime') ?? '');
      return JSON.stringify(shown) !== JSON.stringify(before);
    }, relevance);
    const newest = await dates();
    const dated = newest.filter(Boolean);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(newest.slice(dated.length).every((d) => d === '')).toBe(true);
    expect(newest[0]).toBe('2025-03-14');
    await page.selectOption('#sort', 'oldest');
    await page.waitForFunction(() => location.search.includes('sort=oldest'));
    await page.waitForFunction(() => document.querySelector('#search-results time')?.getAttribute('datetime') === '2019-03');
    const oldest = (await dates()).filter(Boolean);
    expect(oldest).toEqual([...oldest].sort());
    await page.close();
  });

  it('keeps the query, filters and order in the URL, so a search can be shared', async () => {
    const page = await open('/search/?q=police&status=contested&status=reported&sort=oldest');
    await settled(page, 'police');
    expect(await resultPaths(page)).toEqual(['/claims/police-face-recognition/', '/claims/database-offered/']);
    expect(await page.inputValue('#q')).toBe('police');
    expect(await page.inputValue('#sort')).toBe('oldest');
    await page.waitForSelector('#search-facets input[value="contested"]:checked');
    await page.close();
  });
});

describe('accessibility', () => {
  it('the search page with results and filters passes axe', async () => {
    const page = await open('/search/?q=police');
    await settled(page, 'police');
    await page.waitForSelector('#search-facets fieldset');
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    await page.close();
  });
});

describe('the header search box', () => {
  it('opens the results from a claim page', async () => {
    const page = await open('/claims/law-covers-data/');
    await page.fill('#header-q', '公安部');
    await page.press('#header-q', 'Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForSelector('html[data-search-ready]');
    await settled(page, '公安部');
    expect(await resultPaths(page)).toContain('/entities/mps/');
    expect(await page.inputValue('#q')).toBe('公安部');
    await page.close();
  });
});

describe('privacy', () => {
  it('a search session requests nothing from any other host, and logs no error', async () => {
    requested = [];
    errors = [];
    const page = await open('/claims/database-offered/');
    await page.fill('#header-q', 'police');
    await page.press('#header-q', 'Enter');
    await page.waitForSelector('html[data-search-ready]');
    await settled(page, 'police');
    await page.waitForSelector('#search-facets fieldset');
    await page.locator('#search-facets input[value="Claim"]').check();
    await page.selectOption('#sort', 'newest');
    await search(page, '开盒');
    await page.locator('#search-results .result-title a').first().click();
    await page.waitForURL(/\/(claims|sources)\//);
    expect(requested.some((url) => url.includes('/pagefind/zh/'))).toBe(true);
    expect(requested.some((url) => url.endsWith('/dates.json'))).toBe(true);
    expect(requested.some((url) => url.includes('/pagefind/filter/'))).toBe(true);
    expect(requested.filter((url) => new URL(url).origin !== site.origin)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
