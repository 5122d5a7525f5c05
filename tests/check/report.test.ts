/**
 * `npm run report`: the maintenance lists (src/corpus/maintenance.ts) printed from the checker's own
 * diagnostics and the evidence standard, positioned like checker messages, on fixture corpora.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runReport } from '../../scripts/lib/report/run';
import { FIXTURE_TODAY, RULE_FIXTURES } from '../helpers/rule-fixtures';

const work = mkdtempSync(join(tmpdir(), 'report-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The base fixture corpus with a case's files laid over it. */
function corpusWith(name: string, ...cases: string[]): string {
  const content = join(work, name, 'content');
  cpSync(join(RULE_FIXTURES, '_base/content'), content, { recursive: true });
  for (const c of cases) cpSync(join(RULE_FIXTURES, c, 'content'), content, { recursive: true });
  return content;
}

describe('npm run report', () => {
  it('prints every list with its count, why it matters and each item at its file and line', async () => {
    const { output } = await runReport({ contentDir: corpusWith('base'), today: FIXTURE_TODAY, workers: 1 });
    expect(output).toBe(
      [
        'Claims below the evidence standard (0)',
        '  Their status claims more than their evidence shows; the build stops until they are fixed.',
        '',
        'Claims at the edge of the standard (1)',
        '  Established with nothing to spare: one more independent source would make them robust to the loss of one.',
        '  content/claims/law-covers-biometrics.mdx:5:9  Established on 1 supporting source from 1 independent publisher.',
        '',
        'Claims resting on one source (2)',
        '  A second, independent source would let the claim survive a correction or retraction of the first.',
        '  content/claims/database-offered.mdx:5:9  reported, supported only by "wire-story".',
        '  content/claims/law-covers-biometrics.mdx:5:9  established, supported only by "law-text".',
        '',
        'Sources read only in a copy (0)',
        "  The text was read in a reprint, mirror or repost, not on the publisher's page: find the original.",
        '',
        'Sources without an archived copy (1)',
        '  Pages disappear; an archived copy lets readers check what the source said.',
        '  content/sources/law-text.yaml:1:1  Archive services could not reach the page.',
        '',
        'Evidence items without a locator (0)',
        '  A reader cannot find the quoted passage in the source without the page, section or paragraph.',
        '',
        'Reviews overdue (0)',
        '  Not checked against their sources for over a year.',
        '',
        'Open questions (0)',
        '  What the sources so far cannot settle, and what evidence would.',
        '',
        'Other checker warnings (0)',
        '  Numbers not found in the quotes, descriptive titles, doubtful or unused sources and the rest of what npm run check warns about.',
        '',
        '0 below-standard, 1 at-edge, 2 single-source, 0 read-in-copies, 1 without-archive, 0 without-locator, 0 review-overdue, 0 open-questions, 0 other-warnings',
      ].join('\n'),
    );
  });

  it('lists claims below the standard, overdue reviews and other warnings from the same diagnostics', async () => {
    const { lists } = await runReport({ contentDir: corpusWith('mixed', 'below-evidence-standard/fail', 'review-overdue/fail', 'descriptive-title/fail'), today: FIXTURE_TODAY, workers: 1 });
    const items = (id: string) => lists.find((l) => l.id === id)!.items.map((i) => `${i.file}:${i.line}:${i.column} ${i.note}`);
    expect(items('below-standard').map((i) => i.slice(0, i.indexOf(' The claim')))).toEqual(['content/claims/offer-contested.mdx:5:9', 'content/claims/offer-established.mdx:5:9']);
    expect(items('review-overdue')).toEqual([
      'content/claims/database-offered.mdx:13:9 The claim was last checked against its sources on 2025-05-31 (reviewed.date), more than 365 days ago (today is 2026-06-01).',
      'content/reviews/offer-story.mdx:6:9 The review was last checked against its sources on 2025-01-15 (reviewed.date), more than 365 days ago (today is 2026-06-01).',
    ]);
    expect(items('other-warnings')).toEqual([
      'content/sources/wire-story.yaml:3:20 The title "Wire story on a hacker who says he has police data" describes the source; its own headline has not been seen. (descriptive-title)',
    ]);
  });
});
