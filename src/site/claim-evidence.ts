/**
 * What the top of a claim page says about its evidence, computed once per claim from the data and
 * the evidence standard: the latest status reason, the one-line evidence summary, and, for a claim
 * established despite a doubtful source, why. The claim page, its JSON, its search record and its
 * JSON-LD all read this, so they never disagree.
 */
import type { ContentGraph, ValidEntry } from '../corpus/graph';
import { assessClaim, summarizeEvidence, summaryLine, type EvidenceSummary } from '../policy/evidence-standard';

export interface ClaimEvidence {
  /** Why the claim has its current status: the reason of the last status_history entry. */
  reason: string;
  summary: EvidenceSummary;
  /** "3 sources from 2 independent publishers · 1 official text · 2 read in copies · 0 archived". */
  line: string;
  /** For an established claim with a doubtful supporting source: why it stays established. */
  despiteDoubtful?: string;
}

const cache = new WeakMap<ValidEntry<'claim'>, ClaimEvidence>();

export function claimEvidence(graph: ContentGraph, claim: ValidEntry<'claim'>): ClaimEvidence {
  let found = cache.get(claim);
  if (found) return found;
  const sourceOf = (id: string) => graph.get('source', id)?.data;
  const summary = summarizeEvidence(claim.data, sourceOf);
  found = {
    reason: claim.data.status_history.at(-1)!.reason,
    summary,
    line: summaryLine(summary),
    despiteDoubtful: assessClaim(claim.data, sourceOf).despiteDoubtful,
  };
  cache.set(claim, found);
  return found;
}
