/**
 * A claim page on paper, in Chromium's print media on an A4 page: what a reader needs on page one,
 * nothing that only works on screen, no address written twice, and where and when it was printed.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedSite } from '../helpers/served-site';

const site = useServedSite();

/** A4 less the page margins of site.css (14 mm each side, 12 mm top, 14 mm bottom), in CSS pixels. */
const MM = 96 / 25.4;
const A4_CONTENT = { width: Math.floor(182 * MM), height: Math.floor(271 * MM) };

async function printed(path: string): Promise<Page> {
  const page = await (await site.browser.newContext({ viewport: A4_CONTENT })).newPage();
  await page.goto(site.origin + path, { waitUntil: 'load' });
  await page.emulateMedia({ media: 'print' });
  return page;
}

const bottom = async (page: Page, selector: string) => {
  const box = (await page.locator(selector).last().boundingBox())!;
  return box.y + box.height;
};

describe('a printed claim', () => {
  it('has the statement, the status with its reason, the evidence and the references of a one-source claim on page one', async () => {
    const page = await printed('/claims/doxxing-crackdown/');
    for (const selector of ['.statement', '.status-reason', '#evidence', '#ref-1']) expect(await page.locator(selector).isVisible(), selector).toBe(true);
    expect(await page.locator('.status-reason').textContent()).toMatch(/^Why this status: .+/);
    expect(await bottom(page, '#ref-1')).toBeLessThanOrEqual(A4_CONTENT.height);
    await page.context().close();
  });

  it('leaves out in-page links and the lists of related and linking claims', async () => {
    const page = await printed('/claims/database-offered/');
    for (const selector of ['.statement-links', '.ref-back', '#related', '.site-header', '#backlinks', '#mentions']) {
      const all = await page.locator(selector).all();
      if (!['#backlinks', '#mentions'].includes(selector)) expect(all.length, selector).toBeGreaterThan(0);
      for (const element of all) expect(await element.isVisible(), selector).toBe(false);
    }
    await page.context().close();
  });

  it('writes an address after a link only where the link text is not the address already', async () => {
    const page = await printed('/claims/camera-count-contested/');
    const after = (selector: string) => page.locator(selector).first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(await after('#ref-1 a.external.url-text')).toBe('none');
    expect(await after('#ref-1 a.external:not(.url-text)')).toContain('https://');
    await page.context().close();
  });

  it('ends with "Printed from <permalink> on <today>"', async () => {
    const page = await printed('/claims/doxxing-crackdown/');
    const line = page.locator('.printed-from');
    expect(await line.isVisible()).toBe(true);
    const today = await page.evaluate(() => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }));
    expect(await line.textContent()).toMatch(new RegExp(`^Printed from https?://[^ ]+/claims/doxxing-crackdown/ on ${today}$`));
    await page.emulateMedia({ media: 'screen' });
    expect(await line.isVisible()).toBe(false);
    await page.context().close();
  });
});
