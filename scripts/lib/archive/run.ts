/**
 * `npm run archive`: asks the Wayback Machine to capture each page that has no archived copy, one at
 * a time and at most `limit` per run, and writes each copy into its source file as soon as it is
 * made, so an interrupted run keeps what it got. Returns what happened to each page; prints nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { PoliteScheduler } from '../check-links/schedule';
import { capture, type SavePageNowOptions } from './save-page-now';
import type { ArchiveTarget } from './targets';
import { withArchivedCopy } from './write-archive';

export interface ArchiveOptions extends Omit<SavePageNowOptions, 'scheduler'> {
  /** Least time between two requests to the archive. */
  intervalMs: number;
  /** Pages captured at most in one run; the rest wait for the next. */
  limit: number;
  /** List what would be captured; send nothing and write nothing. */
  dryRun: boolean;
  /** Called after each page, for progress. */
  onResult?: (result: ArchiveResult, done: number, total: number) => void;
}

export type ArchiveResult =
  | { target: ArchiveTarget; outcome: 'archived'; archiveUrl: string; date: string }
  | { target: ArchiveTarget; outcome: 'failed'; error: string }
  | { target: ArchiveTarget; outcome: 'would-archive' | 'over-limit' };

export async function archiveSources(targets: ArchiveTarget[], options: ArchiveOptions): Promise<ArchiveResult[]> {
  const scheduler = new PoliteScheduler(1, options.intervalMs);
  const results: ArchiveResult[] = [];
  const now = targets.slice(0, options.limit);
  for (const target of now) {
    let result: ArchiveResult;
    if (options.dryRun) result = { target, outcome: 'would-archive' };
    else {
      const made = await capture(target.url, { ...options, scheduler });
      result = made.ok ? { target, outcome: 'archived', archiveUrl: made.archiveUrl, date: made.date } : { target, outcome: 'failed', error: made.error };
      if (made.ok) {
        try {
          // Read again just before writing: another capture may have added to the same file.
          writeFileSync(target.path, withArchivedCopy(readFileSync(target.path, 'utf8'), { url: made.archiveUrl, date: made.date }));
        } catch (error) {
          result = { target, outcome: 'failed', error: `captured as ${made.archiveUrl}, but not written: ${(error as Error).message}` };
        }
      }
    }
    results.push(result);
    options.onResult?.(result, results.length, now.length);
  }
  for (const target of targets.slice(options.limit)) results.push({ target, outcome: 'over-limit' });
  return results;
}

/** One line per page, then a summary. */
export function formatArchiveReport(results: ArchiveResult[]): string {
  const line = (r: ArchiveResult) => {
    const where = `${r.target.file} (${r.target.field})`;
    switch (r.outcome) {
      case 'archived':
        return `archived      ${r.target.url}\n              → ${r.archiveUrl} (${r.date}), written to ${where}`;
      case 'failed':
        return `failed        ${r.target.url}\n              ${r.error} [${where}]`;
      case 'would-archive':
        return `would archive ${r.target.url} [${where}]`;
      case 'over-limit':
        return `next run      ${r.target.url} [${where}]`;
    }
  };
  const count = (outcome: ArchiveResult['outcome']) => results.filter((r) => r.outcome === outcome).length;
  const summary = [
    ['archived', count('archived')],
    ['failed', count('failed')],
    ['to archive (dry run)', count('would-archive')],
    ['left for the next run (over the limit)', count('over-limit')],
  ]
    .filter(([, n]) => n)
    .map(([what, n]) => `${n} ${what}`)
    .join(', ');
  return [...results.map(line), '', `${results.length} page${results.length === 1 ? '' : 's'} without an archived copy: ${summary || 'nothing to do'}.`].join('\n');
}
