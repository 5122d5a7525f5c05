/**
 * The search page's filters on a phone, at 200% zoom and on a desktop, in Chromium: a "Filters"
 * button at the top on narrow screens that opens them above the results, Status as the first
 * group, a year that says whose year it is, and no layout shift while results and filters arrive.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedSite } from '../helpers/served-site';

const site = useServedSite();

/** Opens the search page with a layout-shift observer running from the first paint. */
async function open(path: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await (await site.browser.newContext({ viewport })).newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: { value: number; sources: string[] }[] };
    w.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] }[]) {
        if (!entry.hadRecentInput) w.shifts.push({ value: entry.value, sources: (entry.sources ?? []).map((s) => (s.node as Element | undefined)?.outerHTML?.slice(0, 80) ?? '?') });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(site.origin + path);
  await page.waitForSelector('html[data-search-ready]');
  return page;
}

/** Waits for the results and the filters to be shown, then for two frames, by which layout shifts are reported. */
async function settled(page: Page, query: string): Promise<void> {
  await page.waitForFunction((q) => document.getElementById('search-status')!.textContent!.includes(`“${q}”`), query);
  await page.waitForSelector('#search-facets fieldset', { state: 'attached' });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

const shifts = (page: Page) => page.evaluate(() => (window as unknown as { shifts: { value: number; sources: string[] }[] }).shifts);
const cls = (list: { value: number }[]) => list.reduce((sum, s) => sum + s.value, 0);

describe('search filters', () => {
  for (const [name, viewport] of [
    ['on a 390-px phone', { width: 390, height: 844 }],
    ['at 200% zoom of a 1280-px window', { width: 640, height: 400 }],
  ] as const) {
    it(`${name}, sit behind a "Filters" button at the top that opens them above the results`, async () => {
      const page = await open('/search/?q=police', viewport);
      await settled(page, 'police');
      const toggle = page.locator('#filters-toggle');
      expect(await toggle.isVisible()).toBe(true);
      expect((await toggle.boundingBox())!.y).toBeLessThan(viewport.height);
      expect(await page.locator('#search-filters').isVisible()).toBe(false);
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      const filters = (await page.locator('#search-filters').boundingBox())!;
      const results = (await page.locator('#search-results').boundingBox())!;
      expect(filters.y).toBeLessThan(results.y);
      expect(filters.y).toBeLessThan(viewport.height);
      await toggle.click();
      expect(await page.locator('#search-filters').isVisible()).toBe(false);
      await page.context().close();
    });
  }

  it('on a desktop, stand beside the results with no button', async () => {
    const page = await open('/search/?q=police', { width: 1280, height: 800 });
    await settled(page, 'police');
    expect(await page.locator('#filters-toggle').isVisible()).toBe(false);
    const filters = (await page.locator('#search-filters').boundingBox())!;
    const results = (await page.locator('#search-results').boundingBox())!;
    expect(filters.x).toBeGreaterThan(results.x + results.width - 1);
    await page.context().close();
  });

  it('put Status first, and say whose year the year is', async () => {
    const page = await open('/search/?q=police', { width: 1280, height: 800 });
    await settled(page, 'police');
    const legends = await page.locator('#search-facets legend').allTextContents();
    expect(legends[0]).toBe('Status');
    const year = page.locator('#search-facets fieldset', { has: page.locator('legend', { hasText: /^Year$/ }) });
    expect(await year.locator('.facet-hint').textContent()).toBe('A claim’s by the event it describes (else the date it holds for), a source’s by publication, an entity’s by its first date.');
    await page.context().close();
  });

  for (const [name, viewport] of [
    ['a desktop', { width: 1280, height: 800 }],
    ['a phone', { width: 390, height: 844 }],
  ] as const) {
    it(`arrive on ${name} without shifting the layout (cumulative layout shift about 0)`, async () => {
      const page = await open('/search/?q=police', viewport);
      await settled(page, 'police');
      const found = await shifts(page);
      expect(cls(found), JSON.stringify(found)).toBeLessThan(0.01);
      await page.context().close();
    });
  }
});
