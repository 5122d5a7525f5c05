/**
 * `npm run build` runs the same checks first: a corpus with an error never produces or replaces
 * the built site.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RULE_FIXTURES } from '../helpers/rule-fixtures';

const work = mkdtempSync(join(tmpdir(), 'check-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a build over content with an error', () => {
  it('prints the checker messages, exits 1 and leaves the previous site as it was', () => {
    const content = join(work, 'content');
    cpSync(join(RULE_FIXTURES, '_base/content'), content, { recursive: true });
    const claim = join(content, 'claims/database-offered.mdx');
    writeFileSync(claim, readFileSync(claim, 'utf8').replace('[@wire-story, para. 2]', '[@wire-stroy, para. 2]'));
    const dist = join(work, 'dist');
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), 'the previous site');

    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: content, OUT_DIR: dist, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      'content/claims/database-offered.mdx\ncontent/claims/database-offered.mdx:28:31  error  The source "wire-stroy" does not exist (no content/sources/wire-stroy.yaml).  [unknown-source]\n    fix: Did you mean "wire-story"?\n\n1 error and 0 warnings in 1 file.',
    );
    expect(run.stderr).toContain(`The content has errors; nothing was built and ${dist}/ was left as it was.`);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('the previous site');
    expect(readdirSync(work).sort()).toEqual(['content', 'dist']);
    expect(existsSync(join(dist, 'pagefind'))).toBe(false);
  });
});
