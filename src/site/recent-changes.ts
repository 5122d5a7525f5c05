/**
 * The home page's "Recently changed claims": each claim's date of change and what the entry says
 * changed on that date (its status, with the reason, or a review against its sources). When the
 * most recent date is shared by more claims than are shown, the list says so instead of letting
 * the order of ties pass for recency.
 */
import type { ValidEntry } from '../corpus/index';
import type { ClaimStatus } from '../schema/claim';
import { revisionDate } from './cite';
import { newestFirst } from './indexes';

export type ClaimChange =
  | { kind: 'status'; from?: ClaimStatus; to: ClaimStatus; reason: string }
  | { kind: 'reviewed' }
  | { kind: 'edited' };

export interface RecentChange {
  claim: ValidEntry<'claim'>;
  date: string;
  change: ClaimChange;
}

/** What a claim's own data records for a date: a status set that day, else a review that day, else an edit. */
export function changeOn(claim: ValidEntry<'claim'>, date: string): ClaimChange {
  const history = claim.data.status_history;
  const at = history.findLastIndex((h) => h.date === date);
  if (at > -1) return { kind: 'status', from: history[at - 1]?.status, to: history[at].status, reason: history[at].reason };
  if (claim.data.reviewed.date === date) return { kind: 'reviewed' };
  return { kind: 'edited' };
}

/**
 * The `count` most recently changed claims, and how many claims share the newest date. Ties are
 * in title order, which the page states when the shown claims all share one date.
 */
export function recentChanges(claims: ValidEntry<'claim'>[], changed: Map<string, string>, count: number): { changes: RecentChange[]; sameDay: number } {
  const dated = claims.map((claim) => ({ id: claim.data.title, claim, date: revisionDate(claim.data, changed.get(claim.file)) }));
  const sorted = newestFirst(dated, (x) => x.date);
  const newest = sorted[0]?.date;
  return {
    changes: sorted.slice(0, count).map(({ claim, date }) => ({ claim, date, change: changeOn(claim, date) })),
    sameDay: sorted.filter((x) => x.date === newest).length,
  };
}
