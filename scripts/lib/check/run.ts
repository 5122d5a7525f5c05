/**
 * One run of the checker: load and judge the corpus (through the same pipeline as the site, with
 * the per-file cache and always on worker threads, so every file has its time limit), add the
 * `--since` report, and format the result. Returns what to print and the exit code; prints nothing.
 */
import { existsSync, lstatSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { defaultCacheDir } from '../../../src/corpus/cache';
import { loadCorpus, type Corpus } from '../../../src/corpus/index';
import { defaultWorkers } from '../../../src/corpus/pool';
import { compareDiagnostics, hasErrors, type Diagnostic } from '../../../src/diagnostics/diagnostic';
import { formatGithub } from '../../../src/diagnostics/format-github';
import { formatJson } from '../../../src/diagnostics/format-json';
import { formatText } from '../../../src/diagnostics/format-text';
import { MAX_FILE_BYTES } from '../../../src/pipeline/entry';
import { UsageError, type CheckOptions } from './options';
import { changedFiles, ratingChanges } from './since';

export interface CheckRun {
  corpus: Corpus;
  diagnostics: Diagnostic[];
  output: string;
  exitCode: number;
}

export interface RunSettings {
  /** Colour the text format. */
  color?: boolean;
  /** Where the cache lives (tests point it elsewhere). */
  cacheDir?: string;
  /** Today's date, for tests. */
  today?: string;
  /** Time limit per file. */
  timeoutMs?: number;
}

export async function runCheck(options: CheckOptions, settings: RunSettings = {}): Promise<CheckRun> {
  const contentDir = resolve(options.contentDir);
  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
    throw new UsageError(`There is no content folder at ${options.contentDir}.`);
  }
  const corpus = await loadCorpus({
    contentDir,
    workers: options.workers ?? defaultWorkers(Number.MAX_SAFE_INTEGER),
    timeoutMs: settings.timeoutMs,
    today: settings.today,
    cacheDir: options.cache ? (settings.cacheDir ?? options.cacheDir ?? defaultCacheDir()) : undefined,
  });
  const diagnostics = options.since ? [...corpus.diagnostics, ...ratingChanges(corpus, options.since)].sort(compareDiagnostics) : corpus.diagnostics;
  // With --since, --strict holds a change to the standard in the files it touches; the rest of the
  // corpus's warnings are the maintenance backlog (npm run report, /maintenance/).
  const changed = options.strict && options.since ? changedFiles(corpus, options.since) : undefined;
  const strictFailed = options.strict && diagnostics.some((d) => !changed || changed.has(d.file));
  const failed = hasErrors(diagnostics) || strictFailed;
  return { corpus, diagnostics, output: format(diagnostics, options, contentDir, settings), exitCode: failed ? 1 : 0 };
}

function format(diagnostics: Diagnostic[], options: CheckOptions, contentDir: string, settings: RunSettings): string {
  switch (options.format) {
    case 'json':
      return formatJson(diagnostics);
    case 'github': {
      // GitHub wants paths from the repository root, which is where workflows run.
      const parent = dirname(contentDir);
      return formatGithub(diagnostics, { pathOf: (file) => relative(process.cwd(), join(parent, file)).split('\\').join('/') });
    }
    default: {
      const parent = dirname(contentDir);
      const source = (file: string) => {
        const path = join(parent, file);
        try {
          // Plain files of entry size only: through a link the excerpt would show another file, a
          // pipe never ends, and an oversized file is reported without being read again.
          const stat = lstatSync(path);
          return stat.isFile() && stat.size <= MAX_FILE_BYTES ? readFileSync(path, 'utf8') : undefined;
        } catch {
          return undefined;
        }
      };
      return formatText(diagnostics, { color: settings.color ?? false, source });
    }
  }
}
