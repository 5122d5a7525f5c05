/**
 * The reader's pages in a real Chromium: every page type renders with no console error and no
 * axe-core violation (light and dark), the citations parse back, the copy button copies, and a
 * claim reads without JavaScript, on a phone, and on paper.
 */
import { readdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useServedSite } from '../helpers/served-site';

const site = useServedSite();

const PAGE_TYPES: Record<string, string> = {
  home: '/',
  'claim (contested, with translations)': '/claims/camera-count-contested/',
  'claim (superseded)': '/claims/camera-count-old/',
  topic: '/topics/disputes/',
  entity: '/entities/camera-program/',
  source: '/sources/official-figures/',
  timeline: '/timeline/',
  'claims index': '/claims/',
  'sources index': '/sources/',
  'entities index': '/entities/',
  'topics index': '/topics/',
  'open data': '/data/',
  review: '/reviews/sample-article/',
  'open question': '/questions/state-sales/',
  about: '/about/',
  glossary: '/glossary/',
  'claims, filtered and sorted': '/claim-list/event/status/contested/',
  'timeline of publications': '/timeline/publications/',
};

async function open(path: string, context?: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await (context ?? site.browser).newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  await page.goto(site.origin + path, { waitUntil: 'load' });
  return { page, errors };
}

describe('every page type', () => {
  for (const [name, path] of Object.entries(PAGE_TYPES)) {
    it(`${name} renders with no console error and no accessibility violation, light and dark`, async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await site.browser.newContext({ colorScheme });
        const { page, errors } = await open(path, context);
        expect(await page.locator('h1').count(), path).toBe(1);
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), path).toEqual([]);
        expect(errors, path).toEqual([]);
        await context.close();
      }
    });
  }
});

