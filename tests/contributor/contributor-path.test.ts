/**
 * The contributor's path, walked with the real commands on a copy of the fixture corpus: scaffold a
 * source and a claim with `npm run new`, fill them in, check, build, and find the new claim's page
 * and the backlinks to it. Then `npm run dev`: a saved change reaches the browser, and the checker's
 * messages reach the terminal and the page. (One file, so the build and the dev server, which both
 * use the project's Astro caches, never run at the same time.)
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/chromium';
import { copyContent, runScript } from './run';

/** Replaces the first `key: ""` left by `npm run new` (after `from`, if given) with a value. */
function fill(text: string, key: string, value: string, from = 0): string {
  const pattern = new RegExp(`^(\\s*(?:- )?${key}:) ""$`, 'm');
  const head = text.slice(0, from);
  const tail = text.slice(from);
  expect(tail, `a placeholder for ${key}`).toMatch(pattern);
  return head + tail.replace(pattern, `$1 ${value}`);
}

function text(html: string): string {
  return html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
}

function section(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  expect(start, `section #${id}`).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</section>', start));
}

describe('a first-time contributor adds a source and a claim', () => {
  const work = copyContent();
  const env = { CONTENT_DIR: work.contentDir };
  const sourceFile = join(work.contentDir, 'sources', 'hashtag-report.yaml');
  const claimFile = join(work.contentDir, 'claims', 'hashtag-blocked.mdx');
  const outDir = join(work.dir, 'dist');
  afterAll(() => work.remove());

  it('scaffolds a source with the command, listing what is still to fill in', () => {
    const run = runScript('scripts/new.ts', [
      'source',
      'hashtag-report',
      '--type',
      'news',
      '--title',
      'Hashtag blocked after the database offer',
      '--publisher',
      'Wire Service',
      '--url',
      'https://news.example.org/hashtag',
      '--language',
      'en',
      '--published',
      '2022-07-06',
      '--accessed',
      '2026-11-29',
    ], env);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Created content/sources/hashtag-report.yaml');
    expect(run.stdout).toContain('  archives[0].url, archives[0].date, reliability.rating, reliability.note');
    const yaml = readFileSync(sourceFile, 'utf8');
    expect(yaml).toContain('title: "Hashtag blocked after the database offer"');
    expect(yaml).toContain('published: "2022-07-06"');
    expect(yaml).toContain('# Archived copies; give at least one, or say in `no_archive` why there is none.');
  });

  it('scaffolds a claim that names the new source, with the source language and today filled in', () => {
    const run = runScript('scripts/new.ts', [
      'claim',
      'hashtag-blocked',
      '--title',
      'A hashtag was blocked',
      '--statement',
      'The hashtag "data leak" was blocked after the database offer, according to a wire report.',
      '--topic',
      'leaks',
      '--status',
      'reported',
      '--source',
      'hashtag-report',
      '--entity',
      'police-database',
    ], env);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Created content/claims/hashtag-blocked.mdx');
    expect(run.stdout).toContain('  status_history[0].reason, evidence[0].role, evidence[0].kind, evidence[0].locator.paragraph, evidence[0].quote.text');
    const mdx = readFileSync(claimFile, 'utf8');
    expect(mdx).toContain('entities: [police-database]');
    expect(mdx).toMatch(/ {2}- source: hashtag-report\n/);
    expect(mdx).toMatch(/ {6}language: en\n/);
    expect(mdx).toMatch(/ {2}- date: "\d{4}-\d{2}-\d{2}"\n {4}# The status from that date on\.\n {4}status: reported\n/);
  });

  it('is stopped by the checker while placeholders are left, at each placeholder', () => {
    const run = runScript('scripts/check.ts', [], env);
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n').filter((l) => /^content\/.*:\d+:\d+ {2}error/.test(l));
    // Line numbers are read from the files, so the test holds when the schema gains a field.
    const source = readFileSync(sourceFile, 'utf8').split('\n');
    const claim = readFileSync(claimFile, 'utf8').split('\n');
    const lineOf = (lines: string[], needle: string, from = 0) => lines.findIndex((l, i) => i >= from && l.includes(needle)) + 1;
    const archives = lineOf(source, 'archives:');
    expect(lines).toEqual([
      `content/claims/hashtag-blocked.mdx:${lineOf(claim, '    reason: ""')}:13  error  Field "status_history[0].reason": must not be empty.  [invalid-value]`,
      `content/claims/hashtag-blocked.mdx:${lineOf(claim, '    role: ""')}:11  error  Field "evidence[0].role" is "", which is not one of: supports, contests, context.  [invalid-value]`,
      `content/claims/hashtag-blocked.mdx:${lineOf(claim, '    kind: ""')}:11  error  Field "evidence[0].kind" is "", which is not one of: official-statement, state-media, court-record, law-text, leaked-document, investigation, academic-study, news-report, company-statement, seller-assertion, secondary-summary.  [invalid-value]`,
      `content/claims/hashtag-blocked.mdx:${lineOf(claim, '      paragraph: ""')}:18  error  Field "evidence[0].locator.paragraph" should be a number, not text.  [wrong-type]`,
      `content/claims/hashtag-blocked.mdx:${lineOf(claim, '      text: ""')}:13  error  Field "evidence[0].quote.text": must not be empty.  [invalid-value]`,
      `content/sources/hashtag-report.yaml:${archives + 2}:10  error  Field "archives[0].url": this URL must start with https:// (or http://) followed by a host name.  [unsafe-url]`,
      `content/sources/hashtag-report.yaml:${archives + 4}:11  error  Field "archives[0].date": expected a real calendar date written YYYY-MM-DD, for example "2024-11-21".  [invalid-date]`,
      `content/sources/hashtag-report.yaml:${lineOf(source, '  rating: ""')}:11  error  Field "reliability.rating" is "", which is not one of: generally-reliable, marginal, unreliable, deprecated, retracted.  [invalid-value]`,
      `content/sources/hashtag-report.yaml:${lineOf(source, '  note: ""', lineOf(source, 'reliability:'))}:9  error  Field "reliability.note": must not be empty.  [invalid-value]`,
    ]);
    // The body is still the template's comment: a warning, beside the errors.
    expect(run.stdout).toContain(`content/claims/hashtag-blocked.mdx:${lineOf(claim, '---', 1)}:1  warning  The claim has no text below its frontmatter (only a comment, which readers do not see); readers see only the statement and the quotes.  [empty-body]`);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('9 errors and 1 warning in 2 files.');
  });

  it('passes the checker once the placeholders are filled in', () => {
    let source = readFileSync(sourceFile, 'utf8');
    const archives = source.indexOf('archives:');
    source = fill(source, 'url', 'https://web.archive.org/web/2026/https://news.example.org/hashtag', archives);
    source = fill(source, 'date', '"2026-11-29"', archives);
    source = fill(source, 'rating', 'generally-reliable');
    source = fill(source, 'note', 'A wire service.', source.indexOf('reliability:'));
    writeFileSync(sourceFile, source);

    let claim = readFileSync(claimFile, 'utf8');
    claim = fill(claim, 'reason', 'One wire report; not confirmed elsewhere.');
    claim = fill(claim, 'role', 'supports');
    claim = fill(claim, 'kind', 'news-report');
    claim = fill(claim, 'paragraph', '1');
    claim = fill(claim, 'text', '"The hashtag was blocked by Sunday afternoon."');
    const body = claim.indexOf('{/*');
    expect(body).toBeGreaterThan(-1);
    claim =
      claim.slice(0, body) +
      'The hashtag was blocked by Sunday afternoon [@hashtag-report]. ' +
      'The offer itself is [a separate claim](./database-offered.mdx).\n';
    writeFileSync(claimFile, claim);

    const run = runScript('scripts/check.ts', [], env);
    expect(run.stdout.trim()).toBe('No problems found.');
    expect(run.status).toBe(0);
  });

  it('builds a site with the new claim page and the backlinks to it', () => {
    const run = runScript('scripts/build.ts', [], { ...env, OUT_DIR: outDir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('[build] 28 entries');

    const page = readFileSync(join(outDir, 'claims/hashtag-blocked/index.html'), 'utf8');
    expect(page).toContain('<blockquote class="statement" id="statement"><p>The hashtag &quot;data leak&quot; was blocked after the database offer, according to a wire report.</p></blockquote>');
    expect(page).toContain('<a href="/claims/database-offered/">a separate claim</a>');
    expect(text(section(page, 'references'))).toContain('Hashtag blocked after the database offer');

    const linked = readFileSync(join(outDir, 'claims/database-offered/index.html'), 'utf8');
    const backlinks = section(linked, 'backlinks');
    expect(backlinks).toContain('<a href="/claims/hashtag-blocked/">A hashtag was blocked</a>');
    expect(text(backlinks)).toContain('The offer itself is a separate claim.');

    const sourcePage = readFileSync(join(outDir, 'sources/hashtag-report/index.html'), 'utf8');
    expect(text(section(sourcePage, 'claims'))).toContain('A hashtag was blocked reported Supports');
  }, 180_000);
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('npm run dev', () => {
  const work = copyContent();
  const file = join(work.contentDir, 'claims', 'database-offered.mdx');
  const original = readFileSync(file, 'utf8');
  let output = '';
  let child: ReturnType<typeof spawn> | undefined;
  let port = 0;

  /** Waits until the terminal shows a text, looking only at what came after `from`. */
  async function terminalShows(needle: string, from: number, timeoutMs = 60_000): Promise<void> {
    const start = Date.now();
    while (!output.slice(from).includes(needle)) {
      if (Date.now() - start > timeoutMs) throw new Error(`The terminal did not show "${needle}". It shows:\n${output.slice(from)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  beforeAll(async () => {
    port = await freePort();
    child = spawn(process.execPath, ['--import', 'tsx', 'scripts/dev.ts', '--port', String(port)], {
      env: { ...process.env, CONTENT_DIR: work.contentDir, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    await terminalShows(`localhost:${port}`, 0, 60_000);
  });

  afterAll(() => {
    if (child?.pid) process.kill(-child.pid, 'SIGTERM');
    work.remove();
  });

  it('checks the content at start, reloads the page on save, and shows new and fixed problems', async () => {
    await terminalShows('[check] 26 entries checked. No problems found.', 0);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`http://localhost:${port}/claims/database-offered/`);
      expect(await page.locator('#statement').innerText()).toBe('In July 2022 a seller offered a database said to come from the police for 10 bitcoin.');

      let mark = output.length;
      let reloaded = page.waitForEvent('load', { timeout: 60_000 });
      writeFileSync(file, original.replace('for 10 bitcoin.', 'for ten bitcoin.'));
      await reloaded;
      expect(await page.locator('#statement').innerText()).toBe('In July 2022 a seller offered a database said to come from the police for ten bitcoin.');
      await terminalShows('[check] content/claims/database-offered.mdx saved. No problems found.', mark);

      mark = output.length;
      reloaded = page.waitForEvent('load', { timeout: 60_000 });
      writeFileSync(file, original.replace('topic: leaks', 'topic: leak'));
      await reloaded;
      const problem = 'content/claims/database-offered.mdx:4:8  error  Field "topic" names the topic "leak", which does not exist (no content/topics/leak.mdx).  [unknown-reference]';
      await terminalShows(`[check] content/claims/database-offered.mdx saved.\ncontent/claims/database-offered.mdx\n${problem}\n    fix: Did you mean "leaks"?\n[check] 1 error and 0 warnings in 1 file.`, mark);
      const overlay = page.locator('vite-error-overlay');
      await overlay.waitFor({ timeout: 60_000 });
      expect(await overlay.locator('#title').innerText()).toBe('The content has an error');
      expect(await overlay.locator('#message-content').innerText()).toContain('content/claims/database-offered.mdx:4:8  Field "topic" names the topic "leak"');

      mark = output.length;
      reloaded = page.waitForEvent('load', { timeout: 60_000 });
      writeFileSync(file, original);
      await reloaded;
      await terminalShows(
        '[check] content/claims/database-offered.mdx saved.\nfixed: content/claims/database-offered.mdx:4:8  Field "topic" names the topic "leak", which does not exist (no content/topics/leak.mdx).  [unknown-reference]\n[check] No problems found.',
        mark,
      );
      await page.waitForTimeout(300);
      expect(await page.locator('vite-error-overlay').count()).toBe(0);
    } finally {
      await browser.close();
    }
  }, 240_000);
});
