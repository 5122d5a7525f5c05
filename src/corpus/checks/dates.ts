/**
 * Dates across files: a claim is not reviewed before one of its sources was published, and a review
 * is not made before the article it reviews was published.
 */
import type { Reference } from '../../pipeline/body';
import { certainlyBefore } from '../../pipeline/checks/dates';
import type { ContentGraph } from '../graph';
import type { CrossFileCheck, Report } from './context';

function reviewedAfterSource(graph: ContentGraph, report: Report, entry: { file: string; kind: string }, reviewed: string, reference: Reference) {
  const source = graph.get('source', reference.to.id)?.data;
  if (!source || source.published === 'unknown' || !certainlyBefore(reviewed, source.published)) return;
  report(
    entry.file,
    reference.span,
    'date-order',
    `The ${entry.kind} was reviewed on ${reviewed} (reviewed.date), before the source "${reference.to.id}" was published (${source.published}).`,
    'Correct reviewed.date or the source\'s published date, whichever is wrong.',
  );
}

export const checkReviewedAfterSources: CrossFileCheck = (graph, report) => {
  for (const claim of graph.list('claim')) {
    for (const reference of claim.references) {
      if (reference.via === 'field' && reference.field?.startsWith('evidence[')) reviewedAfterSource(graph, report, claim, claim.data.reviewed.date, reference);
    }
  }
  for (const review of graph.list('review')) {
    for (const reference of review.references) {
      if (reference.via === 'field' && reference.field === 'source') reviewedAfterSource(graph, report, review, review.data.reviewed.date, reference);
    }
  }
};
