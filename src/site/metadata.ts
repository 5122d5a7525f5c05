/**
 * What machines read from a claim page: schema.org JSON-LD (a `Claim` with its citations) for
 * search engines and fact-check tools, and Highwire Press `citation_*` meta tags, which Zotero,
 * Google Scholar and other reference managers read to save the page as a reference in one click.
 */
import type { ValidEntry } from '../corpus/index';
import { escapeHtml } from '../pipeline/render';
import type { SourceData, SourceType } from '../schema/source';
import { permalink, revisionDate, type CiteContext } from './cite';
import { claimEvidence } from './claim-evidence';
import { SITE } from './config';
import type { SiteCorpus } from './corpus';
import { sourceTitle } from './present';
import { sitePath } from './urls';

const SCHEMA_TYPE: Record<SourceType, string> = {
  news: 'NewsArticle',
  report: 'Report',
  law: 'Legislation',
  'official-statement': 'CreativeWork',
  'court-record': 'CreativeWork',
  academic: 'ScholarlyArticle',
  dataset: 'Dataset',
  'web-page': 'WebPage',
};

function sourceWork(id: string, s: SourceData, ctx: CiteContext): Record<string, unknown> {
  return {
    '@type': SCHEMA_TYPE[s.type],
    '@id': permalink(ctx, { kind: 'source', id }),
    name: sourceTitle(s),
    ...(s.original_title ? { alternateName: s.original_title } : {}),
    ...(s.authors.length ? { author: s.authors.map((name) => ({ '@type': 'Person', name })) } : {}),
    publisher: { '@type': 'Organization', name: s.publisher },
    ...(s.published !== 'unknown' ? { datePublished: s.published } : {}),
    inLanguage: s.language,
    url: s.url ?? s.read_at!.url,
    ...(s.archives.length ? { archivedAt: s.archives.map((a) => a.url) } : {}),
  };
}

/** The schema.org `Claim` of a claim page. */
export function claimJsonLd(corpus: SiteCorpus, claim: ValidEntry<'claim'>, ctx: CiteContext): Record<string, unknown> {
  const d = claim.data;
  const url = permalink(ctx, claim);
  const entities = d.entities.map((id) => corpus.graph.get('entity', id)).filter((e) => e?.data);
  const sources = claim.referenceOrder.map((id) => ({ id, data: corpus.graph.get('source', id)?.data })).filter((s) => s.data);
  return {
    '@context': 'https://schema.org',
    '@type': 'Claim',
    '@id': url,
    url,
    name: d.title,
    text: d.statement,
    description: `Evidence: ${claimEvidence(corpus.graph, claim).line}.`,
    inLanguage: 'en',
    creativeWorkStatus: d.status,
    datePublished: d.status_history[0].date,
    dateModified: revisionDate(d, corpus.changed.get(claim.file)),
    author: { '@type': 'Organization', name: `${SITE.name} contributors` },
    isPartOf: { '@type': 'WebSite', name: SITE.name, url: ctx.siteUrl + sitePath(ctx.base) },
    ...(entities.length ? { about: entities.map((e) => ({ '@type': 'Thing', name: e!.data!.name, url: ctx.siteUrl + sitePath(ctx.base, `entities/${e!.id}/`) })) } : {}),
    citation: sources.map((s) => sourceWork(s.id, s.data!, ctx)),
  };
}

/** JSON for a `<script type="application/ld+json">` block: `<` escaped so no text can end the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

const slashed = (date: string) => date.replace(/-/g, '/');

/** Highwire Press tags, in the order reference managers expect them. */
export function claimHighwire(corpus: SiteCorpus, claim: ValidEntry<'claim'>, ctx: CiteContext): [string, string][] {
  const d = claim.data;
  const topic = corpus.graph.get('topic', d.topic)?.data;
  const entities = d.entities.map((id) => corpus.graph.get('entity', id)?.data?.name).filter((n): n is string => Boolean(n));
  const tags: [string, string][] = [
    ['citation_title', d.title],
    ['citation_author', `${SITE.name} contributors`],
    ['citation_publication_date', slashed(revisionDate(d, corpus.changed.get(claim.file)))],
    ['citation_publisher', SITE.name],
    ['citation_public_url', permalink(ctx, claim)],
    ['citation_abstract', d.statement],
    ['citation_language', 'en'],
  ];
  const keywords = [topic?.title, ...entities].filter(Boolean);
  if (keywords.length) tags.push(['citation_keywords', keywords.join('; ')]);
  for (const id of claim.referenceOrder) {
    const s = corpus.graph.get('source', id)?.data;
    if (!s) continue;
    const parts = [`citation_title=${sourceTitle(s)}`, ...s.authors.map((a) => `citation_author=${a}`), `citation_publisher=${s.publisher}`];
    if (s.published !== 'unknown') parts.push(`citation_publication_date=${slashed(s.published)}`);
    parts.push(`citation_public_url=${s.url ?? s.read_at!.url}`);
    // The reference format separates fields with semicolons, so none may appear inside a value.
    tags.push(['citation_reference', parts.map((p) => p.replace(/;/g, ',')).join('; ')]);
  }
  return tags;
}

/**
 * The head elements of a claim page as one HTML string: the Highwire tags and the JSON-LD block.
 * Written here rather than as template elements because every claim page carries a dozen of them.
 */
export function claimHeadHtml(corpus: SiteCorpus, claim: ValidEntry<'claim'>, ctx: CiteContext): string {
  const tags = claimHighwire(corpus, claim, ctx).map(([name, content]) => `<meta name="${name}" content="${escapeHtml(content)}">`);
  return `${tags.join('\n')}\n<script type="application/ld+json">${jsonForScript(claimJsonLd(corpus, claim, ctx))}</script>`;
}
