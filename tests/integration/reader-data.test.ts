/**
 * The open data files, feeds and sitemap of the fixture site match the content: the same counts
 * and ids, the same fields as the entries, and formats that parse.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteDir } from '../helpers/site';

const CONTENT = 'tests/fixtures/site/content';

/** Ids of the entry files of a folder of the fixture corpus. */
function idsOf(folder: string): string[] {
  return readdirSync(join(CONTENT, folder))
    .map((f) => f.replace(/\.(mdx|yaml)$/, ''))
    .sort();
}

const read = (path: string) => readFileSync(join(siteDir(), path), 'utf8');

/** RFC 4180 rows, for checking the CSV without a CSV library. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && csv[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

describe('open data', () => {
  it('claims.json has one record per claim file, with the same ids', () => {
    const data = JSON.parse(read('data/claims.json'));
    expect(data.version).toBe(1);
    expect(data.count).toBe(idsOf('claims').length);
    expect(data.claims.map((c: { id: string }) => c.id)).toEqual(idsOf('claims'));
  });

  it('a claim record carries its evidence with quotes, translations, locators and reference numbers', () => {
    const data = JSON.parse(read('data/claims.json'));
    const claim = data.claims.find((c: { id: string }) => c.id === 'camera-count-contested');
    expect(claim).toMatchObject({
      url: 'http://localhost:4321/claims/camera-count-contested/',
      status: 'contested',
      as_of: '2019',
      event_date: '2019-12',
      supersedes: ['camera-count-old'],
      reviewed: { date: '2026-11-29', by: 'project editors' },
    });
    expect(claim.evidence[0]).toEqual({
      source: 'official-figures',
      reference: 1,
      role: 'supports',
      kind: 'official-statement',
      locator: { page: '12', section: 'Summary' },
      quote: { text: '全国已建成监控摄像头六亿余个', language: 'zh', translation: 'More than 600 million surveillance cameras have been built nationwide.', translator: 'project editors' },
      note: 'An official figure, but it counts every camera, public and private.',
    });
    const old = data.claims.find((c: { id: string }) => c.id === 'camera-count-old');
    expect(old.superseded_by).toEqual(['camera-count-contested']);
  });

  it('claims.csv has a header and one row per claim, in the same order as claims.json', () => {
    const rows = parseCsv(read('data/claims.csv'));
    expect(rows[0].slice(0, 6)).toEqual(['id', 'url', 'title', 'statement', 'topic', 'status']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(idsOf('claims'));
    const contested = rows.find((r) => r[0] === 'camera-count-contested')!;
    const column = (name: string) => contested[rows[0].indexOf(name)];
    expect(column('statement')).toBe('Estimates of the number of surveillance cameras in 2019 range from 200 million to 626 million.');
    expect(column('supports')).toBe('official-figures');
    expect(column('contests')).toBe('blog-estimate');
    expect(column('sources')).toBe('official-figures;blog-estimate;news-analysis');
  });

  it('sources.json is a CSL-JSON array with every source, archived copies and reliability included', () => {
    const items = JSON.parse(read('data/sources.json'));
    expect(items.map((s: { id: string }) => s.id)).toEqual(idsOf('sources'));
    const official = items.find((s: { id: string }) => s.id === 'official-figures');
    expect(official).toMatchObject({
      type: 'document',
      title: 'National public security video surveillance statistics',
      'original-title': '全国公共安全视频监控统计',
      author: [{ literal: 'Li Wei' }],
      publisher: 'Ministry of Public Security',
      issued: { 'date-parts': [[2019, 12, 20]] },
      accessed: { 'date-parts': [[2025, 2, 3]] },
      number: '公安部统计〔2019〕12号',
      archive_location: 'https://archive.ph/example-mps-2019',
      language: 'zh',
    });
    expect(official.custom.reliability).toEqual({ rating: 'generally-reliable', note: "The ministry's own statistics; its counting rules are not published." });
    expect(official.custom.access_notes[0].kind).toBe('geo-blocked');
  });

  it('has one JSON file per claim, with the claim and its sources', () => {
    const files = readdirSync(join(siteDir(), 'data/claims')).sort();
    expect(files).toEqual(idsOf('claims').map((id) => `${id}.json`));
    const file = JSON.parse(read('data/claims/camera-count-contested.json'));
    expect(file.claim.id).toBe('camera-count-contested');
    expect(file.sources.map((s: { id: string }) => s.id)).toEqual(['official-figures', 'blog-estimate', 'news-analysis']);
  });

  it('entities.json and topics.json list every entity and topic', () => {
    expect(JSON.parse(read('data/entities.json')).entities.map((e: { id: string }) => e.id)).toEqual(idsOf('entities'));
    expect(JSON.parse(read('data/topics.json')).topics.map((t: { id: string }) => t.id)).toEqual(idsOf('topics'));
  });
});

describe('feeds and sitemap', () => {
  it('the site feed has an item per claim, each with a guid naming its version', () => {
    const rss = read('feed.xml');
    const items = [...rss.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]);
    expect(items).toHaveLength(idsOf('claims').length);
    for (const item of items) expect(item).toMatch(/<guid isPermaLink="false">http:\/\/localhost:4321\/claims\/[a-z0-9-]+\/#\d{4}-\d{2}-\d{2}<\/guid>/);
    expect(rss).toContain('<atom:link href="http://localhost:4321/feed.xml" rel="self" type="application/rss+xml"/>');
  });

  it('a topic feed has only the claims of its topic', () => {
    const rss = read('topics/disputes/feed.xml');
    const links = [...rss.matchAll(/<link>([^<]*)<\/link>/g)].map((m) => m[1]).slice(1);
    expect(links.sort()).toEqual(['http://localhost:4321/claims/camera-count-contested/', 'http://localhost:4321/claims/camera-count-old/', 'http://localhost:4321/claims/camera-forecast/']);
  });

  it('the sitemap lists every entry page', () => {
    const sitemap = read('sitemap.xml');
    for (const folder of ['claims', 'sources', 'topics', 'entities', 'questions', 'reviews']) {
      for (const id of idsOf(folder)) expect(sitemap).toContain(`<loc>http://localhost:4321/${folder}/${id}/</loc>`);
    }
    expect(sitemap).toContain('<loc>http://localhost:4321/glossary/</loc>');
    expect(read('robots.txt')).toContain('Sitemap: http://localhost:4321/sitemap.xml');
  });
});
