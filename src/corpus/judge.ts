/**
 * Judgements across files, on the whole graph. Each check lives in `checks/` and reports through a
 * callback at the place the problem was made; this module runs them in order.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic';
import type { CrossFileCheck } from './checks/context';
import { checkReviewedAfterSources } from './checks/dates';
import { checkDuplicateQuotes } from './checks/quotes';
import { checkFigureProjections, checkFigureSeries } from './checks/figures';
import { checkDuplicateIds, checkReferences } from './checks/references';
import { checkDoubtfulSources, checkUnusedSources } from './checks/sources';
import { checkEvidenceStandard } from './checks/standard';
import { checkDuplicateStatements } from './checks/statements';
import { checkSupersededStatus, checkSupersedesConflicts, checkSupersedesCycles } from './checks/supersedes';
import type { ContentGraph } from './graph';

export type { CrossFileCheck, Report } from './checks/context';

/** Every cross-file check, in the order they run. */
export const CROSS_FILE_CHECKS: CrossFileCheck[] = [
  checkDuplicateIds,
  checkReferences,
  checkSupersedesCycles,
  checkSupersedesConflicts,
  checkSupersededStatus,
  checkReviewedAfterSources,
  checkUnusedSources,
  checkDoubtfulSources,
  checkDuplicateStatements,
  checkDuplicateQuotes,
  checkFigureSeries,
  checkFigureProjections,
  checkEvidenceStandard,
];

export function judge(graph: ContentGraph): Diagnostic[] {
  const found: Diagnostic[] = [];
  const report = (...args: Parameters<typeof diagnostic>) => found.push(diagnostic(...args));
  for (const check of CROSS_FILE_CHECKS) check(graph, report);
  return found;
}
