/**
 * The evidence standard across files: each claim's status is judged against the sources it names
 * (src/policy/evidence-standard.ts), and a claim below it is an error at its `status` line.
 */
import { FILE_START } from '../../diagnostics/diagnostic';
import { assessClaim, EVIDENCE_STANDARD } from '../../policy/evidence-standard';
import type { CrossFileCheck } from './context';

export const checkEvidenceStandard: CrossFileCheck = (graph, report) => {
  const sourceOf = (id: string) => graph.get('source', id)?.data;
  for (const claim of graph.list('claim')) {
    const { status } = claim.data;
    // A source that is missing or did not validate is reported on its own; judging the claim without
    // it would only repeat that problem.
    if (claim.data.evidence.some((e) => sourceOf(e.source) === undefined)) continue;
    const standing = assessClaim(claim.data, sourceOf);
    if (standing.meets) continue;
    const weakest = standing.weakest && `"${standing.weakest.id}" (rated ${standing.weakest.rating})`;
    const named = weakest ? ` The weakest source here is ${weakest}.` : '';
    const fix =
      status === 'established'
        ? `Add a supporting source from a publisher independent of ${weakest ? `${weakest}, the weakest source here` : 'the others'}, or a primary text rated generally reliable; or set the status to reported with a status_history entry.`
        : status === 'reported'
          ? `Mark the source that reports the claim with role: supports, or set the status to unverified with a status_history entry.${named}`
          : `Add the source that contests the claim as an evidence item with role: contests and its quote, or change the status with a status_history entry.${named}`;
    report(
      claim.file,
      claim.fields?.status ?? FILE_START,
      'below-evidence-standard',
      `The claim is ${status}, which needs ${EVIDENCE_STANDARD[status]}; ${standing.shortfall}.`,
      fix,
    );
  }
};
