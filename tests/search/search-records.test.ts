/**
 * What search sees (src/site/search-records.ts, search-text.ts), read from the fixture corpus
 * through the real pipeline: one English record per page, Chinese passages in Chinese records,
 * only what a reader searches for, and the filters and dates the search page offers.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, type ContentGraph } from '../../src/corpus/index';
import { KINDS, type Kind } from '../../src/schema/index';
import { SEARCH_FILTERS, searchRecords, type SearchRecord } from '../../src/site/search-records';
import { bodyText, indexableChinese, splitChinese } from '../../src/site/search-text';
import { routeOf } from '../../src/site/urls';

let graph: ContentGraph;
let records: SearchRecord[];

beforeAll(async () => {
  ({ graph } = await loadCorpus({ contentDir: 'tests/fixtures/site/content', render: true, base: '/', workers: 0 }));
  records = searchRecords(graph);
});

function record(url: string, language: 'en' | 'zh'): SearchRecord {
  const found = records.find((r) => r.url === url && r.language === language);
  expect(found, `${language} record of ${url}`).toBeDefined();
  return found!;
}

/** A Chinese record's text as readers see it: without the zero-width spaces between characters. */
function readable(content: string): string {
  return content.replace(/\u200b/g, '');
}

describe('splitting Chinese from English', () => {
  it('takes out each Chinese passage with the punctuation and digits inside it', () => {
    expect(splitChinese('A 2025 feature is titled 对“人肉开盒”说“不” by Xinhua; see 第253条之一.')).toEqual({
      other: 'A 2025 feature is titled by Xinhua; see',
      chinese: ['对“人肉开盒”说“不”', '第253条之一.'],
    });
  });

  it('leaves text without Han characters as it is, with its spaces collapsed', () => {
    expect(splitChinese('  Police\n data  ')).toEqual({ other: 'Police data', chinese: [] });
  });

  it('makes each Han character a word for the index, and nothing else', () => {
    expect(indexableChinese('对“人肉”说 2025年')).toBe('对“人\u200b肉”说 2025年');
  });
});

describe('the text of a rendered body', () => {
  it('keeps the prose and drops citation markers, heading anchors and quote reference numbers', () => {
    const claim = graph.get('claim', 'database-offered')!;
    expect(bodyText(claim.html!)).toBe('What was offered A seller asked for 10 bitcoin. Analysts were cautious.');
  });

  it('keeps terms, quotes and translations but not the translator credit', () => {
    const claim = graph.get('claim', 'doxxing-crackdown')!;
    expect(bodyText(claim.html!)).toBe(
      'The word for doxxing is 开盒 (opening the box). The police notice ends: 发现“开盒”行为请及时报警 Report doxxing to the police.',
    );
  });
});

