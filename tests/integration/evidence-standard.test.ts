/**
 * The evidence standard as readers see it, in the built fixture site: the top of a claim page (the
 * latest status reason and the evidence summary, before the prose), the same summary in the claim's
 * JSON and JSON-LD, a cite block that promises archived copies only where there are some, and the
 * maintenance lists on /maintenance/, the about page and the home page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { visibleText } from '../helpers/built-html';
import { page, siteDir } from '../helpers/site';

const claimJson = (id: string) => JSON.parse(readFileSync(join(siteDir(), 'data', 'claims', `${id}.json`), 'utf8'));
const jsonLd = (html: string) => JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]);

describe('the top of a claim page', () => {
  const html = page('/claims/database-offered/');

  it('gives the latest status reason and the evidence summary under the status badge, before the prose', () => {
    const badge = html.indexOf('<span class="status status-reported">reported</span>');
    const reason = html.indexOf('<p class="status-reason"><span class="label">Why this status:</span> The sale was reported; the data was not verified.</p>');
    const summary = html.indexOf('<p class="evidence-summary"><span class="label">Evidence:</span> 2 sources from 2 independent publishers · 0 official texts · 1 read in a copy · 1 archived</p>');
    const prose = html.indexOf('<section class="prose"');
    expect(badge).toBeGreaterThan(-1);
    expect(reason).toBeGreaterThan(badge);
    expect(summary).toBeGreaterThan(reason);
    expect(prose).toBeGreaterThan(summary);
  });

  it('has no "established despite" line for a claim that is not established on a doubtful source', () => {
    expect(html).not.toContain('despite-doubtful');
  });

  it('counts a law as an official text', () => {
    expect(visibleText(page('/claims/law-covers-data/'))).toContain('Evidence: 1 source from 1 independent publisher · 1 official text · 0 read in copies · 0 archived');
  });
});

describe('the evidence summary in the data', () => {
  it('is in the claim\'s JSON, with its counts and the status reason', () => {
    expect(claimJson('database-offered').claim).toMatchObject({
      status_reason: 'The sale was reported; the data was not verified.',
      evidence_summary: {
        text: '2 sources from 2 independent publishers · 0 official texts · 1 read in a copy · 1 archived',
        sources: 2,
        independent_publishers: 2,
        official_texts: 0,
        read_in_copies: 1,
        archived: 1,
        contesting: 0,
      },
      established_despite: null,
    });
  });

  it('is in the claim\'s JSON-LD', () => {
    expect(jsonLd(page('/claims/database-offered/')).description).toBe('Evidence: 2 sources from 2 independent publishers · 0 official texts · 1 read in a copy · 1 archived.');
  });
});

describe('the cite block', () => {
  it('promises archived copies only for a claim with an archived source', () => {
    expect(page('/claims/database-offered/')).toContain('with archived copies and access dates, for a reference manager.');
    const law = page('/claims/law-covers-data/');
    expect(law).toContain('also carry its source, with access dates, for a reference manager.');
    expect(law).not.toContain('archived copies');
  });

  it('of a source names only what its note carries', () => {
    expect(page('/sources/law-text/')).toContain('for a reference manager, BibTeX, RIS and CSL-JSON also carry the access date, in the note.');
    expect(page('/sources/wire-story/')).toContain('for a reference manager, BibTeX, RIS and CSL-JSON also carry the copy read and the access date, in the note.');
  });
});

describe('/maintenance/', () => {
  const text = visibleText(page('/maintenance/'));

  it('lists each maintenance list with its count', () => {
    for (const heading of [
      'Claims below the evidence standard (0)',
      'Claims at the edge of the standard (2)',
      'Sources read only in a copy (2)',
      'Open questions (1)',
    ]) expect(text).toContain(heading);
  });

  it('names the file and line of each item and links its page', () => {
    const html = page('/maintenance/');
    expect(html).toContain('<li><a href="/sources/wire-story/">wire-story</a> <code>content/sources/wire-story.yaml:1</code> Read at Reprint Times (copy of the wire story).</li>');
    expect(html).toMatch(/<a href="\/claims\/database-offered\/">database-offered<\/a> <code>content\/claims\/database-offered.mdx:17<\/code> Evidence item 0 \(&quot;news-analysis&quot;\) does not say where in the source its quote is\./);
  });

  it('is counted, list by list, on the about page and from the home page', () => {
    expect(visibleText(page('/about/'))).toContain('Claims at the edge of the standard: 2');
    expect(page('/maintenance/')).toContain('<a href="/claims/database-offered/">database-offered</a> <code>content/claims/database-offered.mdx:5</code> reported, supported only by &quot;wire-story&quot;.');
    expect(page('/maintenance/')).not.toContain('camera-count-old</a> <code>content/claims/camera-count-old.mdx:5</code>');
    expect(page('/')).toMatch(/<a href="\/maintenance\/#at-edge">2 claims at the edge of the standard<\/a>/);
  });
});
