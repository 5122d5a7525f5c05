/**
 * Sources seen from the claims that use them: a source nobody uses is probably a leftover or a typo
 * in an id, and a source rated unreliable, deprecated or retracted lists the claims whose standing
 * still rests on it.
 */
import { FILE_START } from '../../diagnostics/diagnostic';
import { DOUBTFUL_RATINGS } from '../../schema/source';
import type { ContentGraph, ValidEntry } from '../graph';
import type { CrossFileCheck } from './context';

export const checkUnusedSources: CrossFileCheck = (graph, report) => {
  // Sources with schema errors are reported already, and may have lost what pointed at them.
  for (const source of graph.list('source')) {
    if (graph.incoming(source).some((e) => e.from !== source)) continue;
    report(source.file, FILE_START, 'unused-source', 'No claim, citation, entity, review or open question uses this source.');
  }
};

/** The claims that list a source as evidence, sorted by id. */
export function claimsRestingOn(graph: ContentGraph, sourceId: string): ValidEntry<'claim'>[] {
  const claims = new Set<ValidEntry<'claim'>>();
  for (const e of graph.incoming({ kind: 'source', id: sourceId }, ['field'])) {
    if (e.from.kind === 'claim' && e.from.data && e.reference.field?.startsWith('evidence[')) claims.add(e.from as ValidEntry<'claim'>);
  }
  return [...claims].sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** "3 claims rest on it: a (established), b (reported), c (contested)." */
export function describeClaims(claims: ValidEntry<'claim'>[], verb = 'rest'): string {
  const list = claims.map((c) => `${c.id} (${c.data.status})`).join(', ');
  return `${claims.length} claim${claims.length === 1 ? ` ${verb}s` : `s ${verb}`} on it: ${list}.`;
}

/** Statuses that say the evidence holds. */
const STANDING: string[] = ['established', 'reported'];

export const checkDoubtfulSources: CrossFileCheck = (graph, report) => {
  for (const source of graph.list('source')) {
    const rating = source.data.reliability.rating;
    if (!DOUBTFUL_RATINGS.includes(rating)) continue;
    // A claim already contested, unverified, refuted or superseded has a standing that admits the doubt;
    // so does one that cites the source only as context or against itself. Those need no review.
    const claims = claimsRestingOn(graph, source.id).filter(
      (c) => STANDING.includes(c.data.status) && c.data.evidence.some((e) => e.source === source.id && e.role === 'supports'),
    );
    if (claims.length === 0) continue;
    report(source.file, source.fields?.['reliability.rating'] ?? FILE_START, 'doubtful-source', `The source is rated ${rating}; ${describeClaims(claims, 'still rest')}`);
  }
};
