/**
 * Processes content files on worker threads so that parsing uses every core, and so that a file that
 * hangs or crashes a parser is stopped at the time limit and reported, never waited on forever and
 * never taking the run down with it. Files go to each worker a few at a time; the time limit applies
 * to each file from the moment the worker could start on it.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { diagnostic, FILE_START, type Diagnostic } from '../diagnostics/diagnostic';
import { processEntry, type ParsedEntry, type ProcessOptions } from '../pipeline/entry';
import { kindOfFolder } from '../schema/index';
import type { ContentFile } from './files';

export interface PoolOptions extends ProcessOptions {
  /** Worker threads to use; 0 processes files on this thread (no time limit). Default: one per core, at most 4. */
  workers?: number;
  /** Time limit per file in milliseconds. */
  timeoutMs?: number;
}

/** A file to process, with its bytes when the caller has already read them. */
export interface FileTask extends ContentFile {
  bytes?: Uint8Array;
}

export const DEFAULT_TIMEOUT_MS = 5000;
/** Files handed to a worker at once, so it never waits for the main thread between files. */
const BATCH = 8;

export function defaultWorkers(fileCount: number): number {
  return Math.max(1, Math.min(availableParallelism(), 4, Math.ceil(fileCount / 50)));
}

type WorkerMessage = { type: 'ready' } | { type: 'entry'; index: number; entry: ParsedEntry };

export async function processFiles(files: FileTask[], options: PoolOptions): Promise<ParsedEntry[]> {
  const { render, base, today } = options;
  const workers = options.workers ?? defaultWorkers(files.length);
  const read = (f: FileTask) => ({ file: f.file, contentPath: f.contentPath, bytes: f.bytes ?? readFileSync(f.path) });
  if (workers === 0 || files.length === 0) return files.map((f) => processEntry(read(f), { render, base, today }));

  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const results: ParsedEntry[] = new Array(files.length);
  const queue = files.map((_, i) => i);
  let done = 0;

  return new Promise((resolve, reject) => {
    const live = new Set<Worker>();
    const finishOne = (index: number, entry: ParsedEntry) => {
      if (results[index] !== undefined) return;
      results[index] = entry;
      if (++done === files.length) {
        for (const w of live) void w.terminate();
        resolve(results);
      }
    };
    const start = () => {
      const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: { render, base, today } });
      live.add(worker);
      /** Files sent to this worker and not yet answered, in the order it works on them. */
      const pending: number[] = [];
      let timer: NodeJS.Timeout | undefined;
      let retired = false;
      const retire = (stuck: Diagnostic['rule'] | undefined, reason: string) => {
        retired = true;
        clearTimeout(timer);
        live.delete(worker);
        void worker.terminate();
        const [current, ...rest] = pending;
        if (current !== undefined && stuck) finishOne(current, failed(files[current], stuck, reason));
        queue.unshift(...rest);
        if (done < files.length && queue.length > 0) start();
      };
      const arm = () => {
        clearTimeout(timer);
        if (pending.length === 0) return;
        const limit = timeoutMs < 1000 ? `${timeoutMs} ms` : `${timeoutMs / 1000} s`;
        timer = setTimeout(() => retire('file-timeout', `Parsing this file took longer than ${limit} and was stopped.`), timeoutMs);
      };
      const feed = () => {
        const batch = queue.splice(0, Math.max(0, BATCH - pending.length));
        if (batch.length === 0 && pending.length === 0) {
          live.delete(worker);
          void worker.terminate();
          return;
        }
        for (const index of batch) worker.postMessage({ index, file: read(files[index]) });
        pending.push(...batch);
      };
      worker.on('message', (message: WorkerMessage) => {
        if (retired) return;
        if (message.type === 'entry') {
          pending.splice(pending.indexOf(message.index), 1);
          finishOne(message.index, message.entry);
        }
        if (done < files.length) feed();
        arm();
      });
      worker.on('error', (error) => {
        if (retired) return;
        if (pending.length === 0) {
          // The worker could not even start: no file is to blame, and another would fail the same way.
          retired = true;
          for (const w of live) void w.terminate();
          live.clear();
          reject(error);
          return;
        }
        retire('internal-error', `The checker's worker failed on this file: ${(error as Error)?.message ?? String(error)}.`);
      });
      worker.on('exit', (code) => {
        if (!retired && done < files.length && pending.length > 0) retire('internal-error', `The checker's worker stopped (exit code ${code}) on this file.`);
      });
    };
    for (let i = 0; i < Math.min(workers, files.length); i++) start();
  });
}

/** An entry for a file that could not be processed: the kind and id its path gives, and why. */
function failed(file: ContentFile, rule: Diagnostic['rule'], message: string): ParsedEntry {
  const [folder, name] = file.contentPath.split('/');
  const kind = kindOfFolder(folder) ?? 'claim';
  return {
    kind,
    id: name.replace(/\.[^.]*$/, '') || name,
    file: file.file,
    references: [],
    headings: [],
    referenceOrder: [],
    diagnostics: [diagnostic(file.file, FILE_START, rule, message)],
  };
}
