/**
 * The filtered and sorted lists of claims, each a page of its own so that they work without
 * JavaScript: by status, by topic or both, grouped by topic or sorted by newest event or last
 * change. Only combinations that list a claim are built, so there are at most
 * 3 × (statuses + 1) × (topics + 1) pages, and far fewer in practice.
 */
import type { ContentGraph, ValidEntry } from '../corpus/index';
import { CLAIM_STATUSES, type ClaimStatus } from '../schema/claim';
import { revisionDate } from './cite';
import { newestFirst } from './indexes';

export const CLAIM_SORTS = ['topic', 'event', 'changed'] as const;
export type ClaimSort = (typeof CLAIM_SORTS)[number];

export const CLAIM_SORT_LABEL: Record<ClaimSort, string> = {
  topic: 'By topic',
  event: 'Newest event first',
  changed: 'Last changed first',
};

export interface ClaimView {
  status?: ClaimStatus;
  topic?: string;
  sort: ClaimSort;
  claims: ValidEntry<'claim'>[];
}

/** `claims/` for every claim by topic; otherwise `claim-list/<sort>/[status/<status>/][topic/<topic>/]`. */
export function claimViewPath(view: Omit<ClaimView, 'claims'>): string {
  if (!view.status && !view.topic && view.sort === 'topic') return 'claims/';
  return `claim-list/${view.sort}/${view.status ? `status/${view.status}/` : ''}${view.topic ? `topic/${view.topic}/` : ''}`;
}

/** The date a sort orders by, for showing beside each claim. */
export function sortDate(sort: ClaimSort, claim: ValidEntry<'claim'>, changed: Map<string, string>): string | undefined {
  if (sort === 'event') return claim.data.event_date;
  if (sort === 'changed') return revisionDate(claim.data, changed.get(claim.file));
  return undefined;
}

/** Every view that lists at least one claim, plus the page of all claims. Topics in their order. */
export function claimViews(graph: ContentGraph, changed: Map<string, string>): ClaimView[] {
  const topics = graph.list('topic').sort((a, b) => a.data.order - b.data.order || (a.id < b.id ? -1 : 1));
  const rank = new Map(topics.map((t, i) => [t.id, i]));
  const all = graph.list('claim');
  const ordered: Record<ClaimSort, ValidEntry<'claim'>[]> = {
    topic: [...all].sort((a, b) => (rank.get(a.data.topic) ?? 1e9) - (rank.get(b.data.topic) ?? 1e9) || (a.id < b.id ? -1 : 1)),
    event: newestFirst(all, (c) => c.data.event_date),
    changed: newestFirst(all, (c) => revisionDate(c.data, changed.get(c.file))),
  };
  const views: ClaimView[] = [];
  for (const sort of CLAIM_SORTS) {
    for (const status of [undefined, ...CLAIM_STATUSES]) {
      for (const topic of [undefined, ...topics.map((t) => t.id)]) {
        const claims = ordered[sort].filter((c) => (!status || c.data.status === status) && (!topic || c.data.topic === topic));
        if (claims.length > 0 || (!status && !topic && sort === 'topic')) views.push({ status, topic, sort, claims });
      }
    }
  }
  return views;
}
