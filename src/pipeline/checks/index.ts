/**
 * The checks run on each entry's validated data, by kind, after the schema. Checks that need other
 * entries (references, supersession, unused sources ...) run later on the whole graph, in
 * `src/corpus/checks/`.
 */
import type { Kind } from '../../schema/index';
import { checkEvidenceSources, checkStatusHistory } from './claim';
import { checkOneWordStatement, checkQuoteLanguage } from './claim-writing';
import { checkFigures } from './figures';
import type { EntryCheck } from './context';
import { checkClaimDates, checkEntityDates, checkQuestionDates, checkReviewDates, checkSourceDates } from './dates';
import { checkDeletedHasArchive, checkSourceTracking } from './source';
import {
  checkAccessDate,
  checkClaimReviewDue,
  checkDescriptiveTitle,
  checkEvidenceLocators,
  checkReviewReviewDue,
  checkStatementNumbers,
} from './standard';

export const ENTRY_CHECKS: { [K in Kind]: EntryCheck<K>[] } = {
  claim: [checkStatusHistory, checkEvidenceSources, checkClaimDates, checkOneWordStatement, checkQuoteLanguage, checkFigures, checkStatementNumbers, checkEvidenceLocators, checkClaimReviewDue],
  source: [checkSourceDates, checkDeletedHasArchive, checkSourceTracking, checkAccessDate, checkDescriptiveTitle],
  topic: [],
  entity: [checkEntityDates],
  review: [checkReviewDates, checkReviewReviewDue],
  question: [checkQuestionDates],
  series: [],
};

export type { EntryCheck, EntryCheckContext } from './context';
