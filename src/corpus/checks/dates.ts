/**
 * Dates across files: a claim is not reviewed before one of its sources was published, and a review
 * is not made before the article it reviews was published.
 */
import type { Reference } from '../../pipeline/body';
import { earliestDay, latestDay } from '../../pipeline/checks/dates';
import type { CrossFileCheck } from './context';

export const checkReviewedAfterSources: CrossFileCheck = (graph, report) => {
  // Each source's first possible publication day, worked out once rather than once per citing claim.
  const published = new Map<string, { date: string; first: string }>();
  for (const source of graph.list('source')) {
    const first = source.data.published === 'unknown' ? undefined : earliestDay(source.data.published);
    if (first) published.set(source.id, { date: source.data.published, first });
  }
  const check = (entry: { file: string; kind: string }, reviewed: string, references: Reference[], isSource: (r: Reference) => boolean) => {
    const last = latestDay(reviewed);
    if (!last) return;
    for (const reference of references) {
      if (!isSource(reference)) continue;
      const source = published.get(reference.to.id);
      if (!source || last >= source.first) continue;
      report(
        entry.file,
        reference.span,
        'date-order',
        `The ${entry.kind} was reviewed on ${reviewed} (reviewed.date), before the source "${reference.to.id}" was published (${source.date}).`,
        "Correct reviewed.date or the source's published date, whichever is wrong.",
      );
    }
  };
  const evidence = (r: Reference) => r.via === 'field' && r.field !== undefined && r.field.startsWith('evidence[');
  for (const claim of graph.list('claim')) check(claim, claim.data.reviewed.date, claim.references, evidence);
  for (const review of graph.list('review')) check(review, review.data.reviewed.date, review.references, (r) => r.via === 'field' && r.field === 'source');
};