describe('search records', () => {
  it('give every page of every kind one English record, at the URL of the page', () => {
    const pages = (Object.keys(KINDS) as Kind[]).flatMap((kind) => graph.list(kind).map((e) => `/${routeOf(kind)}/${e.id}/`));
    const english = records.filter((r) => r.language === 'en').map((r) => r.url);
    expect(english.sort()).toEqual(pages.sort());
    for (const r of records) expect(r.content.trim(), r.url).not.toBe('');
  });

  it('put every Chinese passage in a Chinese record, and none in an English one', () => {
    expect(readable(record('/claims/police-face-recognition/', 'zh').content)).toContain('公安机关利用人脸识别技术追踪嫌疑人');
    const doxxing = readable(record('/claims/doxxing-crackdown/', 'zh').content);
    for (const passage of ['严厉打击“开盒”等违法犯罪活动', '开盒', '发现“开盒”行为请及时报警', '公安部']) expect(doxxing).toContain(passage);
    expect(readable(record('/sources/doxxing-notice/', 'zh').content)).toBe('公安部严厉打击“开盒”违法犯罪');
    expect(readable(record('/entities/pipl/', 'zh').content)).toBe('个人信息保护法');
    expect(readable(record('/entities/mps/', 'zh').content)).toBe('公安部');
    expect(readable(record('/claims/law-covers-data/', 'zh').content)).toContain('生物识别');
    for (const r of records.filter((r) => r.language === 'en')) expect(r.content, r.url).not.toMatch(/[\u3400-\u9fff]/);
  });

  it('give pages without Chinese passages no Chinese record', () => {
    expect(records.filter((r) => r.language === 'zh').map((r) => r.url).sort()).toEqual([
      '/claims/camera-count-contested/',
      '/claims/doxxing-crackdown/',
      '/claims/law-covers-data/',
      '/claims/police-face-recognition/',
      '/entities/camera-program/',
      '/entities/mps/',
      '/entities/pipl/',
      '/sources/city-police-notice/',
      '/sources/doxxing-notice/',
      '/sources/law-text/',
      '/sources/official-figures/',
    ]);
  });

  it('hold what a reader searches for, not reference lists, status histories or backlinks', () => {
    const claim = record('/claims/database-offered/', 'en');
    expect(claim.meta).toEqual({ title: 'Police database offered for sale', summary: 'In July 2022 a seller offered a database said to come from the police for 10 bitcoin.', date: '2022-07' });
    expect(claim.content).toContain('A seller asked for 10 bitcoin.');
    expect(claim.content).toContain('asked for 10 bitcoin'); // the evidence quote
    expect(claim.content).toContain('Police database offer'); // the entity it is about
    expect(claim.content).not.toContain('The sale was reported'); // status history
    expect(claim.content).not.toContain('Hacker claims to have stolen police data'); // a reference
    expect(claim.content).not.toContain('PIPL treats'); // a backlink
    expect(claim.content).not.toMatch(/\[\d/); // citation markers
    const face = record('/claims/police-face-recognition/', 'en');
    expect(face.content).toContain('Public security organs use face recognition technology to track suspects.');
  });

  it('show a claim\'s evidence summary with its result without making its words searchable', () => {
    const claim = record('/claims/database-offered/', 'en');
    expect(claim.filters.evidence).toEqual(['2 sources from 2 independent publishers · 0 official texts · 1 read in a copy · 1 archived']);
    expect(SEARCH_FILTERS).not.toContain('evidence');
    expect(`${claim.content} ${Object.values(claim.meta).join(' ')}`).not.toMatch(/independent publishers|archived/);
  });

  it('index a source by its titles, publisher and authors, and an entity by its names', () => {
    expect(record('/sources/wire-story/', 'en')).toMatchObject({ meta: { title: 'Hacker claims to have stolen police data', summary: 'Wire Service' }, content: 'Reprint Times (copy of the wire story)' });
    expect(record('/sources/news-analysis/', 'en').content).toBe('News Daily');
    expect(record('/entities/mps/', 'en')).toMatchObject({ meta: { title: 'Ministry of Public Security', summary: "China's national police ministry." }, content: 'MPS' });
  });

  it('carry the filters a reader narrows by, with the words shown beside them', () => {
    expect(record('/claims/database-offered/', 'en').filters).toEqual({
      kind: ['Claim'],
      topic: ['Leaks'],
      status: ['reported'],
      entity: ['Police database offer'],
      'source type': ['news'],
      language: ['English'],
      year: ['2022'],
      evidence: ['2 sources from 2 independent publishers · 0 official texts · 1 read in a copy · 1 archived'],
    });
    expect(record('/sources/doxxing-notice/', 'zh').filters).toEqual({ kind: ['Source'], 'source type': ['official statement'], language: ['Chinese'], year: ['2025'] });
    expect(record('/entities/mps/', 'en').filters).toEqual({ kind: ['Entity'], entity: ['Ministry of Public Security'] });
    expect(record('/topics/surveillance/', 'en').filters).toEqual({ kind: ['Topic'], topic: ['Surveillance'] });
  });

  it('give the Chinese record of a page the same title, summary, date and filters as the English one', () => {
    for (const zh of records.filter((r) => r.language === 'zh')) {
      const en = record(zh.url, 'en');
      expect({ meta: zh.meta, filters: zh.filters, dateKey: zh.dateKey }).toEqual({ meta: en.meta, filters: en.filters, dateKey: en.dateKey });
    }
  });

  it('date a claim by its event, else by the date it holds as of, else by its newest source', () => {
    expect(record('/claims/doxxing-crackdown/', 'en').dateKey).toBe('20250314');
    expect(record('/claims/database-offered/', 'en').dateKey).toBe('20220700');
    expect(record('/claims/law-covers-data/', 'en')).toMatchObject({ meta: { date: '2021-08-20' }, dateKey: '20210820' });
    expect(record('/topics/leaks/', 'en')).toMatchObject({ meta: { title: 'Leaks' }, dateKey: '0' });
  });
});

describe('the search page', () => {
  it('offers every filter the records carry, in the same order', () => {
    const script = readFileSync('public/scripts/search.js', 'utf8');
    const groups = [...script.slice(script.indexOf('const GROUPS'), script.indexOf('];', script.indexOf('const GROUPS'))).matchAll(/name: '([^']+)'/g)].map((m) => m[1]);
    expect(groups).toEqual([...SEARCH_FILTERS]);
  });
});
