/** Runs the project's commands the way a contributor does, on a temporary copy of a content folder. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIXTURE_CONTENT = 'tests/fixtures/site/content';

/**
 * A copy of the fixture corpus at `<tmp>/content`, so the checker names files `content/...`. The
 * fixture site shows readers states the evidence standard warns about (a source read on an unknown
 * date, a descriptive title, evidence without a locator, a figure from a context source); a
 * contributor starts from a corpus that checks clean, so the copy records them as a finished entry would.
 */
export function copyContent(from = FIXTURE_CONTENT): { dir: string; contentDir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'claims-contributor-'));
  const contentDir = join(dir, 'content');
  cpSync(from, contentDir, { recursive: true });
  if (from === FIXTURE_CONTENT) withoutWarnings(contentDir);
  return { dir, contentDir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

function withoutWarnings(contentDir: string): void {
  const edit = (path: string, change: (text: string) => string) => writeFileSync(join(contentDir, path), change(readFileSync(join(contentDir, path), 'utf8')));
  edit('sources/wire-story.yaml', (t) => t.replace('accessed: unknown', 'accessed: "2024-01-05"'));
  edit('sources/news-analysis.yaml', (t) => t.replace('descriptive_title: true\n', ''));
  edit('claims/camera-count-contested.mdx', (t) => t.replace('counts every camera, public and private.', 'counts every camera, public and private; the 626 million is a projection the news analysis reports.'));
  for (const name of readdirSync(join(contentDir, 'claims'))) {
    // An evidence item without a locator gets one saying why none can be given.
    edit(`claims/${name}`, (t) => t.replace(/^( {2}- source: [^\n]*\n(?: {4}(?!locator:)[^\n]*\n| {6}[^\n]*\n)*?)( {4}quote:\n)/gm, (item, head: string, quote: string) =>
      head.includes('    locator:') ? item : `${head}    locator:\n      not_recorded: The copy read has no page, heading or paragraph numbers.\n${quote}`,
    ));
  }
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
