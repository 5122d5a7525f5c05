/**
 * The knowledge base itself, not a fixture: `content/` builds with no checker message beyond its
 * named backlog (tests/helpers/content-backlog.ts), every page is valid HTML and every claim page keeps within its budget. Pull requests run the tests, so
 * an entry that would break a page or outgrow the budget fails before review.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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

  it('draws every series of figures, with a linked point for each figure, on its page and its topics\' pages', () => {
    const ids = readdirSync('content/series').map((f) => f.replace(/\.yaml$/, ''));
    expect(ids.length).toBeGreaterThanOrEqual(6);
    const { series } = JSON.parse(readFileSync(join(site, 'data', 'series.json'), 'utf8')) as { series: { id: string; topics: string[]; points: { claim: string }[] }[] };
    expect(series.map((s) => s.id).sort()).toEqual(ids.sort());
    for (const s of series) {
      expect(s.points.length, s.id).toBeGreaterThanOrEqual(2);
      const links = (html: string) => [...html.matchAll(new RegExp(`<svg [^>]*data-series="${s.id}"[\\s\\S]*?</svg>`, 'g'))].flatMap((m) => [...m[0].matchAll(/<a href="\/claims\/([a-z0-9-]+)\/#figures" class="mark"/g)].map((a) => a[1]));
      const expected = s.points.map((p) => p.claim);
      expect(links(readFileSync(join(site, 'figures', s.id, 'index.html'), 'utf8')), s.id).toEqual(expected);
      for (const topic of s.topics) expect(links(readFileSync(join(site, 'topics', topic, 'index.html'), 'utf8')), `${s.id} on ${topic}`).toEqual(expected);
    }
  });

  it('keeps every claim page within 64 KB of HTML and CSS', () => {
    const sizes = claimPageSizes(site);
    expect(sizes.size).toBeGreaterThanOrEqual(40);
    for (const [path, bytes] of sizes) expect(bytes, path).toBeLessThanOrEqual(CLAIM_PAGE_BUDGET);
  });
});
