/**
 * The reader's pages as built from the fixture corpus: what a journalist needs on a claim page,
 * what a student finds on topic, entity, source and timeline pages, and the machine-readable
 * metadata in the page head.
 */
import { describe, expect, it } from 'vitest';
import { page, pageText as text } from '../helpers/site';


/** The HTML of the element that carries `id`, up to the closing tag of its section. */
function section(html: string, id: string): string {
  const at = html.indexOf(`id="${id}"`);
  expect(at, `#${id}`).toBeGreaterThan(-1);
  const start = html.lastIndexOf('<', at);
  let depth = html.startsWith('<section', start) ? -1 : 0;
  const re = /<(\/?)section\b/g;
  re.lastIndex = start;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth < 0) return html.slice(start, m.index);
  }
  return html.slice(start);
}

describe('a contested claim page', () => {
  const html = page('/claims/camera-count-contested/');

  it('shows the status with its meaning, since when, and as-of, event, reviewed and changed dates apart', () => {
    const meta = text(html.slice(html.indexOf('<dl class="claim-meta">'), html.indexOf('</dl>')));
    expect(meta).toContain('Status contested Sources disagree; the evidence on each side is shown. Since 29 November 2026; history.');
    expect(meta).toContain('As of 2019 (the date the statement describes)');
    expect(meta).toContain('Event date December 2019');
    expect(meta).toContain('Last reviewed 29 November 2026 by project editors');
    expect(meta).toMatch(/Last changed (\d{1,2} \w+ \d{4}|not recorded \(no version history in this copy\))/);
    expect(meta).toContain('Involves National camera network program (program)');
  });

  it('groups evidence as supports, contests and context, each quote in its language with its translation and translator beside it', () => {
    const evidence = section(html, 'evidence');
    const order = ['id="evidence-supports"', 'id="evidence-contests"', 'id="evidence-context"'].map((id) => evidence.indexOf(id));
    expect(order.every((i) => i > -1)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(evidence).toContain('<figure class="quote-pair"><blockquote lang="zh"><p>全国已建成监控摄像头六亿余个</p></blockquote>');
    expect(evidence).toContain('<div class="translation" lang="en"><p>More than 600 million surveillance cameras have been built nationwide.</p><p class="translator">Translation: project editors</p></div>');
    expect(text(evidence)).toContain('[1] National public security video surveillance statistics, sec. Summary, p. 12 · Official statement · Generally reliable');
    expect(text(evidence)).toContain('[2] How many cameras does China have?, location in the source not recorded · Secondary summary · Unreliable');
    expect(text(section(html, 'evidence-context'))).toContain('[Analysis of what the leaked police database shows], location in the source not recorded');
  });

  it('shows a title the editors wrote, where the headline was not seen, in brackets and says so', () => {
    const references = text(section(html, 'references'));
    expect(references).toContain('[Analysis of what the leaked police database shows] (description by the editors; the headline was not seen). News Daily, July 2022.');
    const source = page('/sources/news-analysis/');
    expect(text(source)).toContain('[Analysis of what the leaked police database shows] This title is a description by the editors; the headline was not seen.');
    expect(source).toContain('<title>[Analysis of what the leaked police database shows]');
  });

  it('warns that a source it rests on is rated unreliable', () => {
    expect(text(html)).toContain('Check the sources: [2] is rated unreliable.');
  });

  it('gives each reference its access date, archived copies, access notes and reliability note', () => {
    const references = text(section(html, 'references'));
    expect(references).toContain('Li Wei. National public security video surveillance statistics (全国公共安全视频监控统计; title translated by project editors). Ministry of Public Security, 20 December 2019.');
    expect(references).toContain('Accessed: 3 February 2025 Archived: copy of 5 January 2020, copy of 3 February 2025');
    expect(references).toContain('Geo-blocked: The page answers only from addresses inside China; it was read through the archived copy. (3 February 2025)');
    expect(references).toContain('Read in a copy: A mirror of the deleted blog post');
    expect(references).toContain('Deleted: The original post was deleted. (1 June 2023)');
    expect(references).toContain('No archived copy: The blog was deleted before an archive was made.');
    expect(references).toContain('Reliability: Unreliable. An anonymous blog that gives no source for its figure.');
  });

  it('sends no referrer on any outbound link', () => {
    const outbound = [...html.matchAll(/<a [^>]*href="https?:[^"]*"[^>]*>/g)].map((m) => m[0]);
    expect(outbound.length).toBeGreaterThan(3);
    for (const link of outbound) expect(link).toContain('rel="noreferrer noopener"');
  });

  it('lists the status history newest first, and the claim it supersedes', () => {
    const history = text(section(html, 'history'));
    expect(history).toBe('Status history Date Status Reason 29 November 2026 contested A second source gives a far lower figure. 1 March 2025 reported One estimate was reported.');
    expect(text(section(html, 'succession'))).toContain('This claim supersedes: About 200 million cameras superseded');
  });

  it('offers the citation in APA, MLA and Chicago, and the claim with its sources in BibTeX, RIS and CSL-JSON', () => {
    const cite = section(html, 'cite');
    expect(text(cite)).toMatch(/APA APA Style 7th edition Surveillance Claims contributors\. \(\d{4}, \w+ \d{1,2}\)\. Camera count estimates disagree\. Surveillance Claims\. http:\/\/localhost:4321\/claims\/camera-count-contested\//);
    expect(cite).toContain('<i>Camera count estimates disagree</i>');
    expect(text(cite)).toContain('MLA MLA Handbook 9th edition Surveillance Claims contributors. “Camera Count Estimates Disagree.”');
    expect(text(cite)).toContain('Chicago Chicago Manual of Style 17th edition (author-date) Surveillance Claims contributors.');
    expect(cite).toContain('@misc{camera-count-contested,');
    expect(cite).toContain('@misc{blog-estimate,');
    expect(cite).toContain('TY  - ELEC\nAB  - Estimates of the number of surveillance cameras in 2019 range from 200 million to 626 million.');
    expect(cite).toContain('"archive_location":"https://archive.ph/example-mps-2019"');
  });

  it('says how to propose a correction and names the file when no repository is configured', () => {
    expect(text(section(html, 'correction'))).toContain('edit content/claims/camera-count-contested.mdx and open a pull request');
  });
});

describe('a superseded claim page', () => {
  it('says prominently which claim replaces it', () => {
    const html = page('/claims/camera-count-old/');
    expect(text(html)).toContain('This claim has been superseded by Camera count estimates disagree. It stays here so that existing citations still resolve.');
    expect(html).toContain('<a href="/claims/camera-count-contested/">Camera count estimates disagree</a>');
  });
});

describe('the machine-readable head of a claim page', () => {
  const html = page('/claims/camera-count-contested/');
  const meta = (name: string) => [...html.matchAll(new RegExp(`<meta name="${name}" content="([^"]*)"`, 'g'))].map((m) => m[1].replace(/&#39;/g, "'"));

  it('carries Highwire citation tags that Zotero reads', () => {
    expect(meta('citation_title')).toEqual(['Camera count estimates disagree']);
    expect(meta('citation_author')).toEqual(['Surveillance Claims contributors']);
    expect(meta('citation_publication_date')[0]).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
    expect(meta('citation_public_url')).toEqual(['http://localhost:4321/claims/camera-count-contested/']);
    expect(meta('citation_reference')[1]).toBe(
      'citation_title=How many cameras does China have?; citation_publisher=Surveillance Watch Blog; citation_publication_date=2019; citation_public_url=https://mirror.example.net/cameras-estimate',
    );
  });

  it('carries a schema.org Claim in JSON-LD with every source as a citation', () => {
    const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1];
    const claim = JSON.parse(json);
    expect(claim['@type']).toBe('Claim');
    expect(claim.text).toBe('Estimates of the number of surveillance cameras in 2019 range from 200 million to 626 million.');
    expect(claim.creativeWorkStatus).toBe('contested');
    expect(claim.citation.map((c: { name: string }) => c.name)).toEqual(['National public security video surveillance statistics', 'How many cameras does China have?', '[Analysis of what the leaked police database shows]']);
    expect(claim.citation[0].archivedAt).toEqual([
      'https://web.archive.org/web/2020/https://www.mps.example.gov.cn/stats/2019',
      'https://archive.ph/example-mps-2019',
    ]);
  });
});

describe('a topic page', () => {
  const html = page('/topics/disputes/');

  it('puts the overview before the claims, grouped by status, and offers its feed', () => {
    expect(html.indexOf('aria-label="Overview"')).toBeLessThan(html.indexOf('id="claims"'));
    const claims = text(section(html, 'claims'));
    expect(claims).toContain('Claims in this topic (3) reported');
    expect(claims).toContain('contested Sources disagree; the evidence on each side is shown. (1) Camera count estimates disagree');
    expect(claims.indexOf('contested')).toBeLessThan(claims.indexOf('superseded'));
    expect(html).toContain('<link rel="alternate" type="application/rss+xml" href="/topics/disputes/feed.xml" title="Disputed figures: changes">');
  });
});

describe('an entity page', () => {
  const html = page('/entities/camera-program/');

  it('says what it is, then its timeline from typed dates with their sources, then its claims', () => {
    expect(text(html)).toContain('What it is Program Also known as camera program Claims 1 (1 contested)');
    const timeline = text(section(html, 'timeline'));
    expect(timeline).toBe(
      'Timeline 2015 May 2015: launched (National public security video surveillance statistics) 2019 December 2019: figures published (National public security video surveillance statistics) December 2019: Claim: Camera count estimates disagree contested',
    );
    expect(text(section(html, 'claims'))).toContain('Claims about National camera network program (1) Contested (1)');
  });
});

describe('a source page', () => {
  it('shows its reliability, every claim resting on it with role, kind and quote, and how to cite it', () => {
    const html = page('/sources/blog-estimate/');
    expect(text(section(html, 'reliability'))).toContain('Reliability: Unreliable An anonymous blog that gives no source for its figure.');
    expect(text(html)).toContain('2 claims rest on this source and should be checked against other sources.');
    const claims = text(section(html, 'claims'));
    expect(claims).toContain('About 200 million cameras superseded Supports');
    expect(claims).toContain('Camera count estimates disagree contested Contests · as secondary summary · location in the source not recorded · reference [2] there about 200 million cameras An unsourced blog estimate, kept to show the disagreement.');
    expect(section(html, 'cite')).toContain('@misc{blog-estimate,');
  });
});

describe('the timeline', () => {
  it('is built from entity dates and claim event dates, oldest first, and source publication dates apart', () => {
    const inOrder = (path: string, entries: string[]) => {
      const html = page(path);
      const t = text(html.slice(html.indexOf('<main')));
      const order = entries.map((s) => t.indexOf(s));
      expect(order.every((i) => i > -1), JSON.stringify(order)).toBe(true);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    };
    inOrder('/timeline/', [
      'May 2015: National camera network program, launched',
      'December 2019: National camera network program, figures published',
      'December 2019: Claim: Camera count estimates disagree contested',
      '20 August 2021: Personal Information Protection Law, adopted',
    ]);
    inOrder('/timeline/publications/', [
      '2019: Published: How many cameras does China have? (Surveillance Watch Blog)',
      '20 December 2019: Published: National public security video surveillance statistics (Ministry of Public Security)',
      '6 July 2022: Published: Hacker claims to have stolen police data (Wire Service)',
    ]);
  });
});

describe('the home page', () => {
  it('leads a newcomer to each topic in one click, with its summary and claim counts', () => {
    const html = page('/');
    const topics = section(html, 'topics');
    expect(topics.indexOf('href="/topics/leaks/"')).toBeLessThan(topics.indexOf('href="/topics/law/"'));
    expect(text(topics)).toContain('Disputed figures Numbers that sources give differently, and how the estimates changed. 3 claims: 1 reported, 1 contested, 1 superseded');
  });
});
