/** Runs the project's commands the way a contributor does, on a temporary copy of a content folder. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIXTURE_CONTENT = 'tests/fixtures/site/content';

/** A copy of the fixture corpus at `<tmp>/content`, so the checker names files `content/...`. */
export function copyContent(from = FIXTURE_CONTENT): { dir: string; contentDir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'claims-contributor-'));
  const contentDir = join(dir, 'content');
  cpSync(from, contentDir, { recursive: true });
  return { dir, contentDir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run <script> -- args`, without npm: node with tsx, as package.json's scripts run them. */
export function runScript(script: string, args: string[], env: Record<string, string>): Run {
  const run = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    env: { ...process.env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DISABLE_UPDATE_CHECK: 'true', ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
