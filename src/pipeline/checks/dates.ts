/**
 * Dates that must agree with the calendar and with each other: nothing that has happened is in the
 * future, a source is read and archived after it was published, histories run oldest first, and a
 * claim describes no state later than its last review.
 */
import { parsePartialDate } from '../../schema/common';
import type { DataOf } from '../../schema/index';
import type { FieldPath } from '../yaml';
import { formatPath } from '../validate';
import type { EntryCheck, EntryCheckContext } from './context';

const pad = (n: number) => String(n).padStart(2, '0');

/** The first day a partial date (`2024`, `2024-11`, `2024-11-21`) can mean, as YYYY-MM-DD. */
export function earliestDay(date: string | undefined): string | undefined {
  const d = date === undefined ? undefined : parsePartialDate(date);
  if (!d) return undefined;
  return `${d.year}-${pad(d.month ?? 1)}-${pad(d.day ?? 1)}`;
}

/** The last day a partial date can mean, as YYYY-MM-DD. */
export function latestDay(date: string | undefined): string | undefined {
  const d = date === undefined ? undefined : parsePartialDate(date);
  if (!d) return undefined;
  if (d.day !== undefined) return `${d.year}-${pad(d.month!)}-${pad(d.day)}`;
  const month = d.month ?? 12;
  const last = new Date(Date.UTC(d.year, month, 0)).getUTCDate();
  return `${d.year}-${pad(month)}-${pad(last)}`;
}

/** Whether date `a` certainly lies before date `b` (the whole of `a` before any of `b`). */
export function certainlyBefore(a: string | undefined, b: string | undefined): boolean {
  const end = latestDay(a);
  const start = earliestDay(b);
  return end !== undefined && start !== undefined && end < start;
}

/** Today's date where it is latest on Earth (UTC+14), so no contributor's today counts as the future. */
export function todayAnywhere(now = Date.now()): string {
  return new Date(now + 14 * 3600 * 1000).toISOString().slice(0, 10);
}

function future(ctx: EntryCheckContext, path: FieldPath, date: string | undefined): void {
  const start = earliestDay(date);
  if (start === undefined || start <= ctx.today) return;
  ctx.dependsOnToday(start);
  ctx.report(ctx.spanOf(path), 'date-in-future', `Field "${formatPath(path)}" is ${date}, which is in the future (today is ${ctx.today}).`);
}

function inOrder(ctx: EntryCheckContext, list: { date?: string }[], field: string, what: string): void {
  for (let i = 1; i < list.length; i++) {
    if (certainlyBefore(list[i].date, list[i - 1].date)) {
      const path = [field, i, 'date'];
      ctx.report(
        ctx.spanOf(path),
        'date-order',
        `Field "${formatPath(path)}" (${list[i].date}) is earlier than the ${what} before it (${list[i - 1].date}); the list runs oldest first.`,
        'Put the items in date order, oldest first, or correct the date.',
      );
    }
  }
}

export const checkClaimDates: EntryCheck<'claim'> = (ctx) => {
  const d = ctx.data;
  d.status_history.forEach((change, i) => future(ctx, ['status_history', i, 'date'], change.date));
  future(ctx, ['reviewed', 'date'], d.reviewed.date);
  future(ctx, ['as_of'], d.as_of);
  inOrder(ctx, d.status_history, 'status_history', 'status change');
  if (certainlyBefore(d.reviewed.date, d.as_of)) {
    ctx.report(
      ctx.spanOf(['as_of']),
      'date-order',
      `Field "as_of" (${d.as_of}) is after the last review (reviewed.date ${d.reviewed.date}); a claim cannot describe a state later than the day it was checked.`,
      'Correct as_of, or review the claim again and update reviewed.date.',
    );
  }
};

export const checkSourceDates: EntryCheck<'source'> = (ctx) => {
  const d = ctx.data;
  const published = d.published === 'unknown' ? undefined : d.published;
  future(ctx, ['published'], published);
  future(ctx, ['accessed'], d.accessed === 'unknown' ? undefined : d.accessed);
  d.archives.forEach((a, i) => future(ctx, ['archives', i, 'date'], a.date));
  d.access_notes.forEach((n, i) => future(ctx, ['access_notes', i, 'date'], n.date));
  const afterPublication = (path: FieldPath, date: string | undefined, why: string) => {
    if (!certainlyBefore(date, published)) return;
    ctx.report(
      ctx.spanOf(path),
      'date-order',
      `Field "${formatPath(path)}" (${date}) is before the publication date (published ${published}); ${why}.`,
      'Correct whichever date is wrong: published is the date shown on the source, the other is when it happened to the copy you saw.',
    );
  };
  afterPublication(['accessed'], d.accessed === 'unknown' ? undefined : d.accessed, 'a source is read after it is published');
  d.archives.forEach((a, i) => afterPublication(['archives', i, 'date'], a.date, 'a page cannot be archived before it is published'));
  d.access_notes.forEach((n, i) => afterPublication(['access_notes', i, 'date'], n.date, 'nothing can happen to a source before it is published'));
};

export const checkEntityDates: EntryCheck<'entity'> = (ctx) => {
  // Entities may have scheduled events (a law in force next year), so only the order is checked.
  inOrder(ctx, ctx.data.dates, 'dates', 'event');
};

export const checkQuestionDates: EntryCheck<'question'> = (ctx) => future(ctx, ['opened'], ctx.data.opened);

export const checkReviewDates: EntryCheck<'review'> = (ctx) => future(ctx, ['reviewed', 'date'], (ctx.data as DataOf['review']).reviewed.date);
