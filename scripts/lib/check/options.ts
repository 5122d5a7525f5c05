/** The command line of `npm run check`, read into options; a mistake in it is a UsageError. */
import { parseArgs } from 'node:util';

export const FORMATS = ['text', 'json', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface CheckOptions {
  /** The content folder to check. */
  contentDir: string;
  format: Format;
  /** Fail on warnings too. */
  strict: boolean;
  /** A git revision: also report sources whose rating became doubtful since it. */
  since?: string;
  /** Reuse per-file results of earlier runs. */
  cache: boolean;
  /** Where the cache lives (default node_modules/.cache/surveillance-claims). */
  cacheDir?: string;
  /** Worker threads (at least one, so every file runs under the time limit). */
  workers?: number;
  help: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Usage: npm run check -- [options]

Checks every entry of the content folder: files, frontmatter, fields, dates, URLs, the MDX body,
citations, cross-links and the judgements across files. Nothing is built and nothing in the content
is run. Exits 1 when there is an error (or, with --strict, a warning).

Options:
  --content <folder>   the content folder to check (default: $CONTENT_DIR or ./content)
  --format <format>    text (default), json, or github (annotations for GitHub Actions)
  --strict             exit 1 on warnings too (with --since, on warnings in the files
                       changed since that revision)
  --since <git-ref>    also list the claims resting on each source whose rating became
                       unreliable, deprecated or retracted since that revision
  --no-cache           parse every file again instead of reusing earlier results
                       (the cache is never used when CI is set)
  --cache-dir <folder> where to keep the cache (default: node_modules/.cache/surveillance-claims)
  --workers <n>        worker threads (default: one per core, at most 4)
  --help               show this text

Every rule is explained in docs/rules.md.`;

export function readOptions(args: string[], env: NodeJS.ProcessEnv = process.env): CheckOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        content: { type: 'string' },
        format: { type: 'string', default: 'text' },
        strict: { type: 'boolean', default: false },
        since: { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
        'cache-dir': { type: 'string' },
        workers: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`Unknown format "${values.format}"; use one of: ${FORMATS.join(', ')}.`);
  let workers: number | undefined;
  if (values.workers !== undefined) {
    workers = Number(values.workers);
    if (!Number.isInteger(workers) || workers < 1) throw new UsageError(`--workers takes a whole number of at least 1, not "${values.workers}".`);
  }
  return {
    contentDir: values.content ?? env.CONTENT_DIR ?? 'content',
    format,
    strict: values.strict ?? false,
    since: values.since,
    // CI starts from a fresh install and must never trust results it did not compute.
    cache: !values['no-cache'] && !env.CI,
    cacheDir: values['cache-dir'],
    workers,
    help: values.help ?? false,
  };
}
