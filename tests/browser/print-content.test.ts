/**
 * Every one-source claim of content/ printed on A4 in Chromium: the statement, the status with its
 * reason, the evidence and the reference all end on the first page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useServedContentSite } from '../helpers/content-site';

const site = useServedContentSite();

/** A4 less the page margins of site.css (14 mm each side, 12 mm top, 14 mm bottom), in CSS pixels. */
const MM = 96 / 25.4;
const A4_CONTENT = { width: Math.floor(182 * MM), height: Math.floor(271 * MM) };

const oneSource = readdirSync('content/claims')
  .filter((file) => (readFileSync(`content/claims/${file}`, 'utf8').split('---')[1].match(/^\s+- source:/gm) ?? []).length === 1)
  .map((file) => file.replace(/\.mdx$/, ''));

describe('a one-source claim of content/ on paper', () => {
  it('has its statement, status with reason, evidence and reference on page one', { timeout: 180_000 }, async () => {
    expect(oneSource.length).toBeGreaterThan(10);
    const page = await (await site.browser.newContext({ viewport: A4_CONTENT })).newPage();
    await page.emulateMedia({ media: 'print' });
    const over: string[] = [];
    for (const id of oneSource) {
      await page.goto(`${site.origin}/claims/${id}/`, { waitUntil: 'load' });
      for (const selector of ['.statement', '.status-reason', '#evidence', '#ref-1']) {
        const box = await page.locator(selector).boundingBox();
        if (!box || box.y + box.height > A4_CONTENT.height) over.push(`${id} ${selector} ends at ${box ? Math.round(box.y + box.height) : 'hidden'} px`);
      }
    }
    expect(over).toEqual([]);
    await page.context().close();
  });
});
