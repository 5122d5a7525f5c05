/**
 * The build, step by step: load and check the content, render the site with Astro while Pagefind
 * indexes the search records in its own process, then put it in place. Any failure stops the
 * build and leaves the previous output as it was.
 */
import { renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build as astroBuild } from 'astro';
import { hasErrors, type Diagnostic } from '../../src/diagnostics/diagnostic';
import { loadSiteCorpus, setSiteCorpus } from '../../src/site/corpus';
import { searchRecords } from '../../src/site/search-records';
import { discard, publish, temporaryDir } from './publish';
import { startIndexing } from './search-index';

export interface BuildOptions {
  /** The project folder (where astro.config.mjs is). */
  root: string;
  contentDir: string;
  outDir: string;
  /** Base path the site is served under. */
  base: string;
  /** Worker threads for loading content (default: one per core). */
  workers?: number;
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
    const value = await run();
    const ms = Math.round(performance.now() - start);
    steps.push({ step, ms });
    log(`${step}: ${(ms / 1000).toFixed(1)} s`);
    return value;
  };

  process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
  const corpus = await timed('load and check content', () =>
    loadSiteCorpus({ base: options.base, workers: options.workers, contentDir: options.contentDir }),
  );
  const result: BuildResult = { ok: false, diagnostics: corpus.diagnostics, steps, entries: corpus.graph.entries.size, pages: 0 };
  if (hasErrors(corpus.diagnostics)) return result;

  const outDir = resolve(options.root, options.outDir);
  const building = temporaryDir(outDir);
  // Pagefind runs in its own process: it indexes while Astro renders, into a folder of its own.
  const records = await timed('gather search records', async () => searchRecords(corpus.graph));
  const indexed = `${building}.search`;
  const indexing = startIndexing(records, indexed);
  try {
    setSiteCorpus(Promise.resolve(corpus));
    await timed('render pages (Astro)', async () => {
      await astroBuild({ root: options.root, outDir: building, base: options.base, logLevel: 'warn', mode: 'production' });
      // Astro 5 emits its (empty) content-layer stubs even for a site with no content collections.
      for (const stub of ['content-assets.mjs', 'content-modules.mjs']) rmSync(join(building, stub), { force: true });
    });
    const index = await timed('wait for the search index', () => indexing.done);
    steps.push({ step: 'index for search (Pagefind, beside the render)', ms: Math.round(index.ms) });
    log(`index for search (Pagefind, beside the render): ${(index.ms / 1000).toFixed(1)} s`);
    renameSync(join(indexed, 'pagefind'), join(building, 'pagefind'));
    result.pages = index.records.en;
    await timed('publish', async () => publish(building, outDir));
  } catch (error) {
    await indexing.cancel();
    discard(building);
    throw error;
  } finally {
    await indexing.done.catch(() => {});
    discard(indexed);
    setSiteCorpus(undefined);
  }
  result.ok = true;
  return result;
}
