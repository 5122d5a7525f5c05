/**
 * The knowledge base itself (content/, not a fixture) built by the real `npm run build`, served
 * locally as scripts/serve.mjs serves it, with a Chromium to read it: for browser tests whose
 * expectations are about the real corpus.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { serve } from '../../scripts/serve.mjs';
import { launchChromium } from './chromium';
import type { ServedSite } from './served-site';

/** Builds content/ before the tests of one file, and removes the build after them. */
export function useServedContentSite(): ServedSite & { dir: string } {
  const work = mkdtempSync(join(tmpdir(), 'claims-content-site-'));
  const site = { dir: join(work, 'dist') } as ServedSite & { dir: string };
  let server: Server | undefined;
  beforeAll(async () => {
    await build(site.dir);
    const served = await serve(site.dir);
    server = served.server;
    site.origin = served.origin;
    site.browser = await launchChromium();
  }, 300_000);
  afterAll(async () => {
    await site.browser?.close();
    server?.close();
    rmSync(work, { recursive: true, force: true });
  });
  return site;
}

function build(outDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
      env: { ...process.env, CONTENT_DIR: 'content', OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`content/ did not build:\n${output}`))));
  });
}
