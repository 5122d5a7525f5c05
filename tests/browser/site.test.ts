/** The fixture site in a real Chromium: pages render without errors, and search finds claims. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedSite } from '../helpers/served-site';

const site = useServedSite();

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await site.browser.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(site.origin + path);
  return { page, errors };
}

describe('in Chromium', () => {
  it('a claim page shows its statement and references with no console errors', async () => {
    const { page, errors } = await open('/claims/database-offered/');
    expect(await page.locator('h1').textContent()).toBe('Police database offered for sale');
    expect(await page.locator('.statement').textContent()).toContain('for 10 bitcoin');
    expect(await page.locator('ol.references > li').count()).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the search page finds a claim by a word of its statement', async () => {
    const { page, errors } = await open('/search/');
    await page.fill('#q', 'bitcoin');
    await page.waitForSelector('#search-results li');
    const titles = await page.locator('#search-results li a').allTextContents();
    expect(titles).toContain('Police database offered for sale');
    expect(errors).toEqual([]);
    await page.close();
  });
});
