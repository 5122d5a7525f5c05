/**
 * Processes content files on worker threads, one file per message, so that parsing uses every core
 * and a file that hangs a parser is stopped at the time limit and reported, not waited on forever.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { diagnostic, FILE_START } from '../diagnostics/diagnostic';
import { processEntry, type ParsedEntry, type ProcessOptions } from '../pipeline/entry';
import { KINDS, kindOfFolder } from '../schema/index';
import type { ContentFile } from './files';

export interface PoolOptions extends ProcessOptions {
  /** Worker threads to use; 0 processes files on this thread (no time limit). Default: one per core, at most 4. */
  workers?: number;
  /** Time limit per file in milliseconds. */
  timeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 5000;

export function defaultWorkers(fileCount: number): number {
  return Math.max(1, Math.min(availableParallelism(), 4, Math.ceil(fileCount / 50)));
}

export async function processFiles(files: ContentFile[], options: PoolOptions): Promise<ParsedEntry[]> {
  const { render, base } = options;
  const workers = options.workers ?? defaultWorkers(files.length);
  if (workers === 0 || files.length === 0) {
    return files.map((f) => processEntry({ ...f, bytes: readFileSync(f.path) }, { render, base }));
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const results: ParsedEntry[] = new Array(files.length);
  let next = 0;
  let done = 0;

  return new Promise((resolve, reject) => {
    const live = new Set<Worker>();
    const start = () => {
      const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: { render, base } });
      live.add(worker);
      let current = -1;
      let retired = false;
      let timer: NodeJS.Timeout | undefined;
      const feed = () => {
        if (next >= files.length) {
          live.delete(worker);
          void worker.terminate();
          return;
        }
        current = next++;
        timer = setTimeout(() => {
          // The file is stuck: stop this worker, report the file, carry on with a fresh worker.
          retired = true;
          results[current] = timedOut(files[current], timeoutMs);
          finishOne();
          live.delete(worker);
          void worker.terminate();
          if (next < files.length) start();
        }, timeoutMs);
        worker.postMessage({ index: current, file: files[current] });
      };
      worker.on('message', (message: { index: number; entry: ParsedEntry }) => {
        if (retired) return;
        clearTimeout(timer);
        results[message.index] = message.entry;
        finishOne();
        feed();
      });
      worker.on('error', (error) => {
        if (retired) return;
        clearTimeout(timer);
        live.delete(worker);
        for (const w of live) void w.terminate();
        reject(error);
      });
      feed();
    };
    const finishOne = () => {
      if (++done === files.length) resolve(results);
    };
    for (let i = 0; i < Math.min(workers, files.length); i++) start();
  });
}

function timedOut(file: ContentFile, timeoutMs: number): ParsedEntry {
  const [folder, name] = file.contentPath.split('/');
  const kind = kindOfFolder(folder) ?? 'claim';
  return {
    kind,
    id: name.slice(0, -KINDS[kind].extension.length),
    file: file.file,
    references: [],
    headings: [],
    referenceOrder: [],
    diagnostics: [diagnostic(file.file, FILE_START, 'file-timeout', `Parsing this file took longer than ${timeoutMs / 1000} s and was stopped.`)],
  };
}
