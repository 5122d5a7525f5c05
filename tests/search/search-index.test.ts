/**
 * The search index as `npm run build` wrote it for the fixture site, which the test setup indexes
 * ten records an index: bundles in parts, results that point at real pages with their real
 * titles, and a date for every indexed page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/index';
import { searchRecords, type SearchRecord } from '../../src/site/search-records';
import { splitRecords } from '../../scripts/lib/search-index';
import { page, siteDir } from '../helpers/site';

let records: SearchRecord[];
beforeAll(async () => {
  const { graph } = await loadCorpus({ contentDir: 'tests/fixtures/site/content', render: true, base: '/', workers: 0 });
  records = searchRecords(graph);
});

function entry(bundle: string): { languages: Record<string, { page_count: number }> } {
  return JSON.parse(readFileSync(join(siteDir(), bundle, 'pagefind-entry.json'), 'utf8'));
}

function decode(html: string): string {
  return html.replace(/<[^>]+>/g, '').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').trim();
}

describe('the built search index', () => {
  it('splits each language into indexes of at most ten records, listed for the browser to merge', () => {
    const english = records.filter((r) => r.language === 'en').length;
    const chinese = records.filter((r) => r.language === 'zh').length;
    const list = JSON.parse(readFileSync(join(siteDir(), 'pagefind', 'indexes.json'), 'utf8'));
    const parts = (count: number) => Math.ceil(count / 10);
    expect(list).toEqual({
      en: Array.from({ length: parts(english) - 1 }, (_, i) => `en-${i + 2}/`),
      zh: ['zh/', ...Array.from({ length: parts(chinese) - 1 }, (_, i) => `zh-${i + 2}/`)],
      hidden: expect.any(Array),
    });
    expect(list.en.length).toBeGreaterThan(0);
    expect(list.zh.length).toBeGreaterThan(1);
    // Each part also holds its language's dictionary page, hidden from results.
    const bundles = [...englishBundles(list), ...chineseBundles(list)];
    expect(list.hidden).toHaveLength(bundles.length);
    expect(list.hidden.filter((id: string) => id.startsWith('en_'))).toHaveLength(englishBundles(list).length);
    const pages = (bundle: string, language: string) => entry(bundle).languages[language]?.page_count ?? 0;
    const sum = (bundles: string[], language: string) => bundles.reduce((n, b) => n + pages(b, language) - 1, 0);
    expect(sum(englishBundles(list), 'en')).toBe(english);
    expect(sum(chineseBundles(list), 'zh')).toBe(chinese);
    for (const bundle of bundles) expect(pages(bundle, 'en') + pages(bundle, 'zh')).toBeLessThanOrEqual(10 + 1);
    // Only the first English bundle carries the Pagefind library; the other parts hold only their data.
    expect(existsSync(join(siteDir(), 'pagefind', 'pagefind.js'))).toBe(true);
    for (const bundle of [...englishBundles(list).slice(1), ...chineseBundles(list)]) {
      expect(readdirSync(join(siteDir(), bundle)).filter((name) => !/^(index|filter|fragment|pagefind-entry\.json|dates\.json|pagefind\.(en|zh)_\w+\.pf_meta)$/.test(name)), bundle).toEqual([]);
    }
  });

  it('points every record at a built page whose heading is the record title', () => {
    for (const record of records) {
      const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(page(record.url));
      expect(h1, record.url).not.toBeNull();
      expect(decode(h1![1]), record.url).toBe(record.meta.title);
    }
  });

  it('dates every indexed page exactly once, for sorting by date', () => {
    const list = JSON.parse(readFileSync(join(siteDir(), 'pagefind', 'indexes.json'), 'utf8'));
    for (const [bundles, language] of [[englishBundles(list), 'en'], [chineseBundles(list), 'zh']] as const) {
      const tables: Record<string, string>[] = bundles.map((bundle) => JSON.parse(readFileSync(join(siteDir(), bundle, 'dates.json'), 'utf8')));
      const ids = tables.flatMap((table) => Object.values(table).flatMap((ids) => ids.split(' ')));
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.every((id) => id.startsWith(`${language}_`))).toBe(true);
      const expected = records.filter((r) => r.language === language).map((r) => r.dateKey).sort();
      expect(tables.flatMap((table) => Object.entries(table).flatMap(([date, ids]) => ids.split(' ').map(() => date))).sort()).toEqual(expected);
    }
  });
});

function englishBundles(list: { en: string[] }): string[] {
  return ['pagefind', ...list.en.map((part) => `pagefind/${part.slice(0, -1)}`)];
}

function chineseBundles(list: { zh: string[] }): string[] {
  return list.zh.map((part) => `pagefind/${part.slice(0, -1)}`);
}

describe('splitting records into indexes', () => {
  it('deals records in turn into as few parts as the size allows', () => {
    expect(splitRecords([1, 2, 3, 4, 5], 2)).toEqual([[1, 4], [2, 5], [3]]);
    expect(splitRecords([1, 2, 3, 4], 4)).toEqual([[1, 2, 3, 4]]);
    expect(splitRecords([], 10)).toEqual([[]]);
  });
});
