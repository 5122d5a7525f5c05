/** Checks on one claim's data: its status agrees with its history, and each source is listed once. */
import type { EntryCheck } from './context';

export const checkStatusHistory: EntryCheck<'claim'> = (ctx) => {
  const { status, status_history: history } = ctx.data;
  const last = history[history.length - 1];
  if (!last || last.status === status) return;
  ctx.report(
    ctx.spanOf(['status']),
    'status-mismatch',
    `Field "status" is "${status}", but the last status_history entry (${last.date}) says "${last.status}".`,
    `Add a status_history entry with the date, status: ${status} and the reason for the change, or set status back to ${last.status}.`,
  );
};

export const checkEvidenceSources: EntryCheck<'claim'> = (ctx) => {
  const first = new Map<string, number>();
  ctx.data.evidence.forEach((item, i) => {
    const seen = first.get(item.source);
    if (seen === undefined) {
      first.set(item.source, i);
      return;
    }
    ctx.report(
      ctx.spanOf(['evidence', i, 'source']),
      'duplicate-evidence',
      `Field "evidence[${i}].source" names "${item.source}" again; it is already evidence[${seen}].`,
    );
  });
};
