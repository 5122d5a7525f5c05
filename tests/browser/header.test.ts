/** The site header in Chromium: the current page is marked, the placeholder fits, phones get one nav line. */
import { describe, expect, it } from 'vitest';
import { useServedSite } from '../helpers/served-site';

const site = useServedSite();

interface HeaderBox {
  header: number;
  navLines: number;
  placeholder: number;
  inputBox: number;
}

/** Header height, how many rows the nav links sit on, and the placeholder's width against the input's text box. */
async function measure(width: number, height: number, path: string): Promise<HeaderBox> {
  const page = await site.browser.newPage({ viewport: { width, height } });
  await page.goto(site.origin + path);
  const box = await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('#header-q')!;
    const style = getComputedStyle(input);
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = style.font;
    const tops = new Set([...document.querySelectorAll('.site-header nav a')].map((a) => Math.round(a.getBoundingClientRect().top)));
    return {
      header: document.querySelector('.site-header')!.getBoundingClientRect().height,
      navLines: tops.size,
      placeholder: ctx.measureText(input.placeholder).width,
      inputBox: input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
    };
  });
  await page.close();
  return box;
}

describe('the header', () => {
  it('marks the current page in the navigation, and the section of a page inside one', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.origin + '/questions/');
    expect(await page.locator('nav[aria-label="Main"] a[aria-current="page"]').allTextContents()).toEqual(['Questions']);
    // Inside a section, its link says so, as the current location rather than the page.
    await page.goto(site.origin + '/claims/database-offered/');
    expect(await page.locator('nav[aria-label="Main"] a[aria-current="page"]').count()).toBe(0);
    expect(await page.locator('nav[aria-label="Main"] a[aria-current="true"]').allTextContents()).toEqual(['Claims']);
    await page.goto(site.origin + '/claim-list/event/');
    expect(await page.locator('nav[aria-label="Main"] a[aria-current="true"]').allTextContents()).toEqual(['Claims']);
    await page.goto(site.origin + '/timeline/events/');
    expect(await page.locator('nav[aria-label="Main"] a[aria-current="true"]').allTextContents()).toEqual(['Timeline']);
    await page.goto(site.origin + '/about/');
    expect(await page.locator('nav[aria-label="Main"] a[aria-current="true"]').count()).toBe(0);
    await page.close();
  });

  it('shows the whole search placeholder on a desktop and on a phone', async () => {
    for (const [w, h] of [[1280, 800], [390, 844]]) {
      const box = await measure(w, h, '/');
      expect(box.placeholder, `${w}px wide`).toBeLessThanOrEqual(box.inputBox);
    }
  });

  it('keeps the navigation on one line on a 390x844 phone, and the header short', async () => {
    const box = await measure(390, 844, '/claims/database-offered/');
    expect(box.navLines).toBe(1);
    // Site name, one nav row and the search row: three rows of about 40px, not five or six.
    expect(box.header).toBeLessThan(150);
  });
});

describe('a topic overview', () => {
  it('names a claim chip by the claim\'s title and status for assistive technology', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.origin + '/topics/surveillance/');
    const chip = page.getByRole('region', { name: 'Overview' }).getByRole('link', { name: 'City police use face recognition to track suspects (contested claim)', exact: true });
    expect(await chip.textContent()).toBe('contested');
    await page.close();
  });
});
