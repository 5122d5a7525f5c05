/**
 * The offline edition: the fixture site written as a .tar.gz by scripts/lib/bundle.ts, unpacked
 * by the system's own `tar` (an independent reader of the format), served by the server inside it
 * as its README says, and searched in Chromium with no request leaving localhost.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { bundleName, writeBundle } from '../../scripts/lib/bundle';
import { launchChromium } from '../helpers/chromium';
import { siteDir } from '../helpers/site';

const date = new Date('2026-03-01T12:00:00Z');
let work: string;
let edition: string;
let server: ChildProcess;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'claims-bundle-test-'));
  const archive = join(work, `${bundleName(date)}.tar.gz`);
  await writeBundle({ siteDir: siteDir(), serveScript: 'scripts/serve.mjs', outFile: archive, name: bundleName(date), date });
  const unpacked = join(work, 'unpacked');
  mkdirSync(unpacked);
  const tar = spawnSync('tar', ['-xzf', archive, '-C', unpacked], { encoding: 'utf8' });
  if (tar.status !== 0) throw new Error(`tar could not unpack the archive: ${tar.stderr}`);
  edition = join(unpacked, bundleName(date));
  // As the README says: `node serve.mjs site`, in the unpacked folder (port 0: any free port).
  server = spawn(process.execPath, ['serve.mjs', 'site', '--port', '0'], { cwd: edition, stdio: ['ignore', 'pipe', 'inherit'] });
  origin = await new Promise<string>((resolve, reject) => {
    let output = '';
    server.stdout!.on('data', (chunk) => {
      output += chunk;
      const match = /at (http:\/\/[^/\s]+)\//.exec(output);
      if (match) resolve(match[1]);
    });
    server.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}: ${output}`)));
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.kill();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the offline edition', () => {
  it('is one folder named for the site and the day, with a README, the server and the site', () => {
    expect(bundleName(date)).toBe('surveillance-claims-2026-03-01');
    const readme = readFileSync(join(edition, 'README.txt'), 'utf8');
    expect(readme).toContain('node serve.mjs site');
    expect(readme).toContain('http://localhost:4321/');
    expect(readFileSync(join(edition, 'site', 'claims', 'database-offered', 'index.html'), 'utf8')).toContain('Police database offered for sale');
    expect(readFileSync(join(edition, 'site', 'pagefind', 'zh', 'pagefind-entry.json'), 'utf8')).toContain('"zh"');
  });

  it('searches in English and Chinese when served, with every request to its own server', async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${origin}/`);
    await page.fill('#header-q', 'bitcoin');
    await page.press('#header-q', 'Enter');
    await page.waitForSelector('html[data-search-ready]');
    await page.waitForFunction(() => document.getElementById('search-status')!.textContent!.includes('“bitcoin”'));
    expect(await page.locator('#search-results .result-title a').first().getAttribute('href')).toBe('/claims/database-offered/');
    await page.fill('#q', '开盒');
    await page.waitForFunction(() => document.getElementById('search-status')!.textContent!.includes('“开盒”'));
    expect(await page.locator('#search-results .search-result').count()).toBe(2);
    expect(requested.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
