/**
 * Valid content whose every text field looks like code (tests/fixtures/threats/accepted): titles,
 * statements, quotes, notes, URLs and prose written as `<script>`, `onerror=`, `javascript:` and
 * template syntax. The checker accepts it, because it is only text; the built site must show it as
 * text everywhere, search results included, and nothing in it may run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.mjs';
import { loadCorpus, type Corpus } from '../../src/corpus/index';
import { isPageId } from '../../src/site/page-ids';
import { searchRecords } from '../../src/site/search-records';
import { launchChromium } from '../helpers/chromium';
import { auditPage } from './audit-page';
import { violationsOf, watch, type Watch } from './watch';

const CONTENT = 'tests/fixtures/threats/accepted/content';

let work: string;
let site: string;
let browser: Browser;
let server: Server;
let origin: string;
let w: Watch;
const markup: string[] = [];
const violations: string[] = [];
const texts = new Map<string, string>();
/** Every element id on each page, in document order. */
const ids = new Map<string, string[]>();
let citeTexts: string[] = [];
let results: string[] = [];
let corpus: Corpus;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'hostile-text-'));
  site = join(work, 'dist');
  const build = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
    env: { ...process.env, CONTENT_DIR: CONTENT, OUT_DIR: site, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`The hostile-text corpus did not build:\n${build.stdout}\n${build.stderr}`);
  ({ server, origin } = await serve(site));
  browser = await launchChromium();
  w = await watch(browser, origin);
  const pages = readdirSync(site, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html'))
    .map((f) => `/${relative(site, join(site, f)).split('\\').join('/').replace(/index\.html$/, '')}`);
  for (const path of pages) {
    const page = await w.context.newPage();
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    markup.push(...(await auditPage(page)));
    violations.push(...(await violationsOf(page)));
    texts.set(path, await page.locator('main').innerText());
    ids.set(path, await page.evaluate(() => [...document.querySelectorAll('[id]')].map((el) => el.id)));
    if (path === '/claims/looks-like-code/') citeTexts = await page.locator('.cite-text').allInnerTexts();
    await page.close();
  }
  const search = await w.context.newPage();
  await search.goto(`${origin}/search/?q=xsscanary`, { waitUntil: 'networkidle' });
  await search.waitForSelector('main a[href$="/claims/looks-like-code/"]');
  await search.waitForLoadState('networkidle');
  results = await search.locator('main li').allInnerTexts();
  markup.push(...(await auditPage(search)));
  violations.push(...(await violationsOf(search)));
  await search.close();
  corpus = await loadCorpus({ contentDir: CONTENT, render: true, base: '/', workers: 0 });
}, 240_000);

