/**
 * `npm run check:links`: every source URL, read_at copy and archived copy of the corpus requested
 * politely, and what became of each. Needs a network; never part of the offline build or CI.
 * Returns findings; prints nothing.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { probe, type ProbeOptions } from './probe';
import { judgeLink, type Finding, type Seen } from './report';
import { PoliteScheduler } from './schedule';
import type { LinkTarget } from './targets';

export interface LinkCheckOptions {
  /** Requests in flight at once, across hosts. */
  concurrency: number;
  /** Least time between two requests to the same host. */
  perHostIntervalMs: number;
  timeoutMs: number;
  userAgent: string;
  maxRedirects?: number;
  /** A JSON file holding what the last run saw, to notice pages that changed since; updated after the run. */
  stateFile?: string;
  /** Called after each URL, for progress. */
  onResult?: (finding: Finding, done: number, total: number) => void;
}

export async function checkLinks(targets: LinkTarget[], options: LinkCheckOptions): Promise<Finding[]> {
  const scheduler = new PoliteScheduler(options.concurrency, options.perHostIntervalMs);
  const probing: ProbeOptions = { scheduler, timeoutMs: options.timeoutMs, userAgent: options.userAgent, maxRedirects: options.maxRedirects ?? 5 };
  const previous = readState(options.stateFile);
  let done = 0;
  const findings = await Promise.all(
    targets.map(async (target) => {
      const finding = judgeLink(target, await probe(target.url, probing), previous[target.url]);
      options.onResult?.(finding, ++done, targets.length);
      return finding;
    }),
  );
  if (options.stateFile) {
    const next: Record<string, Seen> = { ...previous };
    for (const { target, result } of findings) {
      if (result.status !== undefined && result.status < 300) next[target.url] = { lastModified: result.lastModified, etag: result.etag, contentLength: result.contentLength };
    }
    mkdirSync(dirname(options.stateFile), { recursive: true });
    writeFileSync(options.stateFile, `${JSON.stringify(next, null, 2)}\n`);
  }
  return findings;
}

function readState(file: string | undefined): Record<string, Seen> {
  if (!file || !existsSync(file)) return {};
  try {
    const value = JSON.parse(readFileSync(file, 'utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
  } catch {
    return {};
  }
}
