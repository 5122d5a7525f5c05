/**
 * Claims and sources as CSL-JSON, and what citation.js makes of them: the facts land in the right
 * variables, the one-entry styles format exactly as the published styles, and BibTeX and RIS read
 * back through citation.js unchanged.
 */
import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { ClaimSchema } from '../../src/schema/claim';
import { SourceSchema } from '../../src/schema/source';
import { claimCsl, formatMachine, formatStyled, formatStyledMany, sourceCsl, styleTitles, type CslItem } from '../../src/site/cite';

const ctx = { siteUrl: 'https://claims.example.org', base: '/' };

const claim = ClaimSchema.parse({
  title: 'Police database offered for sale',
  statement: 'In July 2022 a seller offered a database said to come from the police for 10 bitcoin.',
  topic: 'leaks',
  status: 'reported',
  status_history: [
    { date: '2022-07-10', status: 'unverified', reason: 'Only the seller said so.' },
    { date: '2024-03-02', status: 'reported', reason: 'Two outlets reported it.' },
  ],
  reviewed: { date: '2025-01-15', by: 'project editors' },
  evidence: [{ source: 'wire-story', role: 'supports', quote: { text: 'asked for 10 bitcoin', language: 'en' } }],
});

const source = SourceSchema.parse({
  type: 'news',
  title: 'A very long headline about a police database offered for sale on a forum, with a figure of one billion records',
  language: 'zh',
  original_title: '警方数据库在论坛上出售',
  title_translator: 'project editors',
  authors: ['Paul Mozur', 'Reuters staff'],
  publisher: 'Wire Service',
  published: '2022-07-06',
  url: 'https://news.example.org/story',
  read_at: { url: 'https://reprint.example.com/story', host: 'Reprint Times' },
  accessed: '2024-01-05',
  archives: [{ url: 'https://web.archive.org/web/2024/https://news.example.org/story', date: '2024-01-05' }],
  access_notes: [{ kind: 'geo-blocked', note: 'Blocked outside China.' }],
  reliability: { rating: 'marginal', note: 'Read in a reprint.' },
  identifiers: [{ scheme: 'doi', value: '10.1234/abcd' }],
});

describe('a claim as CSL-JSON', () => {
  it('is a web page of the site by its contributors, dated by its current version, at its permanent address', () => {
    expect(claimCsl('database-offered', claim, undefined, ctx)).toEqual({
      id: 'database-offered',
      'citation-key': 'database-offered',
      type: 'webpage',
      title: 'Police database offered for sale',
      'container-title': 'Surveillance Claims',
      author: [{ literal: 'Surveillance Claims contributors' }],
      issued: { 'date-parts': [[2025, 1, 15]] },
      URL: 'https://claims.example.org/claims/database-offered/',
      abstract: 'In July 2022 a seller offered a database said to come from the police for 10 bitcoin.',
      note: 'Claim status: reported; last reviewed 2025-01-15. Sources: wire-story.',
      language: 'en',
    });
  });

  it('takes the date of the last commit when git knows it', () => {
    expect(claimCsl('database-offered', claim, '2026-02-03', ctx).issued).toEqual({ 'date-parts': [[2026, 2, 3]] });
  });
});

describe('a source as CSL-JSON', () => {
  const item = sourceCsl('wire-story', source);

  it('keeps authors literal, the newspaper as container, the archived copy, and the copy read in the note', () => {
    expect(item).toMatchObject({
      type: 'article-newspaper',
      'original-title': '警方数据库在论坛上出售',
      author: [{ literal: 'Paul Mozur' }, { literal: 'Reuters staff' }],
      'container-title': 'Wire Service',
      issued: { 'date-parts': [[2022, 7, 6]] },
      accessed: { 'date-parts': [[2024, 1, 5]] },
      URL: 'https://news.example.org/story',
      archive: 'web.archive.org',
      archive_location: 'https://web.archive.org/web/2024/https://news.example.org/story',
      DOI: '10.1234/abcd',
      language: 'zh',
    });
    expect(item.note).toBe(
      'Archived copy of 2024-01-05: https://web.archive.org/web/2024/https://news.example.org/story. Read in a copy: Reprint Times, https://reprint.example.com/story. Access notes: geo-blocked. Reliability: marginal.',
    );
    expect(item.custom).toBeUndefined();
  });

  it('adds reliability and access notes under custom for the open data', () => {
    expect(sourceCsl('wire-story', source, { full: true }).custom).toMatchObject({
      reliability: { rating: 'marginal', note: 'Read in a reprint.' },
      access_notes: [{ kind: 'geo-blocked', note: 'Blocked outside China.' }],
      read_at: { url: 'https://reprint.example.com/story', host: 'Reprint Times' },
    });
  });
});

