/** What the home page says changed on a claim, and when it admits that every change fell on one day. */
import { describe, expect, it } from 'vitest';
import type { ValidEntry } from '../../src/corpus/index';
import { changeOn, recentChanges } from '../../src/site/recent-changes';

function claim(id: string, title: string, history: [string, string][], reviewed: string): ValidEntry<'claim'> {
  return {
    kind: 'claim',
    id,
    file: `content/claims/${id}.mdx`,
    data: { title, status: history.at(-1)![1], status_history: history.map(([date, status]) => ({ date, status, reason: `Reason of ${date}.` })), reviewed: { date: reviewed } },
  } as unknown as ValidEntry<'claim'>;
}

describe('what changed on a claim', () => {
  const c = claim('a', 'A', [['2026-11-29', 'established'], ['2026-12-02', 'reported']], '2026-12-02');

  it('is the status change of that day, with where it came from and why', () => {
    expect(changeOn(c, '2026-12-02')).toEqual({ kind: 'status', from: 'established', to: 'reported', reason: 'Reason of 2026-12-02.' });
    expect(changeOn(c, '2026-11-29')).toEqual({ kind: 'status', from: undefined, to: 'established', reason: 'Reason of 2026-11-29.' });
  });

  it('is a review when only the review date matches, and an edit otherwise', () => {
    const reviewed = claim('b', 'B', [['2026-11-29', 'reported']], '2026-12-01');
    expect(changeOn(reviewed, '2026-12-01')).toEqual({ kind: 'reviewed' });
    expect(changeOn(reviewed, '2026-12-03')).toEqual({ kind: 'edited' });
  });
});

describe('the recently changed claims', () => {
  const claims = [
    claim('zeta', 'Zeta', [['2026-11-29', 'reported']], '2026-11-29'),
    claim('alpha', 'Alpha', [['2026-11-29', 'reported']], '2026-11-29'),
    claim('mid', 'Mid', [['2026-11-29', 'reported']], '2026-11-29'),
  ];

  it('are newest first by the date of their last change, and count how many share the newest date', () => {
    const changed = new Map([['content/claims/zeta.mdx', '2026-12-03'], ['content/claims/alpha.mdx', '2026-12-02'], ['content/claims/mid.mdx', '2026-12-03']]);
    const { changes, sameDay } = recentChanges(claims, changed, 8);
    expect(changes.map((c) => [c.claim.id, c.date])).toEqual([['mid', '2026-12-03'], ['zeta', '2026-12-03'], ['alpha', '2026-12-02']]);
    expect(sameDay).toBe(2);
  });

  it('on one shared date are in title order, and all of them are counted', () => {
    const changed = new Map(claims.map((c) => [c.file, '2026-12-02']));
    const { changes, sameDay } = recentChanges(claims, changed, 2);
    expect(changes.map((c) => c.claim.data.title)).toEqual(['Alpha', 'Mid']);
    expect(sameDay).toBe(3);
  });
});
