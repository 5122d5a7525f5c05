/**
 * The search index as `npm run build` wrote it for the fixture site: two bundles, results that
 * point at real pages with their real titles, and a date for every indexed page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/index';
import { searchRecords, type SearchRecord } from '../../src/site/search-records';
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
  it('has an English bundle with the Pagefind library, and a Chinese one with only its data', () => {
    const english = records.filter((r) => r.language === 'en').length;
    const chinese = records.filter((r) => r.language === 'zh').length;
    expect(entry('pagefind').languages).toEqual({ en: expect.objectContaining({ page_count: english }) });
    expect(entry('pagefind/zh').languages).toEqual({ zh: expect.objectContaining({ page_count: chinese }) });
    expect(existsSync(join(siteDir(), 'pagefind', 'pagefind.js'))).toBe(true);
    expect(readdirSync(join(siteDir(), 'pagefind', 'zh')).filter((name) => !/^(index|filter|fragment|pagefind-entry\.json|dates\.json|pagefind\.zh_\w+\.pf_meta)$/.test(name))).toEqual([]);
  });

  it('points every record at a built page whose heading is the record title', () => {
    for (const record of records) {
      const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(page(record.url));
      expect(h1, record.url).not.toBeNull();
      expect(decode(h1![1]), record.url).toBe(record.meta.title);
    }
  });

  it('dates every indexed page exactly once, for sorting by date', () => {
    for (const [bundle, language] of [['pagefind', 'en'], ['pagefind/zh', 'zh']] as const) {
      const table: Record<string, string> = JSON.parse(readFileSync(join(siteDir(), bundle, 'dates.json'), 'utf8'));
      const ids = Object.values(table).flatMap((ids) => ids.split(' '));
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.every((id) => id.startsWith(`${language}_`))).toBe(true);
      const expected = records.filter((r) => r.language === language).map((r) => r.dateKey).sort();
      expect(Object.entries(table).flatMap(([date, ids]) => ids.split(' ').map(() => date)).sort()).toEqual(expected);
    }
  });
});
