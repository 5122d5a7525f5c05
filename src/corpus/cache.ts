/**
 * A cache of per-file results, so that checking a corpus in which few files changed parses only
 * those. An entry is reused only when the file's bytes (SHA-256), its path and the pipeline version
 * (a hash of the pipeline, schema and rule sources, the lockfile and the options) are all the same,
 * and only before the day a date it reported as in the future comes due. Cross-file judgement is
 * never cached: it always runs on the whole graph.
 *
 * The cache lives outside the content folder (by default in node_modules/.cache, which `npm ci`
 * empties), so a pull request cannot plant results, and it holds plain data only: a damaged or
 * foreign file is ignored, never trusted.
 */
import { hash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { ParsedEntry, ProcessOptions } from '../pipeline/entry';

const FORMAT = 1;

interface Stored {
  format: number;
  version: string;
  entries: Map<string, { hash: string; entry: ParsedEntry }>;
}

/** Folders and files whose source decides what the per-file pipeline reports. */
const PIPELINE_SOURCES = ['src/pipeline', 'src/policy', 'src/schema', 'src/diagnostics', 'src/site/urls.ts', 'src/site/page-ids.ts', 'package-lock.json'];

let sourcesHash: string | undefined;

/** A hash of every source file of the per-file pipeline, computed once per process. */
export function pipelineSourcesHash(): string {
  if (sourcesHash) return sourcesHash;
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const parts: string[] = [];
  const visit = (path: string) => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      return;
    }
    if (stat.isDirectory()) for (const name of readdirSync(path).sort()) visit(join(path, name));
    else parts.push(path.slice(root.length), hash('sha256', readFileSync(path)));
  };
  for (const source of PIPELINE_SOURCES) visit(join(root, source));
  sourcesHash = hash('sha256', parts.join('\n'));
  return sourcesHash;
}

export function defaultCacheDir(): string {
  return fileURLToPath(new URL('../../node_modules/.cache/surveillance-claims', import.meta.url));
}

export class ResultCache {
  private readonly stored: Stored;
  private readonly next = new Map<string, { hash: string; entry: ParsedEntry }>();
  private changed = false;
  hits = 0;
  misses = 0;

  private constructor(
    private readonly path: string,
    private readonly version: string,
    private readonly today: string,
  ) {
    this.stored = this.load();
  }

  /** Opens the cache of one content folder, for results made with these options. */
  static open(dir: string, contentDir: string, options: ProcessOptions & { today: string }): ResultCache {
    const version = hash('sha256', JSON.stringify([FORMAT, pipelineSourcesHash(), options.render, options.base]));
    const path = join(dir, `check-${hash('sha256', contentDir).slice(0, 16)}.bin`);
    return new ResultCache(path, version, options.today);
  }

  /** SHA-256 of a file's bytes, the key its result is stored under. */
  static key(bytes: Uint8Array): string {
    return hash('sha256', bytes);
  }

  /** Whether nothing usable was stored (first run, or a new pipeline or options). */
  get empty(): boolean {
    return this.stored.entries.size === 0;
  }

  get(contentPath: string, key: string): ParsedEntry | undefined {
    const found = this.stored.entries.get(contentPath);
    if (!found || found.hash !== key || (found.entry.recheckOn !== undefined && found.entry.recheckOn <= this.today)) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.next.set(contentPath, found);
    return found.entry;
  }

  set(contentPath: string, key: string, entry: ParsedEntry): void {
    this.next.set(contentPath, { hash: key, entry });
    this.changed = true;
  }

  /** Writes the results of this run (and only those: files since removed are forgotten). */
  save(): void {
    if (!this.changed && this.next.size === this.stored.entries.size) return;
    const data: Stored = { format: FORMAT, version: this.version, entries: this.next };
    mkdirSync(dirname(this.path), { recursive: true });
    const temporary = `${this.path}.${process.pid}.tmp`;
    writeFileSync(temporary, serialize(data));
    renameSync(temporary, this.path);
  }

  private load(): Stored {
    const empty: Stored = { format: FORMAT, version: this.version, entries: new Map() };
    try {
      const data = deserialize(readFileSync(this.path)) as Stored;
      if (data?.format !== FORMAT || data.version !== this.version || !(data.entries instanceof Map)) return empty;
      return data;
    } catch {
      return empty;
    }
  }
}
