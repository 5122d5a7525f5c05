/**
 * The schema.org `ClaimReview` markup of an article review, as fact-checkers publish it (one
 * ClaimReview per assertion checked): the assertion as `claimReviewed`, the verdict as a rating on
 * a scale of four, and the reviewed article as where the claim appeared. Contributor text goes in
 * as JSON string values only, serialised by `jsonForScript` so that no text can end the element.
 */
import type { ContentGraph, ValidEntry } from '../corpus/index';
import type { Verdict } from '../schema/review';
import { permalink, type CiteContext } from './cite';
import { SITE } from './config';
import { jsonForScript } from './metadata';
import { sourceTitle } from './present';
import { entryPath, sitePath } from './urls';

export const VERDICT_LABEL: Record<Verdict, string> = {
  supported: 'Supported',
  'partly-supported': 'Partly supported',
  unsupported: 'Unsupported',
  wrong: 'Wrong',
};

/** Best (4) to worst (1), so that a reader of the markup can compare verdicts. */
const RATING: Record<Verdict, number> = { supported: 4, 'partly-supported': 3, unsupported: 2, wrong: 1 };

export function claimReviewJsonLd(graph: ContentGraph, review: ValidEntry<'review'>, ctx: CiteContext): Record<string, unknown>[] {
  const r = review.data;
  const page = ctx.siteUrl + entryPath(ctx.base, review);
  const source = graph.get('source', r.source)?.data;
  const appearance = source && {
    '@type': 'CreativeWork',
    url: source.url ?? source.read_at!.url,
    headline: sourceTitle(source),
    ...(source.published !== 'unknown' ? { datePublished: source.published } : {}),
    publisher: { '@type': 'Organization', name: source.publisher },
  };
  return r.assertions.map((a, i) => ({
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: `${page}#assertion-${i + 1}`,
    claimReviewed: a.quote,
    datePublished: r.reviewed.date,
    author: { '@type': 'Organization', name: `${SITE.name} contributors`, url: ctx.siteUrl + sitePath(ctx.base) },
    reviewRating: { '@type': 'Rating', ratingValue: RATING[a.verdict], bestRating: 4, worstRating: 1, alternateName: VERDICT_LABEL[a.verdict] },
    itemReviewed: {
      '@type': 'Claim',
      ...(source ? { author: { '@type': 'Organization', name: source.publisher }, ...(source.published !== 'unknown' ? { datePublished: source.published } : {}) } : {}),
      ...(appearance ? { appearance } : {}),
    },
    ...(a.claims.length ? { isBasedOn: a.claims.map((id) => permalink(ctx, { kind: 'claim', id })) } : {}),
  }));
}

/** The JSON-LD block of a review page's head. */
export function claimReviewHeadHtml(graph: ContentGraph, review: ValidEntry<'review'>, ctx: CiteContext): string {
  return `<script type="application/ld+json">${jsonForScript(claimReviewJsonLd(graph, review, ctx))}</script>`;
}
