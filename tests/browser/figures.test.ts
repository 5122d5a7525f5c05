/**
 * A series page in a real Chromium: no accessibility violation in light or dark, the chart's points
 * are links a keyboard reaches and a click follows to the claim, its labels stay readable on a phone, and it
 * prints in black on white.
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { useServedSite } from '../helpers/served-site';

const site = useServedSite();

describe('a series page in Chromium', () => {
  it('has no console error and no accessibility violation, light and dark, nor has the list of series or a topic page with a chart', async () => {
    for (const path of ['/figures/camera-counts/', '/figures/', '/topics/disputes/']) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await site.browser.newContext({ colorScheme });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(`${site.origin}${path}`);
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(violations.map((v) => `${path} ${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        expect(errors, path).toEqual([]);
        await context.close();
      }
    }
  });

  it('draws the points in the colours of the scheme, the projection hollow', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await site.browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`${site.origin}/figures/camera-counts/`);
      const fills = await page.locator('svg.chart .mark .mark-shape').evaluateAll((shapes) => shapes.map((s) => getComputedStyle(s).fill));
      const [background, reported] = await page.evaluate(() => {
        const probe = document.createElement('div');
        document.body.append(probe);
        probe.style.color = 'var(--reported)';
        const colours = [getComputedStyle(document.body).backgroundColor, getComputedStyle(probe).color];
        probe.remove();
        return colours;
      });
      expect(fills, colorScheme).toEqual([reported, reported, background]);
      await context.close();
    }
  });

  it('lets a keyboard reach a point and follows it to the claim', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/figures/camera-counts/`);
    const first = page.locator('svg.chart a.mark').first();
    await first.focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/claims/camera-count-contested/#figures');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/claims/camera-count-contested/#figures');
    expect(await page.locator('#figures').textContent()).toBe('Figures');
    await page.close();
  });

  it('on a phone keeps its labels readable: the chart scrolls sideways in its box, the page does not', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/figures/camera-counts/`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const box = await page.locator('.chart-scroll').evaluate((el) => ({ client: el.clientWidth, scroll: el.scrollWidth }));
    expect(box.client).toBeLessThanOrEqual(360);
    expect(box.scroll).toBeGreaterThan(box.client);
    const fontSize = await page.locator('svg.chart .mark-label').first().evaluate((el) => el.getBoundingClientRect().height);
    expect(fontSize).toBeGreaterThanOrEqual(9);
    await context.close();
  });

  it('prints the chart in black on white', async () => {
    const context = await site.browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${site.origin}/figures/camera-counts/`);
    await page.emulateMedia({ media: 'print' });
    const fills = await page.locator('svg.chart .mark .mark-shape').evaluateAll((shapes) => shapes.map((s) => getComputedStyle(s).fill));
    expect(fills).toEqual(['rgb(0, 0, 0)', 'rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    await context.close();
  });
});
