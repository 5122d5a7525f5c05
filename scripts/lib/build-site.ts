/**
 * The build, step by step: load and check the content, render the site with Astro while Pagefind
 * indexes the search records in its own process, then put it in place. Any failure stops the build
 * and leaves the previous output as it was (scripts/lib/publish.ts says how, also when the build is
 * interrupted).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { hasErrors, type Diagnostic } from '../../src/diagnostics/diagnostic';
import { startCitations, type CitationRun } from '../../src/site/citation-pool';
import { historyWarning } from '../../src/site/claim-history';
import { loadSiteCorpus, setSiteCorpus } from '../../src/site/corpus';
import { searchRecords } from '../../src/site/search-records';
import { checkOutDir, stage } from './publish';
import { startIndexing, stopIndexing } from './search-index';

/** The signals publish.ts cleans up after (Ctrl+C, a cancelled job, a closed terminal). */
const INTERRUPTS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export interface BuildOptions {
  /** The project folder (where astro.config.mjs is). */
  root: string;
  contentDir: string;
  outDir: string;
  /** Base path the site is served under. */
  base: string;
  /** Worker threads for loading content (default: one per core). */
  workers?: number;
  /** Records per search index (default RECORDS_PER_INDEX; see search-index.ts). */
  recordsPerIndex?: number;
  log?: (line: string) => void;
}

export interface BuildResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  /** Wall time of each step in milliseconds. */
  steps: { step: string; ms: number }[];
  entries: number;
  pages: number;
}

