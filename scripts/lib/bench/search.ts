/**
 * The search benchmark, on the synthetic corpus built by the project's build: in Chromium, on a
 * local server, the bytes a first query transfers (page, Pagefind library, index, results) and
 * the time from the last keystroke to the first result shown. Each query runs in a fresh browser
 * context (an empty cache), after the search page has loaded, as a reader would type it.
 *
 * Bytes are counted twice: as scripts/serve.mjs sends them (no compression), and as a static host
 * that gzips text sends them (GitHub Pages, Netlify and Cloudflare all do); Pagefind's index files
 * are gzipped already, so only the page, its scripts and styles shrink. The target applies to
 * the second, which is what a reader downloads from the published site.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { serve } from '../../serve.mjs';
import { launchChromium } from '../../../tests/helpers/chromium';
import { measure, seconds } from './measure';
import type { BenchContext, BenchSection, Figure } from './types';

/** Queries a reader might type on the synthetic corpus: common and rare English words, and Chinese. */
const QUERIES = ['database', 'telecom', 'enforcement', 'prosecutors', '人脸识别', '开盒'];
const RUNS = 3;
const BYTES_TARGET = 200 * 1024;
const TIME_TARGET_MS = 300;
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.xml']);

interface Run {
  /** Bytes on the wire until the first result was shown, uncompressed and gzipped. */
  raw: number;
  gzip: number;
  /** Milliseconds from the last keystroke to the first result in the page. */
  ms: number;
  results: number;
}

export const benchSearch: BenchSection = async (context) => {
  const site = await builtSite(context);
  const { server, origin } = (await serve(site)) as { server: Server; origin: string };
  const browser = await launchChromium();
  const figures: Figure[] = [];
  try {
    for (const query of QUERIES) {
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await firstQuery(browser, origin, site, query));
      const median = (pick: (r: Run) => number) => runs.map(pick).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
      const gzip = median((r) => r.gzip);
      const ms = median((r) => r.ms);
      const label = `“${query}” (${runs[0].results} results)`;
      context.log(`search: ${label}: ${runs.map((r) => `${kb(r.gzip)} / ${Math.round(r.ms)} ms`).join(', ')}`);
      figures.push(
        { section: 'search', measure: `first query ${label}, bytes (gzip host)`, value: kb(gzip), target: '≤ 200 KB', met: gzip <= BYTES_TARGET },
        { section: 'search', measure: `  same, uncompressed (scripts/serve.mjs)`, value: kb(median((r) => r.raw)) },
        { section: 'search', measure: `  last keystroke to first result`, value: `${Math.round(ms)} ms`, target: '≤ 300 ms', met: ms <= TIME_TARGET_MS },
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
  return figures;
};

/** The build section's output if it ran, else a build of the synthetic corpus made here. */
async function builtSite(context: BenchContext): Promise<string> {
  const dist = join(context.work, 'dist');
  if (existsSync(join(dist, 'pagefind', 'pagefind.js'))) return dist;
  context.log('search: building the synthetic corpus ...');
  const built = await measure(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
    cwd: context.root,
    env: { CONTENT_DIR: join(context.work, 'content'), OUT_DIR: dist, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  if (!built.ok) throw new Error(`The build failed:\n${built.output}`);
  context.log(`search: built in ${seconds(built.wallMs)}`);
  return dist;
}

async function firstQuery(browser: Browser, origin: string, site: string, query: string): Promise<Run> {
  const browserContext = await browser.newContext();
  const page = await browserContext.newPage();
  try {
    await page.goto(`${origin}/search/`);
    await page.waitForSelector('html[data-search-ready]');
    await page.evaluate((query) => {
      const times: BenchTimes = ((window as unknown as { benchTimes: BenchTimes }).benchTimes = {});
      // `input`, not `keydown`: typed Chinese arrives as inserted text, without key events.
      document.getElementById('q')!.addEventListener('input', () => (times.key = performance.now()), true);
      // The status names the query once its results are on the page; earlier results for the
      // first letters typed do not count.
      const status = document.getElementById('search-status')!;
      new MutationObserver(() => {
        if (times.first === undefined && status.textContent!.includes(`“${query}”`) && document.querySelector('.search-result')) times.first = performance.now();
      }).observe(status, { childList: true, characterData: true, subtree: true });
    }, query);
    await page.type('#q', query, { delay: 40 });
    await page.waitForFunction(() => (window as unknown as { benchTimes: BenchTimes }).benchTimes.first !== undefined, undefined, { timeout: 30_000 });
    // Resource Timing, on the page's own clock: everything that had arrived when the first
    // result showed (the filters load after it).
    const { times, loads } = await page.evaluate(() => {
      const t = (window as unknown as { benchTimes: Required<BenchTimes> }).benchTimes;
      const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')] as PerformanceResourceTiming[];
      return { times: t, loads: entries.filter((e) => e.responseEnd <= t.first).map((e) => ({ url: e.name, bytes: e.transferSize })) };
    });
    const results = Number((await page.locator('#search-status').textContent())?.match(/^(\d+)/)?.[1] ?? 0);
    const raw = loads.reduce((n, l) => n + l.bytes, 0);
    const gzip = loads.reduce((n, l) => n + gzipBytes(site, origin, l.url, l.bytes), 0);
    return { raw, gzip, ms: times.first - times.key, results };
  } finally {
    await browserContext.close();
  }
}

interface BenchTimes {
  key?: number;
  first?: number;
}

/** What a response would weigh from a host that gzips text: its headers, and its file gzipped. */
function gzipBytes(site: string, origin: string, url: string, bytes: number): number {
  const path = decodeURIComponent(new URL(url, origin).pathname);
  let file = join(site, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file) || !COMPRESSIBLE.has(extname(file))) return bytes;
  const body = readFileSync(file);
  return bytes - body.length + gzipSync(body).length;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KB`;
}
