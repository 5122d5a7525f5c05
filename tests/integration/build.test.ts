/**
 * The fixture corpus built through the real pipeline (`npm run build`, see tests/setup): the HTML
 * must carry the statement, numbered references in order, rewritten links and backlinks.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { page, siteDir } from '../helpers/site';

/** Text of the first element matching a simple `<tag ... id="x">` or class, without tags. */
function text(html: string): string {
  return html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
}

function section(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  expect(start, `section #${id}`).toBeGreaterThan(-1);
  const end = html.indexOf('</section>', start);
  return html.slice(start, end);
}

describe('a built claim page', () => {
  const html = page('/claims/database-offered/');

  it('shows the statement as a quotable block and the status with its meaning', () => {
    expect(html).toContain('<blockquote class="statement" id="statement"><p>In July 2022 a seller offered a database said to come from the police for 10 bitcoin.</p></blockquote>');
    expect(html).toContain('<span class="status status-reported">reported</span><span class="status-meaning"> Reported by credible sources, but not independently confirmed.</span>');
  });

  it('numbers references in order of first citation, then the rest of the evidence', () => {
    expect(html).toContain('A seller asked for 10 bitcoin <sup class="citation" id="cite-1">[<a href="#ref-1" id="cite-1-1">1, para. 2</a>]</sup>.');
    expect(html).toContain('Analysts were cautious <sup class="citation" id="cite-2">[<a href="#ref-2" id="cite-2-1">2</a>; <a href="#ref-1" id="cite-1-2">1</a>]</sup>.');
    const references = section(html, 'references');
    expect(references.indexOf('id="ref-1"')).toBeLessThan(references.indexOf('id="ref-2"'));
    expect(text(references.slice(references.indexOf('id="ref-1"'), references.indexOf('id="ref-2"')))).toContain('Hacker claims to have stolen police data');
    expect(text(references.slice(references.indexOf('id="ref-2"')))).toContain('[Analysis of what the leaked police database shows]');
  });

  it('shows where a source was read, its access date and why there is no archived copy', () => {
    const references = text(section(html, 'references'));
    expect(references).toContain('Read in a copy: Reprint Times (copy of the wire story)');
    expect(references).toContain('Accessed: not recorded');
    expect(references).toContain('No archived copy: No archived copy was recorded.');
    expect(references).toContain('Accessed: 5 January 2024');
    expect(references).toContain('Archived: copy of 5 January 2024');
  });

  it('marks outbound links so they send no referrer', () => {
    const outbound = [...html.matchAll(/<a [^>]*href="https?:[^"]*"[^>]*>/g)].map((m) => m[0]);
    expect(outbound.length).toBeGreaterThan(0);
    for (const link of outbound) expect(link).toContain('rel="noreferrer noopener"');
  });

  it('lists the entries that link here with the sentence that links, leaving related claims to their own list', () => {
    const backlinks = section(html, 'backlinks');
    expect(backlinks).toContain('<a href="/topics/leaks/">Leaks</a>');
    expect(text(backlinks)).toContain('Police data has been exposed; see the database claim.');
    // law-covers-data links here too, but is already listed under "Related claims".
    expect(backlinks).not.toContain('/claims/law-covers-data/');
  });
});

describe('cross-links', () => {
  it('are rewritten from relative file links to site URLs, with anchors kept', () => {
    expect(page('/claims/law-covers-data/')).toContain('The <a href="/entities/pipl/">PIPL</a> lists');
    expect(page('/claims/law-covers-data/')).toContain('<a href="/claims/database-offered/">the database claim</a>');
    expect(page('/topics/leaks/')).toContain('<a href="/claims/database-offered/#what-was-offered">the database claim</a>');
  });
});

describe('reverse indexes', () => {
  it('a source page lists the claims that rest on it and in what role', () => {
    const html = page('/sources/wire-story/');
    expect(text(section(html, 'claims'))).toContain('Claims that rest on this source (1) Police database offered for sale reported Supports');
  });

  it('an entity page lists the claims about it and its dated events with their source', () => {
    const html = page('/entities/pipl/');
    expect(html).toContain('<p class="name-zh" lang="zh">个人信息保护法</p>');
    expect(text(html)).toContain('20 August 2021: adopted (Personal Information Protection Law (translation))');
    expect(text(section(html, 'claims'))).toContain('The PIPL treats biometrics as sensitive');
  });

  it('a topic page lists its claims grouped by status', () => {
    expect(text(page('/topics/law/'))).toContain('Claims in this topic (1) established Confirmed by an authoritative primary document');
  });
});

describe('the site', () => {
  it('has every page in the URL contract', () => {
    for (const path of ['/', '/topics/leaks/', '/claims/database-offered/', '/sources/law-text/', '/entities/pipl/', '/search/', '/about/', '/reviews/sample-article/', '/questions/state-sales/']) {
      expect(existsSync(join(siteDir(), path, 'index.html')), path).toBe(true);
    }
  });

  it('publishes pages and their assets only, none of the build internals of Astro', () => {
    // The fixture site is built outside the project, where Astro would copy its .astro folder in.
    const top = readdirSync(siteDir()).filter((name) => !statSync(join(siteDir(), name)).isDirectory());
    expect(top.sort()).toEqual(['404.html', '_headers', 'feed.xml', 'index.html', 'robots.txt', 'sitemap.xml']);
  });

  it('was indexed for search', () => {
    expect(existsSync(join(siteDir(), 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('needs no JavaScript to read a claim: its only scripts are JSON-LD data, the copy buttons and the date a printout carries', () => {
    const scripts = [...page('/claims/database-offered/').matchAll(/<script[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toEqual(['<script type="module" src="/scripts/print-date.js">', '<script type="application/ld+json">', '<script type="module" src="/scripts/cite.js">']);
  });
});
