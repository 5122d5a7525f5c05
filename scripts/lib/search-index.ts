/**
 * Builds the search index from records with Pagefind's Node API. Pagefind runs as its own
 * process, so the build starts this before Astro renders and the indexing runs on the other core;
 * only what is left of it when the render ends is on the build's critical path.
 *
 * Two bundles: `pagefind/` holds the English records and the Pagefind library; `pagefind/zh/`
 * holds the Chinese records (each Han character a word, see src/site/search-text.ts) and only
 * its data: the browser merges it into the English index (`mergeIndex`) and never loads its
 * library. Any indexing error rejects, and the build fails.
 */
import { readdirSync, rmSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../../src/site/search-records';
import { VOCABULARY, writeVocabulary } from './search-vocabulary';

/** Where the Chinese index lives inside the Pagefind bundle; search.js merges it from there. */
export const CHINESE_BUNDLE = 'zh';
/** The date of every page of a bundle, by Pagefind's page hash; search.js reads it to sort by date. */
export const DATE_TABLE = 'dates.json';

export interface IndexResult {
  /** Records indexed, per language. */
  records: { en: number; zh: number };
  /** Wall time from start to the bundle written, in milliseconds. */
  ms: number;
}

export interface Indexing {
  done: Promise<IndexResult>;
  /** Stops Pagefind (after another step failed); `done` then rejects. */
  cancel(): Promise<void>;
}

/** Starts indexing the records into `<outDir>/pagefind/`; the caller goes on while Pagefind works. */
export function startIndexing(records: readonly SearchRecord[], outDir: string): Indexing {
  const done = indexRecords(records, outDir);
  // The caller awaits `done` later; until then a failure must not count as unhandled.
  done.catch(() => {});
  return { done, cancel: async () => stopIndexing() };
}

/** Ends Pagefind's process at once (its pending work then fails); safe to call at any time. */
export function stopIndexing(): void {
  void pagefind.close();
}

async function indexRecords(records: readonly SearchRecord[], outDir: string): Promise<IndexResult> {
  const start = performance.now();
  const bundle = join(outDir, 'pagefind');
  try {
    const english = records.filter((r) => r.language === 'en');
    const chinese = records.filter((r) => r.language === 'zh');
    await writeIndex(english, bundle);
    // Reading the English fragments back and counting its words (Node) overlaps indexing the
    // Chinese records (Pagefind).
    const englishFiles = Promise.all([writeDateTable(english, bundle), writeVocabulary(english, join(bundle, VOCABULARY))]);
    englishFiles.catch(() => {}); // awaited below; until then a failure must not count as unhandled
    try {
      if (chinese.length > 0) {
        const zh = join(bundle, CHINESE_BUNDLE);
        await writeIndex(chinese, zh);
        keepOnlyData(zh);
        await writeDateTable(chinese, zh);
      }
    } finally {
      await englishFiles;
    }
    return { records: { en: english.length, zh: chinese.length }, ms: performance.now() - start };
  } finally {
    await pagefind.close();
  }
}

async function writeIndex(records: readonly SearchRecord[], outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // Every record is sent at once; Pagefind queues them, and the answers arrive while Astro renders.
  const added = await Promise.all(records.map((record) => index.addCustomRecord(customRecord(record))));
  const failed = added.flatMap((a, i) => a.errors.map((e) => `${records[i].url} (${records[i].language}): ${e}`));
  if (failed.length) throw new Error(`Pagefind could not index ${failed.length} record(s):\n${failed.slice(0, 10).join('\n')}`);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await index.deleteIndex();
}

function customRecord(record: SearchRecord): pagefind.CustomRecord {
  const { url, language, content, meta, filters } = record;
  return { url, language, content, meta: { ...meta }, filters: filters as Record<string, string[]> };
}

const unzip = promisify(gunzip);

/**
 * Sorting by date without Pagefind's sort keys: those live in the metadata file every search
 * loads first (about 2 bytes a page, 24 KB gzipped at 12,000 pages), while most searches are by
 * relevance. This table holds the same order and loads only when a reader sorts by date:
 * `{ "<YYYYMMDD>": "<page hash> <page hash> ..." }`. Pagefind names a page by a hash it does not
 * report, so the hashes are read back from the fragment files it wrote (one a page, or a group
 * of pages when a site has very many), each gzipped JSON after a 12-byte signature.
 */
async function writeDateTable(records: readonly SearchRecord[], bundle: string): Promise<void> {
  const dateOf = new Map(records.map((r) => [r.url, r.dateKey]));
  const byDate = new Map<string, string[]>();
  const files = await readdir(join(bundle, 'fragment'));
  for (let i = 0; i < files.length; i += 64) {
    await Promise.all(
      files.slice(i, i + 64).map(async (name) => {
        const text = (await unzip(await readFile(join(bundle, 'fragment', name)))).toString('utf8', 12);
        // A page's fragment starts with its URL, so that is all there is to read of it; a group
        // of fragments is an object of them by page hash.
        const single = /^\{"url":("(?:[^"\\]|\\.)*")/.exec(text);
        const pages: [string, string][] = single
          ? [[name.replace(/\.pf_fragment$/, ''), JSON.parse(single[1])]]
          : Object.entries(JSON.parse(text) as Record<string, { url: string }>).map(([hash, f]) => [hash, f.url]);
        for (const [hash, url] of pages) {
          const date = dateOf.get(url);
          if (date === undefined) throw new Error(`Pagefind wrote a page for ${url}, which no search record has`);
          const hashes = byDate.get(date);
          if (hashes) hashes.push(hash);
          else byDate.set(date, [hash]);
        }
      }),
    );
  }
  const table = Object.fromEntries([...byDate].map(([date, hashes]) => [date, hashes.sort().join(' ')]));
  await writeFile(join(bundle, DATE_TABLE), JSON.stringify(table));
}

/** A merged index is read for its data only; the library files beside it would never load. */
function keepOnlyData(bundle: string): void {
  for (const name of readdirSync(bundle)) {
    const data = name === 'pagefind-entry.json' || name.endsWith('.pf_meta') || ['index', 'filter', 'fragment'].includes(name);
    if (!data) rmSync(join(bundle, name), { recursive: true, force: true });
  }
}
