/**
 * The parts of the evidence standard one file can show (src/policy/evidence-standard.ts): numbers in
 * a statement are in the quotes, evidence says where in the source it is, a source records when it
 * was read and shows its own headline, and reviews are not overdue.
 */
import { reviewDueOn, REVIEW_DUE_AFTER_DAYS, unsourcedNumbers } from '../../policy/evidence-standard';
import type { EntryCheck, EntryCheckContext } from './context';

export const checkStatementNumbers: EntryCheck<'claim'> = (ctx) => {
  for (const number of unsourcedNumbers(ctx.data)) {
    ctx.report(
      ctx.spanOf(['statement']),
      'number-not-in-quote',
      `The statement gives "${number}", which no supporting quote, translation or evidence note contains.`,
      `Quote the passage that gives ${number}, or say in the evidence note where it comes from (a sum, a conversion).`,
    );
  }
};

export const checkEvidenceLocators: EntryCheck<'claim'> = (ctx) => {
  ctx.data.evidence.forEach((item, i) => {
    if (item.locator) return;
    ctx.report(
      ctx.spanOf(['evidence', i, 'source']),
      'evidence-without-locator',
      `Evidence item ${i} ("${item.source}") does not say where in the source its quote is.`,
    );
  });
};

/** A review older than the standard allows; otherwise the day it falls due, so the cache checks again then. */
function checkReviewDue(ctx: EntryCheckContext<'claim' | 'review'>): void {
  const { date } = ctx.data.reviewed;
  const due = reviewDueOn(date);
  if (due > ctx.today) {
    ctx.dependsOnToday(due);
    return;
  }
  ctx.report(
    ctx.spanOf(['reviewed', 'date']),
    'review-overdue',
    `The ${ctx.kind} was last checked against its sources on ${date} (reviewed.date), more than ${REVIEW_DUE_AFTER_DAYS} days ago (today is ${ctx.today}).`,
  );
}
export const checkClaimReviewDue: EntryCheck<'claim'> = checkReviewDue;
export const checkReviewReviewDue: EntryCheck<'review'> = checkReviewDue;

export const checkAccessDate: EntryCheck<'source'> = (ctx) => {
  if (ctx.data.accessed !== 'unknown') return;
  ctx.report(ctx.spanOf(['accessed']), 'access-date-unknown', 'The source does not record when its text was read (accessed: "unknown").');
};

export const checkDescriptiveTitle: EntryCheck<'source'> = (ctx) => {
  if (!ctx.data.descriptive_title) return;
  ctx.report(
    ctx.spanOf(['descriptive_title']),
    'descriptive-title',
    `The title "${ctx.data.title}" describes the source; its own headline has not been seen.`,
  );
};
