/**
 * Every built page is valid HTML (html-validate, recommended rules), and a claim page stays within
 * its budget of 64 KB of HTML and CSS, uncompressed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIM_PAGE_BUDGET, claimPageSizes, htmlFiles, invalidHtml, wordsRunTogether } from '../helpers/built-html';
import { siteDir } from '../helpers/site';

describe('the built HTML', () => {
  it('validates on every page', async () => {
    expect(htmlFiles(siteDir()).length).toBeGreaterThan(20);
    expect(await invalidHtml(siteDir())).toEqual([]);
  });

  it('keeps words apart on every page, where a template breaks a line between a link and the next word', () => {
    // Astro 7's default whitespace compression ('jsx') printed "Doxxing</a>.Sixth Tone" here.
    const pages = htmlFiles(siteDir()).map((f) => f.slice(siteDir().length + 1).split('/')[0]);
    for (const kind of ['claims', 'sources', 'topics', 'entities', 'reviews', 'questions', 'timeline', 'search']) expect(pages).toContain(kind);
    expect(wordsRunTogether(siteDir())).toEqual([]);
  });

  it('keeps each claim page within 64 KB of HTML and CSS', () => {
    const sizes = claimPageSizes(siteDir());
    expect(sizes.size).toBeGreaterThan(3);
    for (const [path, bytes] of sizes) expect(bytes, path).toBeLessThanOrEqual(CLAIM_PAGE_BUDGET);
    const claims = [...sizes.keys()];
    // Only one stylesheet is loaded, so the sum above is all the CSS a claim page needs.
    const page = readFileSync(join(siteDir(), claims[0], 'index.html'), 'utf8');
    expect(page.match(/<link rel="stylesheet"/g)).toHaveLength(1);
  });
});
