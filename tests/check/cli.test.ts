/**
 * The command contract of `npm run check`: which folder, which format, which exit code.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOptions, UsageError } from '../../scripts/lib/check/options';
import { runCheck } from '../../scripts/lib/check/run';
import { FIXTURE_TODAY, RULE_FIXTURES } from '../helpers/rule-fixtures';

let work: string;
let broken: string;
let warned: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'check-cli-'));
  broken = join(work, 'broken', 'content');
  warned = join(work, 'warned', 'content');
  for (const dir of [broken, warned]) cpSync(join(RULE_FIXTURES, '_base/content'), dir, { recursive: true });
  const claim = join(broken, 'claims/database-offered.mdx');
  writeFileSync(claim, readFileSync(claim, 'utf8').replace('status: reported\nstatus_history', 'status: reportd\nstatus_history'));
  const source = join(warned, 'sources/wire-story.yaml');
  writeFileSync(source, readFileSync(source, 'utf8').replace('police-data\n', 'police-data?utm_source=feed\n'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function cli(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', CI: '1', ...env },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const options = (contentDir: string, extra: Partial<ReturnType<typeof readOptions>> = {}) => ({ ...readOptions(['--no-cache'], {}), contentDir, workers: 1, ...extra });

describe('the command line', () => {
  it('checks ./content by default, CONTENT_DIR or --content otherwise (--content wins)', () => {
    expect(readOptions([], {}).contentDir).toBe('content');
    expect(readOptions([], { CONTENT_DIR: 'elsewhere' }).contentDir).toBe('elsewhere');
    expect(readOptions(['--content', 'here'], { CONTENT_DIR: 'elsewhere' }).contentDir).toBe('here');
  });

  it('rejects an unknown format or option as a usage error', () => {
    expect(() => readOptions(['--format', 'yaml'], {})).toThrow('Unknown format "yaml"; use one of: text, json, github.');
    expect(() => readOptions(['--colour'], {})).toThrow(UsageError);
    expect(() => readOptions(['--workers', '0'], {})).toThrow('--workers takes a whole number of at least 1, not "0".');
  });

  it('never uses the cache under CI', () => {
    expect(readOptions([], { CI: '1' }).cache).toBe(false);
    expect(readOptions([], {}).cache).toBe(true);
  });
});

describe('exit codes', () => {
  it('are 1 when there is an error, with the problem printed by file and a summary line', () => {
    const run = cli(['--content', broken]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(
      [
        'content/claims/database-offered.mdx',
        'content/claims/database-offered.mdx:5:9  error  Field "status" is "reportd", which is not one of: established, reported, contested, unverified, refuted, superseded.  [invalid-value]',
        '     5 | status: reportd',
        '       |         ^^^^^^^',
        '    fix: Did you mean "reported"?',
        '',
        '1 error and 0 warnings in 1 file.',
        '',
      ].join('\n'),
    );
    expect(run.stderr).toBe('');
  });

  it('are 0 for warnings alone, and 1 for warnings with --strict', async () => {
    const loose = await runCheck(options(warned), { today: FIXTURE_TODAY });
    expect(loose.diagnostics.map((d) => d.rule)).toEqual(['tracking-parameter']);
    expect(loose.exitCode).toBe(0);
    expect((await runCheck(options(warned, { strict: true }), { today: FIXTURE_TODAY })).exitCode).toBe(1);
  });

  it('are 2 for a usage error, with the usage and no stack trace', () => {
    const run = cli(['--content', join(work, 'missing')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^There is no content folder at .*missing\.\n\nUsage: npm run check -- \[options\]/);
    expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});

describe('formats', () => {
  it('--format json prints the diagnostics as JSON, file relative to the content folder\'s parent', () => {
    const run = cli(['--format', 'json'], { CONTENT_DIR: broken });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual([
      {
        file: 'content/claims/database-offered.mdx',
        line: 5,
        column: 9,
        endLine: 5,
        endColumn: 16,
        severity: 'error',
        rule: 'invalid-value',
        message: 'Field "status" is "reportd", which is not one of: established, reported, contested, unverified, refuted, superseded.',
        fix: 'Did you mean "reported"?',
      },
    ]);
  });

  it('--format github prints workflow annotations with paths from the working directory', async () => {
    const run = await runCheck(options(broken, { format: 'github' }), { today: FIXTURE_TODAY });
    const path = relative(process.cwd(), join(broken, 'claims/database-offered.mdx'));
    expect(run.output.split('\n')).toEqual([
      `::error file=${path},line=5,col=9,endLine=5,endColumn=16,title=invalid-value::Field "status" is "reportd", which is not one of: established, reported, contested, unverified, refuted, superseded. Did you mean "reported"?`,
      '1 error and 0 warnings in 1 file.',
    ]);
  });
});