describe('formatting through citation.js', () => {
  const items: CslItem[] = [
    claimCsl('database-offered', claim, '2026-02-03', ctx),
    claimCsl('a-claim-with-a-long-title', { ...claim, title: 'The Ministry of Public Security’s “Skynet” reached 20 million cameras: what the 2017 figure counts' }, undefined, ctx),
    sourceCsl('wire-story', source),
  ];

  it('formats one entry with the pruned styles exactly as with the styles as published', () => {
    for (const item of items) expect(formatStyled(item)).toEqual(formatStyled(item, { asPublished: true }));
  });

  it('formats several entries together exactly as each alone, in order', () => {
    // Ids are unique in a corpus (citeproc keeps one entry per id).
    const twice = [...items, ...items.map((item) => ({ ...item, id: `${item.id}-again` }))];
    expect(formatStyledMany(twice)).toEqual(twice.map((item) => formatStyled(item)));
  });

  it('names the edition of each style from the style file itself', () => {
    expect(styleTitles()).toEqual({
      apa: 'APA Style 7th edition',
      mla: 'MLA Handbook 9th edition',
      chicago: 'Chicago Manual of Style 17th edition (author-date)',
    });
  });

  it('gives MLA in its 9th edition: the container, the date, the URL and the access date, with no "N.p." or "Web."', () => {
    expect(formatStyled(items[0]).mla).toBe('Surveillance Claims contributors. “Police Database Offered for Sale.” <i>Surveillance Claims</i>, 3 Feb. 2026, https://claims.example.org/claims/database-offered/.');
    for (const item of items) expect(formatStyled(item).mla).not.toMatch(/N\.p\.|\bWeb\./);
  });

  it('keeps the case of a domain name that the styles would title-case', () => {
    const styled = formatStyled({ id: 'd', type: 'webpage', title: '[China.org.cn report on the ministry]', 'container-title': 'Newsogoos.com (aggregator)', URL: 'https://newsogoos.com/x' });
    for (const text of Object.values(styled)) {
      expect(text).toContain('China.org.cn');
      expect(text).toContain('Newsogoos.com');
      expect(text).not.toContain('nocase');
    }
  });

  it('writes BibTeX dates BibTeX can read: the month macro, and the full dates in date and urldate', () => {
    const { bibtex } = formatMachine(items[0]);
    expect(bibtex).toContain('\tmonth = feb,\n\tdate = {2026-02-03},');
    expect(bibtex).not.toMatch(/month = \{/);
    const source = formatMachine(items[2]).bibtex;
    expect(source).toMatch(/\tmonth = [a-z]{3},\n\tdate = \{\d{4}-\d{2}-\d{2}\},\n\turldate = \{\d{4}-\d{2}-\d{2}\},/);
  });

  it('gives APA with the title in italics and no inline styles', () => {
    expect(formatStyled(items[0]).apa).toBe(
      'Surveillance Claims contributors. (2026, February 3). <i>Police database offered for sale</i>. Surveillance Claims. https://claims.example.org/claims/database-offered/',
    );
  });

  it('uses the id as the BibTeX key, and BibTeX reads back to the same title and address', () => {
    const { bibtex } = formatMachine(items[0]);
    expect(bibtex.split('\n')[0]).toBe('@misc{database-offered,');
    const back = new Cite(bibtex).data[0];
    expect(back).toMatchObject({ id: 'database-offered', title: 'Police database offered for sale', URL: 'https://claims.example.org/claims/database-offered/' });
  });

  it('writes RIS with one line per tag (no word cut at 70 characters) that reads back whole, authors included', () => {
    const { ris } = formatMachine(items[2]);
    for (const line of ris.split('\n')) expect(line).toMatch(/^[A-Z][A-Z0-9]  -( |$)/);
    const back = new Cite(ris).data[0] as Record<string, unknown>;
    expect(back.title).toBe(source.title);
    expect(ris).toContain('A1  - Paul Mozur');
    expect(ris).toContain('Y1  - 2022/7/6/');
  });
});
