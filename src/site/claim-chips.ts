/**
 * Topic overviews cite claims as "([claim](../claims/x.mdx))". On the page each such link becomes a
 * status chip named for the claim's title and status (the name replaces the chip's visible text for
 * a screen reader, so it must say both), built here from the claim's own data. Contributor text
 * is escaped by the renderer, so `<a href=` in rendered HTML can only be the renderer's own link.
 */
import type { ContentGraph } from '../corpus/index';
import { escapeHtml } from '../pipeline/render';
import { entryTitle } from './present';
import { sitePath } from './urls';

/** Replaces each bare "(claim)" link to a valid claim with a chip showing the claim's status. */
export function withClaimChips(html: string, graph: ContentGraph, base: string): string {
  const prefix = escapeRegExp(sitePath(base, 'claims/'));
  const link = new RegExp(`(\\()?<a href="(${prefix}([a-z0-9-]+)/(?:#[^"]*)?)">claim</a>(\\))?`, 'g');
  return html.replace(link, (whole, open: string | undefined, href: string, id: string, close: string | undefined) => {
    const claim = graph.get('claim', id);
    if (!claim?.data) return whole;
    const status = claim.data.status;
    const title = escapeHtml(entryTitle(claim));
    const chip = `<a class="claim-chip" href="${href}" aria-label="${title} (${status} claim)" title="${title}"><span class="status status-${status}">${status}</span></a>`;
    // The chip stands in for the parentheses too, unless only one of them was there.
    return open && close ? chip : `${open ?? ''}${chip}${close ?? ''}`;
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
