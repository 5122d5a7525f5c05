/**
 * The corpus: every entry of a content folder, processed, linked into a graph and judged.
 * The site, the checker and the tests all read content through `loadCorpus`.
 */
import { resolve } from 'node:path';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic';
import { todayAnywhere } from '../pipeline/checks/dates';
import { processEntry, type ParsedEntry } from '../pipeline/entry';
import { ResultCache } from './cache';
import { listContentFiles } from './files';
import { ContentGraph } from './graph';
import { judge } from './judge';
import { defaultWorkers, EntryPool, processFiles, readTask, type FileTask, type PoolOptions } from './pool';

export interface Corpus {
  /** Absolute path of the content folder. */
  contentDir: string;
  graph: ContentGraph;
  /** Every diagnostic, per file and across files, sorted by file and position. */
  diagnostics: Diagnostic[];
  /** How many files' results came from the cache, when a cache was used. */
  cache?: { hits: number; misses: number };
}

export interface LoadOptions extends Partial<PoolOptions> {
  contentDir: string;
  /** Reuse per-file results of earlier runs from a cache in this folder (the checker does; the build does not). */
  cacheDir?: string;
}

export async function loadCorpus(options: LoadOptions): Promise<Corpus> {
  const contentDir = resolve(options.contentDir);
  const { files, diagnostics } = listContentFiles(contentDir);
  const process = { render: options.render ?? false, base: options.base ?? '/', today: options.today ?? todayAnywhere() };
  const pool = { ...process, workers: options.workers, timeoutMs: options.timeoutMs };
  let entries: ParsedEntry[];
  let cache: ResultCache | undefined;
  if (options.cacheDir) {
    const workers = options.workers ?? defaultWorkers(files.length);
    // One worker starts before the cache is read, so that its start-up (most of the time a small
    // change takes) overlaps reading the cache and hashing the files.
    const entryPool = workers > 0 ? new EntryPool({ ...pool, workers: 1 }) : undefined;
    entryPool?.start();
    cache = ResultCache.open(options.cacheDir, contentDir, process);
    entries = await processCached(files, cache, pool, workers, entryPool);
  } else {
    entries = await processFiles(files, pool);
  }
  const graph = new ContentGraph(entries);
  const all = withoutRepeats([...diagnostics, ...entries.flatMap((e) => e.diagnostics), ...judge(graph)]).sort(compareDiagnostics);
  return { contentDir, graph, diagnostics: all, cache: cache && { hits: cache.hits, misses: cache.misses } };
}

/**
 * A citation of a source that does not exist is one problem: "unknown source" says it, so the
 * per-file "not among this claim's evidence" at the same place is dropped.
 */
function withoutRepeats(diagnostics: Diagnostic[]): Diagnostic[] {
  const place = (d: Diagnostic) => `${d.file}:${d.line}:${d.column}:${d.endLine}:${d.endColumn}`;
  const unknown = new Set(diagnostics.filter((d) => d.rule === 'unknown-source').map(place));
  return unknown.size ? diagnostics.filter((d) => d.rule !== 'citation-not-in-evidence' || !unknown.has(place(d))) : diagnostics;
}

/** Files one worker parses in about the time a second worker takes to start. */
const FILES_PER_EXTRA_WORKER = 400;

/**
 * Takes what the cache knows and processes the rest, reading and hashing each file on this thread
 * while the workers parse; stores the new results. With nothing cached, every worker starts at
 * once; otherwise the one already started does, and more only if many files changed.
 */
async function processCached(files: FileTask[], cache: ResultCache, options: PoolOptions, workers: number, pool: EntryPool | undefined): Promise<ParsedEntry[]> {
  if (cache.empty) {
    pool?.grow(workers);
    pool?.start();
  }
  let missing = 0;
  try {
    const entries = files.map(async (file) => {
      const input = readTask(file);
      if ('diagnostics' in input) return input;
      const { bytes } = input;
      const key = ResultCache.key(bytes);
      const hit = cache.get(file.contentPath, key);
      if (hit) return hit;
      missing++;
      const entry = pool ? await pool.process({ ...file, bytes }) : processEntry(input, options);
      // A file stopped at the time limit may pass on a less busy machine: never cache that.
      if (!entry.diagnostics.some((d) => d.rule === 'file-timeout' || d.rule === 'internal-error')) cache.set(file.contentPath, key, entry);
      return entry;
    });
    pool?.grow(Math.min(workers, Math.ceil(missing / FILES_PER_EXTRA_WORKER)));
    const done = await Promise.all(entries);
    cache.save();
    return done;
  } finally {
    pool?.close();
  }
}

export { ContentGraph, keyOf, type Edge, type ValidEntry } from './graph';
