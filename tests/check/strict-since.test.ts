/**
 * `npm run check -- --strict --since <git-ref>`, as pull requests run it: errors fail anywhere, and
 * warnings fail only in the files changed since the revision; the corpus's other warnings are the
 * maintenance backlog.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../scripts/lib/check/run';
import { FIXTURE_TODAY, RULE_FIXTURES } from '../helpers/rule-fixtures';

let repo: string;
const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: repo });
const edit = (file: string, from: string, to: string) => {
  const path = join(repo, 'content', file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no "${from}"`);
  writeFileSync(path, text.replace(from, to));
};
const check = (since?: string) =>
  runCheck({ contentDir: join(repo, 'content'), format: 'text', strict: true, since, cache: false, workers: 1, help: false }, { today: FIXTURE_TODAY });
const warnings = (run: Awaited<ReturnType<typeof check>>) => run.diagnostics.map((d) => `${d.file} ${d.severity} ${d.rule}`);

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'strict-since-'));
  cpSync(join(RULE_FIXTURES, '_base/content'), join(repo, 'content'), { recursive: true });
  // A warning already in the revision compared with: part of the backlog, not of the change.
  edit('sources/wire-story.yaml', 'language: en\n', 'descriptive_title: true\nlanguage: en\n');
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'base');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('--strict with --since', () => {
  it('passes when the warnings are only in files the change does not touch', async () => {
    const run = await check('HEAD');
    expect(warnings(run)).toEqual(['content/sources/wire-story.yaml warning descriptive-title']);
    expect(run.exitCode).toBe(0);
  });

  it('fails without --since on the same warnings', async () => {
    expect((await check()).exitCode).toBe(1);
  });

  it('fails on a warning in a file changed since the revision', async () => {
    edit('claims/database-offered.mdx', '    locator:\n      paragraph: 2\n', '');
    const run = await check('HEAD');
    expect(warnings(run)).toEqual(['content/claims/database-offered.mdx warning evidence-without-locator', 'content/sources/wire-story.yaml warning descriptive-title']);
    expect(run.exitCode).toBe(1);
    git('checkout', '--', '.');
  });

  it('fails on a warning in a new file not yet committed', async () => {
    const claim = readFileSync(join(repo, 'content/claims/database-offered.mdx'), 'utf8').replace('  date: "2026-02-01"\n  by: project editors', '  date: "2025-01-01"');
    writeFileSync(join(repo, 'content/claims/offer-again.mdx'), claim.replace('statement: In July 2022', 'statement: Again, in July 2022'));
    const run = await check('HEAD');
    expect(warnings(run)).toContain('content/claims/offer-again.mdx warning review-overdue');
    expect(run.exitCode).toBe(1);
  });
});
