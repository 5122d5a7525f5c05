/**
 * The build's citation step: every claim and source formatted by citation.js on worker threads
 * before Astro renders, so pages stay templates. Each entry's result is a promise the pages can
 * await, so the step could also run beside rendering. Results are kept in a cache file keyed by
 * the exact CSL-JSON item, so a rebuild formats only what changed. Only the build script loads
 * this module (never a page).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ValidEntry } from '../corpus/index';
import { createRequire } from 'node:module';
import { sourceCsl, type CslItem } from './cite';
import { citeContext, claimItem, joinCitations, topicItem, setCitations, type CitationFormatter, type FormattedEntry } from './citations';
import type { SiteCorpus } from './corpus';

export interface CitationTask {
  key: string;
  kind: 'claim' | 'source' | 'topic';
  item: CslItem;
}
export type CitationResult = FormattedEntry;

export interface CitationPoolOptions {
  base: string;
  /** JSON file of earlier results; omitted, nothing is cached. */
  cacheFile?: string;
  /** Worker threads; default one per core. */
  workers?: number;
  log?: (line: string) => void;
}

export interface CitationRun {
  /** Settles when every entry is formatted and the cache is written. */
  done: Promise<void>;
  /** Stops the workers and clears the pages' slot. */
  close(): void;
}

/** Entries sent to a worker per message: large enough to amortise messaging, small enough to stream. */
const BATCH = 20;

interface Deferred {
  promise: Promise<CitationResult>;
  resolve(value: CitationResult): void;
  reject(error: unknown): void;
}

function deferred(): Deferred {
  let resolve!: Deferred['resolve'];
  let reject!: Deferred['reject'];
  const promise = new Promise<CitationResult>((res, rej) => ((resolve = res), (reject = rej)));
  promise.catch(() => {}); // A failure is reported through `done`; a page awaiting it fails too.
  return { promise, resolve, reject };
}

/**
 * What the formatted text depends on besides the item: the mapping and post-processing in
 * cite.ts, and the versions of citation.js, citeproc and the styles. A change to any of them
 * makes every cached entry stale.
 */
function formatterVersion(): string {
  const require = createRequire(import.meta.url);
  const hash = createHash('sha1').update(readFileSync(new URL('./cite.ts', import.meta.url))).update(readFileSync(new URL('./mla-9-style.ts', import.meta.url)));
  for (const pkg of ['@citation-js/core', '@citation-js/plugin-csl', '@citation-js/plugin-bibtex', '@citation-js/plugin-ris', 'citeproc', 'style-chicago']) {
    hash.update(`${pkg}@${(require(`${pkg}/package.json`) as { version: string }).version}`);
  }
  return hash.digest('base64url');
}

function readCache(file: string | undefined, version: string): Map<string, CitationResult> {
  if (!file) return new Map();
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { version: string; entries: Record<string, CitationResult> };
    return parsed.version === version ? new Map(Object.entries(parsed.entries)) : new Map();
  } catch {
    return new Map(); // No cache yet, or an unreadable one: format everything.
  }
}

function writeCache(file: string, version: string, entries: Map<string, CitationResult>): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify({ version, entries: Object.fromEntries(entries) }));
  renameSync(temporary, file);
}

/** Starts formatting every citation of the corpus and hands the results to the pages as they come. */
export function startCitations(corpus: SiteCorpus, options: CitationPoolOptions): CitationRun {
  const ctx = citeContext(options.base);
  const tasks: CitationTask[] = [];
  const version = formatterVersion();
  const keyOf = (kind: string, item: CslItem) => createHash('sha1').update(`${kind}\0${JSON.stringify(item)}`).digest('base64url');
  const byEntry = new Map<string, Deferred>();
  // Sources first (they are quick and every claim needs some), then topics, then claims in page order.
  for (const source of corpus.graph.list('source')) {
    const item = sourceCsl(source.id, source.data);
    tasks.push({ key: keyOf('source', item), kind: 'source', item });
    byEntry.set(`source:${source.id}`, deferred());
  }
  for (const topic of corpus.graph.list('topic')) {
    const item = topicItem(corpus, topic as ValidEntry<'topic'>, ctx);
    tasks.push({ key: keyOf('topic', item), kind: 'topic', item });
    byEntry.set(`topic:${topic.id}`, deferred());
  }
  for (const claim of corpus.graph.list('claim')) {
    const item = claimItem(corpus, claim as ValidEntry<'claim'>, ctx);
    tasks.push({ key: keyOf('claim', item), kind: 'claim', item });
    byEntry.set(`claim:${claim.id}`, deferred());
  }

  const cache = readCache(options.cacheFile, version);
  const results = new Map<string, CitationResult>();
  const pending: CitationTask[] = [];
  const settle = (task: CitationTask, value: CitationResult) => {
    results.set(task.key, value);
    byEntry.get(`${task.kind}:${task.item.id}`)!.resolve(value);
  };
  for (const task of tasks) {
    const hit = cache.get(task.key);
    if (hit) settle(task, hit);
    else pending.push(task);
  }

  const formatter: CitationFormatter = {
    claim: (id) => byEntry.get(`claim:${id}`)?.promise ?? Promise.reject(new Error(`No claim "${id}"`)),
    source: (id) => byEntry.get(`source:${id}`)?.promise ?? Promise.reject(new Error(`No source "${id}"`)),
    topic: (id) => byEntry.get(`topic:${id}`)?.promise ?? Promise.reject(new Error(`No topic "${id}"`)),
  };
  setCitations({ corpus, citations: joinCitations(corpus, formatter) });

  const pendingByKey = new Map(pending.map((t) => [t.key, t]));
  const workers: Worker[] = [];
  const done = new Promise<void>((resolve, reject) => {
    const fail = (error: unknown) => {
      for (const d of byEntry.values()) d.reject(error);
      for (const w of workers) void w.terminate();
      reject(error);
    };
    const finish = () => {
      for (const w of workers) void w.terminate();
      try {
        if (options.cacheFile) writeCache(options.cacheFile, version, results);
      } catch (error) {
        options.log?.(`could not write the citation cache: ${(error as Error).message}`);
      }
      options.log?.(`citations: ${pending.length} formatted on ${workers.length} thread${workers.length === 1 ? '' : 's'}, ${tasks.length - pending.length} from the cache`);
      resolve();
    };
    if (pending.length === 0) return finish();

    let next = 0;
    let remaining = pending.length;
    const count = Math.max(1, Math.min(options.workers ?? availableParallelism(), Math.ceil(pending.length / BATCH)));
    for (let i = 0; i < count; i++) {
      const worker = new Worker(new URL('./citation-worker-entry.mjs', import.meta.url));
      workers.push(worker);
      const feed = () => {
        if (next >= pending.length) return;
        const batch = pending.slice(next, next + BATCH);
        next += batch.length;
        worker.postMessage(batch);
      };
      worker.on('message', (message: { keys: string[]; values: CitationResult[] }) => {
        message.keys.forEach((_, j) => settle(pendingByKey.get(message.keys[j])!, message.values[j]));
        remaining -= message.keys.length;
        if (remaining === 0) finish();
        else feed();
      });
      worker.on('error', fail);
      // Two batches in flight per worker, so a worker never waits for the main thread.
      feed();
      feed();
    }
  });
  done.catch(() => {});
  return {
    done,
    close() {
      for (const w of workers) void w.terminate();
      setCitations(undefined);
    },
  };
}