describe('Cite this claim', () => {
  it('gives BibTeX and RIS that citation.js reads back, and CSL-JSON that parses, each with the claim and its sources', async () => {
    const { page } = await open('/claims/camera-count-contested/');
    const textOf = async (id: string) => (await page.locator(`#${id}`).textContent())!;
    const ids = ['camera-count-contested', 'official-figures', 'blog-estimate', 'news-analysis'];

    const csl = JSON.parse(await textOf('cite-text-csl'));
    expect(csl.map((i: { id: string }) => i.id)).toEqual(ids);

    const bibtex = new Cite(await textOf('cite-text-bibtex'));
    expect(bibtex.data.map((i) => i.id)).toEqual(ids);
    expect(bibtex.data[0].title).toBe('Camera count estimates disagree');
    expect(bibtex.data[0].URL).toBe(`http://localhost:4321/claims/camera-count-contested/`);

    const ris = new Cite(await textOf('cite-text-ris'));
    expect(ris.data).toHaveLength(4);
    expect(ris.data.map((i) => i.title)).toEqual(csl.map((i: { title: string }) => i.title));
    expect(ris.data[0].abstract).toBe('Estimates of the number of surveillance cameras in 2019 range from 200 million to 626 million.');

    for (const style of ['apa', 'mla', 'chicago']) expect(await textOf(`cite-text-${style}`)).toContain('Surveillance Claims contributors');
    await page.close();
  });

  it('copies a citation to the clipboard with one click, as rich text and plain text', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-write'], { origin: site.origin });
    // The site's Permissions-Policy allows writing to the clipboard but not reading it back, so the
    // test records what the page writes, then lets the real write go ahead.
    await context.addInitScript(() => {
      const clipboard = navigator.clipboard;
      const write = clipboard.write.bind(clipboard);
      (window as unknown as { copied: Promise<Record<string, string>>[] }).copied = [];
      clipboard.write = async (items: ClipboardItem[]) => {
        const item = items[0];
        const read = Promise.all(item.types.map(async (type) => [type, await (await item.getType(type)).text()] as const)).then(Object.fromEntries);
        (window as unknown as { copied: Promise<Record<string, string>>[] }).copied.push(read);
        return write(items);
      };
    });
    const { page, errors } = await open('/claims/camera-count-contested/', context);
    await page.getByRole('button', { name: 'Copy the APA citation' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Copy the APA citation' }).textContent()).toBe('Copied');
    const copied = await page.evaluate(() => Promise.all((window as unknown as { copied: Promise<Record<string, string>>[] }).copied));
    expect(copied).toHaveLength(1);
    expect(copied[0]['text/plain']).toBe((await page.locator('#cite-text-apa').textContent())!.trim());
    expect(copied[0]['text/html']).toContain('<i>Camera count estimates disagree</i>');
    expect(await page.getByRole('status').textContent()).toBe('APA citation copied.');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a claim page', () => {
  it('reads without JavaScript: statement, evidence and citations are there, copy buttons are not', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const { page } = await open('/claims/camera-count-contested/', context);
    await expect.poll(() => page.locator('.statement').isVisible()).toBe(true);
    expect(await page.locator('.evidence').count()).toBe(3);
    expect(await page.locator('#cite-text-apa').isVisible()).toBe(true);
    expect(await page.locator('.copy-button').count()).toBe(0);
    await page.locator('summary', { hasText: 'BibTeX' }).click();
    expect(await page.locator('#cite-text-bibtex').isVisible()).toBe(true);
    await context.close();
  });

  it('fits a phone screen without sideways scrolling, with quote and translation stacked', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 740 } });
    const { page } = await open('/claims/camera-count-contested/', context);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    const [quote, translation] = await page.locator('.quote-pair > *').evaluateAll((els) => els.slice(0, 2).map((e) => e.getBoundingClientRect().top));
    expect(translation).toBeGreaterThan(quote);
    await context.close();
  });

  it('shows the quote and its translation side by side on a wide screen', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page } = await open('/claims/camera-count-contested/', context);
    const [quote, translation] = await page.locator('.quote-pair > *').evaluateAll((els) => els.slice(0, 2).map((e) => e.getBoundingClientRect().top));
    expect(translation).toBe(quote);
    await context.close();
  });

  it('prints without navigation or copy buttons, with the statement and references', async () => {
    const { page } = await open('/claims/camera-count-contested/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.copy-button').first().isVisible()).toBe(false);
    expect(await page.locator('.statement').isVisible()).toBe(true);
    expect(await page.locator('#ref-1').isVisible()).toBe(true);
    await page.close();
  });

  it('is reachable by keyboard: the first Tab shows the skip link with a visible focus ring', async () => {
    const { page } = await open('/claims/camera-count-contested/');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { text: el.textContent, outline: style.outlineStyle, left: el.getBoundingClientRect().left };
    });
    expect(focused.text).toBe('Skip to content');
    expect(focused.outline).toBe('solid');
    expect(focused.left).toBeGreaterThanOrEqual(0);
    await page.close();
  });
});

describe('the open data, fetched from the served site', () => {
  it('matches the fixture content: the same claim, source, entity and topic ids, and a file per claim', async () => {
    const idsOf = (folder: string) => readdirSync(`tests/fixtures/site/content/${folder}`).map((f) => f.replace(/\.(mdx|yaml)$/, '')).sort();
    const { page, errors } = await open('/data/');
    const fetched = await page.evaluate(async () => {
      const json = async (path: string) => (await fetch(path)).json();
      const claims = await json('/data/claims.json');
      const files = await Promise.all(claims.claims.map((c: { id: string }) => json(`/data/claims/${c.id}.json`)));
      return {
        count: claims.count,
        claims: claims.claims.map((c: { id: string }) => c.id),
        files: files.map((f: { claim: { id: string } }) => f.claim.id),
        csvRows: (await (await fetch('/data/claims.csv')).text()).trim().split('\r\n').length - 1,
        sources: (await json('/data/sources.json')).map((s: { id: string }) => s.id),
        entities: (await json('/data/entities.json')).entities.map((e: { id: string }) => e.id),
        topics: (await json('/data/topics.json')).topics.map((t: { id: string }) => t.id),
      };
    });
    expect(fetched.claims).toEqual(idsOf('claims'));
    expect(fetched.count).toBe(idsOf('claims').length);
    expect(fetched.files).toEqual(idsOf('claims'));
    expect(fetched.csvRows).toBe(idsOf('claims').length);
    expect(fetched.sources).toEqual(idsOf('sources'));
    expect(fetched.entities).toEqual(idsOf('entities'));
    expect(fetched.topics).toEqual(idsOf('topics'));
    expect(errors).toEqual([]);
    await page.close();
  });
});
