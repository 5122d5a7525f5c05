/**
 * `npm run check -- --since <git-ref>`: sources whose rating fell to unreliable, deprecated or
 * retracted since a revision, each with the claims resting on it (rule rating-downgraded).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../scripts/lib/check/options';
import { runCheck } from '../../scripts/lib/check/run';
import { FIXTURE_TODAY, RULE_FIXTURES } from '../helpers/rule-fixtures';

let repo: string;
const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: repo });
const rate = (file: string, from: string, to: string) => {
  const path = join(repo, 'content', file);
  writeFileSync(path, readFileSync(path, 'utf8').replace(`rating: ${from}`, `rating: ${to}`));
};
const check = (since: string) =>
  runCheck({ contentDir: join(repo, 'content'), format: 'text', strict: false, since, cache: false, workers: 1, help: false }, { today: FIXTURE_TODAY });

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'since-'));
  cpSync(join(RULE_FIXTURES, '_base/content'), join(repo, 'content'), { recursive: true });
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'base');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('a source downgraded since a revision', () => {
  it('is reported with every claim resting on it', async () => {
    rate('sources/wire-story.yaml', 'generally-reliable', 'retracted');
    const run = await check('HEAD');
    expect(run.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message}`)).toEqual([
      'content/sources/wire-story.yaml:13:11 warning doubtful-source The source is rated retracted; 1 claim still rests on it: database-offered (reported).',
      'content/sources/wire-story.yaml:13:11 warning rating-downgraded The rating changed from generally-reliable to retracted since HEAD; 1 claim rests on it: database-offered (reported).',
    ]);
    expect(run.exitCode).toBe(0);
  });

  it('is not reported again once the downgrade is in the revision compared with', async () => {
    git('commit', '-qam', 'retract the wire story');
    const run = await check('HEAD');
    expect(run.diagnostics.map((d) => d.rule)).toEqual(['doubtful-source']);
  });

  it('is reported again when the rating falls further, and not when it rises', async () => {
    rate('sources/wire-story.yaml', 'retracted', 'unreliable');
    git('commit', '-qam', 'only unreliable after all');
    rate('sources/wire-story.yaml', 'unreliable', 'retracted');
    rate('sources/law-text.yaml', 'generally-reliable', 'deprecated');
    expect((await check('HEAD')).diagnostics.filter((d) => d.rule === 'rating-downgraded').map((d) => `${d.file} ${d.message}`)).toEqual([
      'content/sources/law-text.yaml The rating changed from generally-reliable to deprecated since HEAD; 1 claim rests on it: law-covers-biometrics (established).',
      'content/sources/wire-story.yaml The rating changed from unreliable to retracted since HEAD; 1 claim rests on it: database-offered (reported).',
    ]);
    // Compared with the revision where it was retracted, unreliable is a rise: nothing to report for it.
    rate('sources/wire-story.yaml', 'retracted', 'unreliable');
    expect((await check('HEAD~1')).diagnostics.filter((d) => d.rule === 'rating-downgraded').map((d) => d.file)).toEqual(['content/sources/law-text.yaml']);
  });
});

describe('a revision that does not exist', () => {
  it('is a usage error, not a crash', async () => {
    await expect(check('no-such-branch')).rejects.toThrow(UsageError);
  });
});
