/**
 * The timeline in Chromium with JavaScript off: its filters are links that lead to the view they
 * name, the year links jump, and the text a reader copies (innerText) keeps its words apart.
 */
import { describe, expect, it } from 'vitest';
import { useServedSite } from '../helpers/served-site';

const site = useServedSite();

describe('the timeline, without JavaScript', () => {
  it('filters by kind and topic through its links, and jumps to a year', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/timeline/`);
    await page.getByRole('navigation', { name: 'Filter the timeline' }).getByRole('link', { name: /^Sources published/ }).click();
    expect(new URL(page.url()).pathname).toBe('/timeline/publications/');
    expect(await page.locator('li.timeline-publication').count()).toBeGreaterThan(0);
    expect(await page.locator('li.timeline-claim, li.timeline-entity').count()).toBe(0);
    await page.getByRole('navigation', { name: 'Filter the timeline' }).getByRole('link', { name: /^Disputed figures/ }).click();
    expect(new URL(page.url()).pathname).toBe('/timeline/topics/disputes/publications/');
    expect(await page.getByRole('link', { name: /^Disputed figures/ }).getAttribute('aria-current')).toBe('page');
    await page.getByRole('navigation', { name: 'Jump to a year' }).getByRole('link', { name: '2019' }).click();
    expect(new URL(page.url()).hash).toBe('#year-2019');
    await context.close();
  });

  it('keeps the words of an entry apart in the text a reader copies', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/timeline/`);
    expect(await page.locator('li.timeline-claim', { hasText: 'Camera count' }).innerText()).toBe('December 2019: Claim: Camera count estimates disagree CONTESTED');
    expect(await page.locator('li.timeline-entity').first().innerText()).toBe('May 2015: National camera network program, launched (National public security video surveillance statistics)');
    await page.goto(`${site.origin}/entities/camera-program/`);
    expect(await page.locator('li.timeline-claim').first().innerText()).toBe('December 2019: Claim: Camera count estimates disagree CONTESTED');
    await page.close();
  });
});
