/**
 * Builds the search index from records with Pagefind's Node API. Pagefind runs as its own
 * process, so the build starts this before Astro renders and the indexing runs on the other core;
 * only what is left of it when the render ends is on the build's critical path.
 *
 * Bundles: `pagefind/` holds English records and the Pagefind library; `pagefind/zh/` holds the
 * Chinese records (each Han character a word, see src/site/search-text.ts) and only its data.
 * Pagefind's memory grows with the records of one index and is given back only when its process
 * ends (2.8 GB for one index of 12,000 records, 0.45 GB for each of eight), so a large site is
 * indexed in parts of at most `recordsPerIndex` records, each by a fresh Pagefind process:
 * `pagefind/en-2/`, `pagefind/zh-2/` ... hold only data, and `indexes.json` lists every part the
 * browser merges (`mergeIndex`) beside the first. Any indexing error rejects, and the build fails.
 *
 * Pagefind answers a word an index lacks with the words that start like it ("checkpoints" finds
 * "check"), which search.js guards against with the top result. With parts, a part that lacks a
 * word the others have would answer so on its own, so each part of a language split in parts
 * also holds a dictionary page of every word of that language: every part then knows every word,
 * and the dictionary pages, listed as `hidden` in `indexes.json`, never show as results.
 */
import { readdirSync, rmSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../../src/site/search-records';
import { VOCABULARY, writeVocabulary } from './search-vocabulary';

/** Where the (first) Chinese index lives inside the Pagefind bundle; search.js merges it from there. */
export const CHINESE_BUNDLE = 'zh';
/** The date of every page of a bundle, by Pagefind's page hash; search.js reads it to sort by date. */
export const DATE_TABLE = 'dates.json';
/** The parts search.js merges beside the primary index, by language, and the pages it hides: `{ en, zh, hidden }`. */
export const INDEX_LIST = 'indexes.json';
/**
 * Records per index. At 10,000 claims one index of every English record held 2.8 GB (12,000
 * records indexed alone: 0.85 GB in parts of 3,000, 0.45 GB in parts of 1,500). Parts of 1,200
 * keep the whole build within 1.5 GB (docs/benchmarks.md); a site of up to 1,200 records per
 * language is one index, as before.
 */
export const RECORDS_PER_INDEX = 1200;

export interface IndexResult {
  /** Records indexed, per language. */
  records: { en: number; zh: number };
  /** Indexes written, per language. */
  parts: { en: number; zh: number };
  /** Wall time from start to the bundle written, in milliseconds. */
  ms: number;
}

export interface Indexing {
  done: Promise<IndexResult>;
  /** Stops Pagefind (after another step failed); `done` then rejects. */
  cancel(): Promise<void>;
}

let stopped = false;

/** Starts indexing the records into `<outDir>/pagefind/`; the caller goes on while Pagefind works. */
export function startIndexing(records: readonly SearchRecord[], outDir: string, recordsPerIndex = RECORDS_PER_INDEX): Indexing {
  stopped = false;
  const done = indexRecords(records, outDir, recordsPerIndex);
  // The caller awaits `done` later; until then a failure must not count as unhandled.
  done.catch(() => {});
  return { done, cancel: async () => stopIndexing() };
}

/** Ends Pagefind's process at once (its pending work then fails) and starts no further part. */
export function stopIndexing(): void {
  stopped = true;
  void pagefind.close();
}

/** The records of one language in `count` parts, dealt in turn so each part is a like sample. */
export function splitRecords<T>(records: readonly T[], recordsPerIndex: number): T[][] {
  const count = Math.max(1, Math.ceil(records.length / recordsPerIndex));
  const parts: T[][] = Array.from({ length: count }, () => []);
  records.forEach((record, i) => parts[i % count].push(record));
  return parts;
}

/** The folder of part `n` (from 0) of a language inside the bundle: '' is the bundle itself. */
function partFolder(language: 'en' | 'zh', n: number): string {
  if (n > 0) return `${language === 'en' ? 'en' : CHINESE_BUNDLE}-${n + 1}`;
  return language === 'en' ? '' : CHINESE_BUNDLE;
}

interface Part {
  language: 'en' | 'zh';
  records: SearchRecord[];
  folder: string;
  /** The language's dictionary page, when the language is in more than one part. */
  dictionary?: pagefind.CustomRecord;
}

/** A language's records in parts, each with its folder and, when there are several, the dictionary page. */
function partsOf(language: 'en' | 'zh', records: SearchRecord[], recordsPerIndex: number): Part[] {
  // English always has its first part, the bundle that carries the Pagefind library; Chinese only when there is some.
  if (records.length === 0 && language === 'zh') return [];
  const split = splitRecords(records, recordsPerIndex);
  const words = split.length > 1 ? dictionaryOf(records) : undefined;
  return split.map((part, n) => {
    const folder = partFolder(language, n);
    const dictionary = words === undefined ? undefined : { url: `/search/#dictionary-${folder || 'en-1'}`, language, content: words, meta: { title: 'Dictionary' } };
    return { language, records: part, folder, dictionary };
  });
}

async function indexRecords(records: readonly SearchRecord[], outDir: string, recordsPerIndex: number): Promise<IndexResult> {
  const start = performance.now();
  const bundle = join(outDir, 'pagefind');
  const english = records.filter((r) => r.language === 'en');
  const chinese = records.filter((r) => r.language === 'zh');
  const parts = [...partsOf('en', english, recordsPerIndex), ...partsOf('zh', chinese, recordsPerIndex)];
  const hidden: string[] = [];
  let vocabulary: Promise<void> | undefined;
  try {
    for (const part of parts) {
      if (stopped) throw new Error('Indexing was stopped.');
      const path = join(bundle, part.folder);
      await writeIndex(part.records, path, part.dictionary);
      // The process is ended after each part: only then does Pagefind give its memory back.
      await pagefind.close();
      if (part.folder) keepOnlyData(path);
      const dictionaryPage = await writeDateTable(part.records, path, part.dictionary?.url);
      if (dictionaryPage) hidden.push(dictionaryPage);
      if (!vocabulary) {
        // Once the bundle's folder exists, counting the English words (Node) overlaps indexing
        // the other parts (Pagefind).
        vocabulary = writeVocabulary(english, join(bundle, VOCABULARY));
        vocabulary.catch(() => {}); // awaited below; until then a failure must not count as unhandled
      }
    }
  } finally {
    await vocabulary;
    await pagefind.close();
  }
  const merged = (language: 'en' | 'zh') => parts.filter((p) => p.language === language && p.folder).map((p) => `${p.folder}/`);
  const list = { en: merged('en'), zh: merged('zh'), hidden: hidden.sort() };
  await writeFile(join(bundle, INDEX_LIST), JSON.stringify(list));
  return {
    records: { en: english.length, zh: chinese.length },
    parts: { en: list.en.length + 1, zh: list.zh.length },
    ms: performance.now() - start,
  };
}

/** Every word of the records, once each (Pagefind splits and stems the page as it does any other). */
function dictionaryOf(records: readonly SearchRecord[]): string {
  const words = new Set<string>();
  for (const record of records) {
    for (const text of [record.content, record.meta.title, record.meta.summary]) {
      for (const word of text.toLowerCase().split(/\s+/)) if (word) words.add(word);
    }
  }
  return [...words].join(' ');
}

async function writeIndex(records: readonly SearchRecord[], outputPath: string, extra?: pagefind.CustomRecord): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // Every record is sent at once; Pagefind queues them, and the answers arrive while Astro renders.
  const custom = [...records.map(customRecord), ...(extra ? [extra] : [])];
  const added = await Promise.all(custom.map((record) => index.addCustomRecord(record)));
  const failed = added.flatMap((a, i) => a.errors.map((e) => `${custom[i].url} (${custom[i].language}): ${e}`));
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
 * of pages when a site has very many), each gzipped JSON after a 12-byte signature. Returns the
 * hash of the page at `hiddenUrl` (a part's dictionary), which the table leaves out.
 */
async function writeDateTable(records: readonly SearchRecord[], bundle: string, hiddenUrl?: string): Promise<string | undefined> {
  const dateOf = new Map(records.map((r) => [r.url, r.dateKey]));
  let hidden: string | undefined;
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
          if (url === hiddenUrl) {
            hidden = hash;
            continue;
          }
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
  return hidden;
}

/** A merged index is read for its data only; the library files beside it would never load. */
function keepOnlyData(bundle: string): void {
  for (const name of readdirSync(bundle)) {
    const data = name === 'pagefind-entry.json' || name.endsWith('.pf_meta') || ['index', 'filter', 'fragment'].includes(name);
    if (!data) rmSync(join(bundle, name), { recursive: true, force: true });
  }
}
