/**
 * The knowledge base itself, not a fixture: `content/` builds with no checker message beyond its
 * named backlog (tests/helpers/content-backlog.ts), every page is valid HTML and every claim page keeps within its budget. Pull requests run the tests, so
 * an entry that would break a page or outgrow the budget fails before review.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM_PAGE_BUDGET, claimPageSizes, invalidHtml, wordsRunTogether } from '../helpers/built-html';
import { CONTENT_BACKLOG } from '../helpers/content-backlog';

describe('the knowledge base in content/', { timeout: 180_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'claims-content-'));
  const site = join(work, 'dist');
  let build: SpawnSyncReturns<string>;

  beforeAll(() => {
    build = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
      env: { ...process.env, CONTENT_DIR: 'content', OUT_DIR: site, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      encoding: 'utf8',
    });
  }, 180_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('builds with no error, and warns only about the backlog tests/helpers/content-backlog.ts names', () => {
    expect(build.status, build.stderr).toBe(0);
    expect(build.stdout).toMatch(/\[build\] \d+ entries, \d+ pages indexed/);
    const named = (line: string) => Object.entries(CONTENT_BACKLOG).some(([rule, { files }]) => line.endsWith(`[${rule}]`) && files.some((f) => line.startsWith(`${f}:`)));
    expect(build.stdout.split('\n').filter((line) => /:\d+:\d+ {2}(?:error|warning) {2}/.test(line) && !named(line))).toEqual([]);
  });

  it('is valid HTML on every page', async () => {
    expect(await invalidHtml(site)).toEqual([]);
  });

  it('keeps words apart on every page', () => {
    expect(wordsRunTogether(site)).toEqual([]);
  });

  it('keeps every claim page within 60 KB of HTML and CSS', () => {
    const sizes = claimPageSizes(site);
    expect(sizes.size).toBeGreaterThanOrEqual(40);
    for (const [path, bytes] of sizes) expect(bytes, path).toBeLessThanOrEqual(CLAIM_PAGE_BUDGET);
  });
});
