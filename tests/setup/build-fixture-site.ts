/**
 * Builds the fixture corpus (tests/fixtures/site/content) through the real `npm run build` once per
 * test run, in a child process, and tells the tests where the site is.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
  }
}

export default function setup(project: TestProject) {
  const work = mkdtempSync(join(tmpdir(), 'claims-site-'));
  const siteDir = join(work, 'dist');
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
    // Ten records an index: the fixture site's search is then in parts, as a large site's is, and
    // every search test runs on merged indexes (the real corpus's tests search one index).
    env: { ...process.env, CONTENT_DIR: 'tests/fixtures/site/content', OUT_DIR: siteDir, SEARCH_RECORDS_PER_INDEX: '10', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`The fixture site did not build:\n${run.stdout}\n${run.stderr}`);
  project.provide('siteDir', siteDir);
  return () => rmSync(work, { recursive: true, force: true });
}