export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const log = options.log ?? (() => {});
  const steps: BuildResult['steps'] = [];
  const timed = async <T>(step: string, run: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    let value: T;
    try {
      value = await settled(run());
    } catch (error) {
      throw new Error(`${step} failed: ${(error as Error)?.message ?? String(error)}`, { cause: error });
    }
    const ms = Math.round(performance.now() - start);
    steps.push({ step, ms });
    log(`${step}: ${(ms / 1000).toFixed(1)} s`);
    return value;
  };

  process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
  // A build is a production build even when started from a test runner, whose NODE_ENV, MODE, DEV
  // and PROD variables would otherwise reach import.meta.env: pages (the meta CSP) must come out as deployed.
  process.env.NODE_ENV = 'production';
  for (const leftover of ['MODE', 'DEV', 'PROD']) delete process.env[leftover];
  const outDir = resolve(options.root, options.outDir);
  // Absolute: the working directory changes while Astro renders (see below).
  const contentDir = resolve(options.contentDir);
  const unsafe = checkOutDir(outDir, { root: options.root, contentDir });
  if (unsafe) throw new Error(`Refusing to build: ${unsafe}.`);
  const corpus = await timed('load and check content', () =>
    loadSiteCorpus({ base: options.base, workers: options.workers, contentDir }),
  );
  const noHistory = historyWarning(corpus.history.state);
  if (noHistory) log(noHistory);
  else {
    const versions = [...corpus.history.versions.values()];
    log(`version history: ${versions.reduce((n, v) => n + v.length, 0)} versions of ${versions.length} claims`);
  }
  const result: BuildResult = { ok: false, diagnostics: corpus.diagnostics, steps, entries: corpus.graph.entries.size, pages: 0 };
  if (hasErrors(corpus.diagnostics)) return result;

  const records = await timed('gather search records', async () => searchRecords(corpus.graph));
  const staging = await stage(outDir, { log });
  const building = staging.dir;
  let citations: CitationRun | undefined;
  // Interrupted, the build stops Pagefind first, so that nothing writes into the staging folder
  // once publish.ts has removed it: these handlers go before the ones stage() added.
  for (const signal of INTERRUPTS) process.prependOnceListener(signal, stopIndexing);
  // Astro empties its output folder as it starts, so it renders into a folder of its own inside
  // the staging folder while Pagefind, in its own process, writes the index beside it; both move
  // into place when done. Names starting with a dot cannot be pages of the site.
  const rendered = join(building, '.rendered');
  const indexing = startIndexing(records, join(building, '.indexed'), options.recordsPerIndex);
  try {
    setSiteCorpus(Promise.resolve(corpus));
    // Citations are formatted on worker threads (citeproc costs milliseconds an entry) while Astro
    // starts and renders; each page awaits the entries it shows.
    // One cache per content folder: the cache keeps only the entries of the last build, so fixtures and
    // benchmarks never empty the site's own.
    const cacheName = createHash('sha1').update(contentDir).digest('hex').slice(0, 12);
    citations = startCitations(corpus, { base: options.base, cacheFile: join(options.root, `.cache/citations-${cacheName}.json`), log });
    const formatting = citations.done;
    await timed('render pages (Astro)', async () => {
      // Loaded only now: content with errors is reported without waiting for Astro to load.
      const { build: astroBuild } = await import('astro');
      // When the output folder is outside the working directory, Astro bundles the pages' server code
      // into <cwd>/.astro/ (inside the project, so the bundle finds node_modules), then copies that
      // folder whole into the site and deletes it. From the project folder that is Astro's own .astro/
      // (its data store and settings would be published) and two builds would race on it: each build
      // works from a folder of its own inside the project instead.
      const cwd = process.cwd();
      mkdirSync(join(options.root, '.cache'), { recursive: true });
      const scratch = mkdtempSync(join(options.root, '.cache', 'build-'));
      process.chdir(scratch);
      try {
        await astroBuild({ root: options.root, outDir: rendered, base: options.base, logLevel: 'warn', mode: 'production' });
      } finally {
        process.chdir(cwd);
        rmSync(scratch, { recursive: true, force: true });
      }
      // Astro 5 emits its (empty) content-layer stubs even for a site with no content collections.
      for (const stub of ['content-assets.mjs', 'content-modules.mjs']) rmSync(join(rendered, stub), { force: true });
      for (const name of readdirSync(rendered)) renameSync(join(rendered, name), join(building, name));
      rmSync(rendered, { recursive: true });
    });
    await timed('format citations (left after the render)', () => formatting);
    const index = await timed('index for search (Pagefind)', async () => {
      const done = await indexing.done;
      renameSync(join(building, '.indexed', 'pagefind'), join(building, 'pagefind'));
      rmSync(join(building, '.indexed'), { recursive: true });
      return done;
    });
    steps.push({ step: 'index for search, all told (Pagefind, beside the render)', ms: Math.round(index.ms) });
    log(`index for search, all told (Pagefind, beside the render): ${(index.ms / 1000).toFixed(1)} s`);
    log(`search indexes: ${index.parts.en} English, ${index.parts.zh} Chinese`);
    result.pages = index.records.en;
    await timed('publish', async () => {
      // Never swap in a site that lacks its home page or its search index, whatever the steps said.
      for (const required of ['index.html', 'pagefind/pagefind.js']) {
        if (!existsSync(join(building, required))) throw new Error(`the built site has no ${required}`);
      }
      staging.publish();
    });
  } finally {
    citations?.close();
    // After a failure Pagefind may still be working: stop it before its folder is removed.
    await indexing.cancel();
    await indexing.done.catch(() => {});
    for (const signal of INTERRUPTS) process.off(signal, stopIndexing);
    staging.release();
    setSiteCorpus(undefined);
  }
  result.ok = true;
  return result;
}

/**
 * A step's promise, failed if the process runs out of work while it is still pending. That happens
 * when a helper process dies without answering (Pagefind's backend panics, for example): its answer
 * can never come, and Node would otherwise exit silently in the middle of the build.
 */
function settled<T>(work: Promise<T>): Promise<T> {
  let onIdle = () => {};
  const stalled = new Promise<never>((_, reject) => {
    onIdle = () => reject(new Error('it stopped without finishing (a helper process died; see its messages above)'));
  });
  process.once('beforeExit', onIdle);
  return Promise.race([work, stalled]).finally(() => process.off('beforeExit', onIdle));
}
