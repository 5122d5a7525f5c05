/**
 * Search in a real Chromium on the knowledge base itself (content/), for what readers found wrong
 * there (issue 16): matches on a single letter, typos with no suggestion, numbers matched as
 * loose words, examples and Chinese names that found nothing, and an empty page with nothing to
 * start from. The expectations name real entries, so they follow the corpus.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedContentSite } from '../helpers/content-site';

const site = useServedContentSite();

/** Every URL the page requested since it opened. */
const requests = new WeakMap<Page, string[]>();

async function open(path: string): Promise<Page> {
  const page = await (await site.browser.newContext()).newPage();
  const urls: string[] = [];
  requests.set(page, urls);
  page.on('request', (r) => urls.push(r.url()));
  await page.goto(site.origin + path);
  await page.waitForSelector('html[data-search-ready]');
  return page;
}

async function settled(page: Page, query: string): Promise<void> {
  await page.waitForFunction((q) => document.getElementById('search-status')!.textContent!.includes(`“${q}”`), query);
}

async function search(page: Page, query: string): Promise<string[]> {
  await page.fill('#q', query);
  await page.press('#q', 'Enter');
  await settled(page, query);
  return page.$$eval('#search-results .result-title a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

async function status(page: Page): Promise<string> {
  return (await page.locator('#search-status').textContent()) ?? '';
}

describe('words of one letter', () => {
  for (const query of ['xinjang', 'xyzzyqq']) {
    it(`never make “${query}” find the pages with “Li X” in them`, async () => {
      const page = await open('/search/');
      expect(await search(page, query)).toEqual([]);
      expect(await status(page)).toBe(`No results for “${query}”.`);
      await page.close();
    });
  }
});

describe('did you mean', () => {
  const typos: [string, string][] = [
    ['Shangai', 'Shanghai'],
    ['Telegarm', 'Telegram'],
    ['bitcion', 'bitcoin'],
    ['xinjang', 'Xinjiang'],
  ];
  for (const [typo, meant] of typos) {
    it(`offers “${meant}” for “${typo}”, and searches it when chosen`, async () => {
      const page = await open('/search/');
      expect(await search(page, typo)).toEqual([]);
      const offer = page.locator('#search-suggestion');
      await offer.waitFor();
      expect(await offer.textContent()).toBe(`Did you mean ${meant}?`);
      await offer.locator('a').click();
      await settled(page, meant);
      expect(await page.locator('#search-results .search-result').count()).toBeGreaterThan(0);
      expect(await page.inputValue('#q')).toBe(meant);
      expect(await offer.isHidden()).toBe(true);
      await page.close();
    });
  }

  it('loads the vocabulary only for a query that finds little', async () => {
    const page = await open('/search/');
    await search(page, 'police');
    await page.waitForTimeout(300);
    expect(requests.get(page)!.filter((url) => url.endsWith('/words.txt'))).toEqual([]);
    await search(page, 'Shangai');
    await page.locator('#search-suggestion').waitFor();
    expect(requests.get(page)!.filter((url) => url.endsWith('/words.txt'))).toHaveLength(1);
    await page.close();
  });
});

describe('numbers and phrases', () => {
  it('searches a number and the word after it as a phrase: “1 billion”', async () => {
    const page = await open('/search/');
    const results = await search(page, '1 billion');
    expect(results.length).toBeGreaterThan(0);
    const marks = await page.locator('#search-results mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark).toMatch(/^(1|billion)\W*$/i);
    await page.close();
  });

  it('says under the box that quotes make an exact phrase, with an example that works', async () => {
    const page = await open('/search/');
    const hint = (await page.locator('#search-hint').textContent()) ?? '';
    expect(hint).toMatch(/^Quotes make an exact phrase, as in “([^”]+)”\.$/);
    const phrase = hint.match(/“([^”]+)”/)![1];
    expect(await page.getAttribute('#q', 'aria-describedby')).toBe('search-hint');
    expect((await search(page, `"${phrase}"`)).length).toBeGreaterThan(0);
    for (const mark of await page.locator('#search-results mark').allTextContents()) expect(phrase.split(' ')).toContain(mark.toLowerCase().replace(/\W+$/, ''));
    await page.close();
  });
});

describe('the examples and Chinese names', () => {
  it('finds something for every example the page offers, and for the one in the label', async () => {
    const page = await open('/search/');
    const examples = await page.locator('.search-examples a').allTextContents();
    expect(examples.length).toBeGreaterThan(2);
    const label = (await page.locator('label[for="q"] span[lang="zh"]').textContent())!;
    expect(examples).toContain(label);
    for (const example of examples) expect((await search(page, example)).length, example).toBeGreaterThan(0);
    await page.close();
  });

  const names: [string, string][] = [
    ['人脸识别', '/entities/facial-recognition-measures/'],
    ['个人信息保护法', '/entities/pipl/'],
    ['网络安全法', '/entities/cybersecurity-law/'],
    ['数据安全法', '/entities/data-security-law/'],
  ];
  for (const [query, entity] of names) {
    it(`finds ${query}, and the entity it names`, async () => {
      const page = await open('/search/');
      expect(await search(page, query)).toContain(entity);
      await page.close();
    });
  }
});

describe('where to start, and where to look next', () => {
  it('offers example queries and established claims on the empty page', async () => {
    const page = await open('/search/');
    expect(await page.locator('#search-start').isVisible()).toBe(true);
    await page.getByRole('link', { name: 'Browse established claims' }).click();
    await page.waitForSelector('#search-results .search-result');
    expect(await page.locator('#search-start').isHidden()).toBe(true);
    const statuses = await page.locator('#search-results .status').allTextContents();
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['established']));
    expect(new Set(await page.locator('#search-results .result-kind').allTextContents())).toEqual(new Set(['Claim']));
    await page.close();
  });

  it('points a query with no result to the topics and the glossary', async () => {
    const page = await open('/search/');
    expect(await page.locator('#search-none').isHidden()).toBe(true);
    await search(page, 'zeppelin');
    const help = page.locator('#search-none');
    expect(await help.isVisible()).toBe(true);
    const links = await help.locator('a').evaluateAll((as) => as.map((a) => [a.textContent, new URL((a as HTMLAnchorElement).href).pathname]));
    expect(links).toEqual([
      ['topics', '/topics/'],
      ['glossary', '/glossary/'],
    ]);
    await search(page, 'police');
    expect(await help.isHidden()).toBe(true);
    await page.close();
  });
});
