/** What chat apps and fact-check readers get from a page: Open Graph tags, and ClaimReview JSON-LD on a review. */
import { describe, expect, it } from 'vitest';
import type { ContentGraph, ValidEntry } from '../../src/corpus/index';
import { claimReviewHeadHtml } from '../../src/site/claim-review';
import { page } from '../helpers/site';

const meta = (html: string, property: string) => new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1];

describe('Open Graph tags', () => {
  it('give a claim its title, its statement as the description, its permalink and the type article', () => {
    const html = page('/claims/database-offered/');
    expect(meta(html, 'og:title')).toBe('Police database offered for sale');
    expect(meta(html, 'og:description')).toBe('In July 2022 a seller offered a database said to come from the police for 10 bitcoin.');
    expect(meta(html, 'og:url')).toMatch(/^https?:\/\/[^/]+\/claims\/database-offered\/$/);
    expect(meta(html, 'og:type')).toBe('article');
  });

  it('are on the other pages too, as a website', () => {
    for (const path of ['/', '/claims/', '/timeline/', '/topics/leaks/', '/sources/wire-story/', '/glossary/']) {
      const html = page(path);
      expect(meta(html, 'og:title'), path).toBeTruthy();
      expect(meta(html, 'og:description'), path).toBeTruthy();
      expect(meta(html, 'og:type'), path).toBe('website');
    }
  });
});

describe('ClaimReview on an article review', () => {
  const html = page('/reviews/sample-article/');
  const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1];
  const reviews = JSON.parse(json) as Record<string, any>[];

  it('has one ClaimReview per assertion, with the assertion, a rating and the article it appeared in', () => {
    expect(reviews.map((r) => [r['@type'], r.claimReviewed, r.reviewRating.ratingValue, r.reviewRating.alternateName])).toEqual([
      ['ClaimReview', 'a database was sold', 3, 'Partly supported'],
      ['ClaimReview', 'the state sells data', 2, 'Unsupported'],
    ]);
    expect(reviews[0].url).toMatch(/\/reviews\/sample-article\/#assertion-1$/);
    expect(reviews[0].datePublished).toBe('2026-11-29');
    expect(reviews[0].reviewRating).toMatchObject({ '@type': 'Rating', bestRating: 4, worstRating: 1 });
    expect(reviews[0].itemReviewed).toMatchObject({ '@type': 'Claim', author: { '@type': 'Organization', name: 'News Daily' }, appearance: { '@type': 'CreativeWork', publisher: { name: 'News Daily' } } });
    expect(reviews[0].isBasedOn).toEqual([expect.stringMatching(/\/claims\/database-offered\/$/)]);
    expect(reviews[1].isBasedOn).toBeUndefined();
  });

  it('keeps contributor text as JSON text: nothing in an assertion can end the script element', () => {
    const review = {
      kind: 'review',
      id: 'r',
      data: { title: 't', source: 'missing', summary: 's', reviewed: { date: '2026-01-01' }, assertions: [{ quote: '</script><script>alert(1)</script>', verdict: 'wrong', claims: [], questions: [], note: 'n' }] },
    } as unknown as ValidEntry<'review'>;
    const head = claimReviewHeadHtml({ get: () => undefined } as unknown as ContentGraph, review, { siteUrl: 'https://x.example', base: '/' });
    expect(head.match(/<\/script/g)).toHaveLength(1);
    expect(JSON.parse(head.slice(head.indexOf('>') + 1, head.lastIndexOf('</script>')))[0].claimReviewed).toBe('</script><script>alert(1)</script>');
  });
});
