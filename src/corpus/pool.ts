/**
 * Processes content files on worker threads so that parsing uses every core, and so that a file that
 * hangs or crashes a parser is stopped at the time limit and reported, never waited on forever and
 * never taking the run down with it. Files go to each worker a few at a time; the time limit applies
 * to each file from the moment the worker could start on it. Workers start on the first file (or
 * earlier, on `start()`), so their start-up overlaps whatever the caller does meanwhile.
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

const read = (f: FileTask) => ({ file: f.file, contentPath: f.contentPath, bytes: f.bytes ?? readFileSync(f.path) });

/** Reads a file for processing, or says why it cannot be read (removed or locked since it was listed). */
export function readTask(f: FileTask): { file: string; contentPath: string; bytes: Uint8Array } | ParsedEntry {
  try {
    return read(f);
  } catch (error) {
    return failed(f, 'internal-error', `The file could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
  }
}

/** What a worker is sent: the file, and its bytes only when the caller read them already (to hash them). */
export type WorkerTask = { index: number; file: FileTask };

const isEntry = (value: object): value is ParsedEntry => 'diagnostics' in value;

export async function processFiles(files: FileTask[], options: PoolOptions): Promise<ParsedEntry[]> {
  const workers = options.workers ?? defaultWorkers(files.length);
  if (workers === 0) {
    return files.map((f) => {
      const input = readTask(f);
      return isEntry(input) ? input : processEntry(input, options);
    });
  }
  const pool = new EntryPool({ ...options, workers });
  try {
    return await Promise.all(files.map((f) => pool.process(f)));
  } finally {
    pool.close();
  }
}

interface Task {
  file: FileTask;
  resolve: (entry: ParsedEntry) => void;
  reject: (error: Error) => void;
}

export class EntryPool {
  private readonly queue: Task[] = [];
  private readonly live = new Set<Worker>();
  private readonly tasks = new Map<number, Task>();
  private nextId = 0;
  private closed = false;
  private failure: Error | undefined;
  private readonly timeoutMs: number;
  private size: number;

  constructor(private readonly options: PoolOptions) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.size = Math.max(1, options.workers ?? availableParallelism());
  }

  /** Starts the workers now, before the first file, so their start-up overlaps other work. */
  start(): void {
    while (this.live.size < this.size) this.spawn();
  }

  /** Allows up to `workers` threads from now on, starting more if files are waiting. */
  grow(workers: number): void {
    this.size = Math.max(this.size, workers);
    if (this.queue.length > 0) this.start();
  }

  process(file: FileTask): Promise<ParsedEntry> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ file, resolve, reject });
      if (this.live.size < this.size) this.spawn();
      for (const worker of this.live) this.feeders.get(worker)?.();
    });
  }

  close(): void {
    this.closed = true;
    for (const worker of this.live) void worker.terminate();
    this.live.clear();
  }

  /** Each live worker's "send more files if you have room" function. */
  private readonly feeders = new Map<Worker, () => void>();

  private spawn(): void {
    const { render, base, today } = this.options;
    const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: { render, base, today } });
    this.live.add(worker);
    /** Tasks sent to this worker and not yet answered, in the order it works on them. */
    const pending: number[] = [];
    let ready = false;
    let retired = false;
    let timer: NodeJS.Timeout | undefined;

    const retire = (rule: Diagnostic['rule'] | undefined, reason: string) => {
      retired = true;
      clearTimeout(timer);
      this.live.delete(worker);
      this.feeders.delete(worker);
      void worker.terminate();
      const [current, ...rest] = pending.map((id) => this.take(id)).filter((t): t is Task => t !== undefined);
      if (current && rule) current.resolve(failed(current.file, rule, reason));
      this.queue.unshift(...rest);
      if (!this.closed && this.queue.length > 0) this.spawn();
    };
    const arm = () => {
      clearTimeout(timer);
      if (pending.length === 0) return;
      const limit = this.timeoutMs < 1000 ? `${this.timeoutMs} ms` : `${this.timeoutMs / 1000} s`;
      timer = setTimeout(() => retire('file-timeout', `Parsing this file took longer than ${limit} and was stopped.`), this.timeoutMs);
    };
    const feed = () => {
      if (!ready || retired) return;
      const wasIdle = pending.length === 0;
      for (const task of this.queue.splice(0, Math.max(0, BATCH - pending.length))) {
        const id = this.nextId++;
        this.tasks.set(id, task);
        pending.push(id);
        // Unread files are read by the worker, which spares this thread the reading and the copying.
        const { path, file, contentPath, bytes } = task.file;
        worker.postMessage({ index: id, file: { path, file, contentPath, bytes } } satisfies WorkerTask);
      }
      if (wasIdle) arm();
    };
    this.feeders.set(worker, feed);

    worker.on('message', (message: WorkerMessage) => {
      if (retired) return;
      if (message.type === 'ready') ready = true;
      else {
        pending.splice(pending.indexOf(message.index), 1);
        this.take(message.index)?.resolve(message.entry);
        arm();
      }
      feed();
    });
    worker.on('error', (error) => {
      if (retired) return;
      if (!ready) {
        // The worker could not even start: no file is to blame, and another would fail the same way.
        this.fail(error);
        return;
      }
      retire('internal-error', `The checker's worker failed on this file: ${error?.message ?? String(error)}.`);
    });
    worker.on('exit', (code) => {
      if (!retired && !this.closed && pending.length > 0) retire('internal-error', `The checker's worker stopped (exit code ${code}) on this file.`);
    });
  }

  private take(id: number): Task | undefined {
    const task = this.tasks.get(id);
    this.tasks.delete(id);
    return task;
  }

  private fail(error: Error): void {
    this.failure = error;
    this.close();
    for (const task of [...this.queue.splice(0), ...this.tasks.values()]) task.reject(error);
    this.tasks.clear();
  }
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