afterAll(async () => {
  await w?.close();
  await browser?.close();
  server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('content that looks like code', () => {
  it('is shown as the text it is, on the claim page', () => {
    const claim = texts.get('/claims/looks-like-code/') ?? '';
    expect(claim).toContain("<img src=x onerror=alert('title')> xsscanary claim");
    expect(claim).toContain(`"><svg onload=alert('statement')> A statement that looks like markup.`);
    expect(claim).toContain("Escaped markup is text: <script>alert('body')</script>, <img src=x onerror=alert('entity')>");
    expect(claim).toContain("</blockquote><script>alert('quote')</script>");
    expect(claim).toContain(`{{constructor.constructor('alert("template")')()}} \${alert('template literal')}`);
    expect(claim).toContain('</li></ul><iframe src=https://evil.example/></iframe>');
  });

  it('is shown as text on the source, entity and topic pages too', () => {
    // The title's emoji is written as a pair of YAML escapes: whole, it builds, Pagefind included.
    expect(texts.get('/sources/markup-source/')).toContain("<script>alert('source title')</script> xsscanary source \u{1F600}");
    expect(texts.get('/entities/markup-entity/')).toContain("<img src=x onerror=alert('entity description')>");
    expect(texts.get('/topics/markup/')).toContain("<script>alert('topic')</script>");
  });

  it('is shown as text in a chart and its tables, and defused in the series CSV', () => {
    const series = texts.get('/figures/markup-series/') ?? '';
    expect(series).toContain("<script>alert('series')</script> xsscanary series");
    expect(series).toContain("</title><img src=x onerror=alert('counts')>");
    expect(series).toContain('=HYPERLINK("https://evil.example")');
    expect(texts.get('/claims/looks-like-code/')).toContain("</title><img src=x onerror=alert('counts')>");
    const svg = /<svg [^>]*data-series="markup-series"[\s\S]*?<\/svg>/.exec(readFileSync(join(site, 'topics', 'markup', 'index.html'), 'utf8'))![0];
    expect(svg).toContain('<title>=HYPERLINK(&quot;https://evil.example&quot;), 2022: 12 people (count).');
    const csv = readFileSync(join(site, 'figures', 'markup-series.csv'), 'utf8');
    expect(csv).toContain(`,"'=HYPERLINK(""https://evil.example"")",`);
  });

  it('is shown as text in "Cite this claim", citeproc\'s rich text (<b>, <i>, <sup>, <span style>) included', () => {
    expect(citeTexts).toHaveLength(3);
    for (const text of citeTexts) expect(text.toLowerCase()).toContain('<b>b</b> <i>i</i> x<sup>2</sup> <span style="color:red">r</span>');
  });

  it('is found by search and shown there as text', () => {
    expect(results.join('\n')).toContain('xsscanary');
    expect(results.some((r) => r.includes('<img src=x onerror') || r.includes('<script>'))).toBe(true);
  });

  it('never becomes markup, runs, or loads anything: no element, handler, dialog or violation', () => {
    expect(markup).toEqual([]);
    expect(w.dialogs).toEqual([]);
    expect(violations).toEqual([]);
    expect(w.console).toEqual([]);
    expect(w.pageErrors).toEqual([]);
    expect(w.requests.filter((u) => !u.startsWith(`${origin}/`))).toEqual([]);
    expect(w.proxied).toEqual([]);
  });

  it('stays text in every feed, which is well-formed XML, as is the sitemap', () => {
    const xmlFiles = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.xml'));
    expect(xmlFiles).toContain('sitemap.xml');
    const descriptions: string[] = [];
    for (const file of xmlFiles) {
      const xml = readFileSync(join(site, file), 'utf8');
      expect(XMLValidator.validate(xml), file).toBe(true);
      if (file === 'sitemap.xml') continue;
      const items = [new XMLParser().parse(xml).rss.channel.item ?? []].flat() as { description: string }[];
      // A feed reader renders the decoded description as HTML: no element may be left in it.
      for (const item of items) expect(item.description, file).not.toContain('<');
      descriptions.push(...items.map((i) => i.description));
    }
    expect(descriptions.join('\n')).toContain('&lt;script&gt;alert(&#39;reason&#39;)&lt;/script&gt;');
  });
});

describe('MDX comments and heading ids', () => {
  it('leave a comment out of every page, heading id, backlink sentence and search record', () => {
    const pages = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    for (const file of pages) expect(readFileSync(join(site, file), 'utf8'), file).not.toContain('xsscomment');
    expect(JSON.stringify(searchRecords(corpus.graph))).not.toContain('xsscomment');
    expect(texts.get('/claims/looks-like-code/')).toContain('See the claim for more.');
  });

  it('give contributor headings ids the page does not use, and every id on a page is one of the site\'s own or a heading\'s', () => {
    const headings = new Set([...corpus.graph.list('claim'), ...corpus.graph.list('topic')].flatMap((e) => e.headings.map((h) => h.slug)));
    expect([...headings]).toEqual(expect.arrayContaining(['section-references', 'section-main']));
    expect([...ids.keys()]).toEqual(expect.arrayContaining(['/claims/looks-like-code/', '/topics/markup/']));
    for (const [path, list] of ids) {
      expect(list.filter((id, i) => list.indexOf(id) !== i), path).toEqual([]);
      // Pages with an entry's body, where a contributor's heading meets the site's own ids.
      if (/^\/(?:claims|topics|reviews)\/[^/]+\/$/.test(path)) expect(list.filter((id) => !isPageId(id) && !headings.has(id)), path).toEqual([]);
    }
  });
});
