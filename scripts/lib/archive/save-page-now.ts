/**
 * One capture by the Wayback Machine's Save Page Now (version 2 of its API): submit the page, then
 * ask after the job until it succeeds or fails. Every request to the archive goes through the
 * polite scheduler (one at a time, an interval between two), and a refusal for load (429, 5xx, a
 * network error) is retried after a pause that grows, or after the server's Retry-After.
 */
import type { PoliteScheduler } from '../check-links/schedule';

export interface SavePageNowOptions {
  /** The archive's address: https://web.archive.org (a local fake in tests). */
  endpoint: string;
  /** Internet Archive S3-style keys (https://archive.org/account/s3.php), sent as `LOW access:secret`. */
  accessKey: string;
  secretKey: string;
  scheduler: PoliteScheduler;
  userAgent: string;
  /** Time limit per request. */
  timeoutMs: number;
  /** Retries of a request refused for load, after the first try. */
  retries: number;
  /** Pause before the first retry; doubled for each further one. */
  retryDelayMs: number;
  /** Time between two questions about one job. */
  pollMs: number;
  /** How long to wait for one capture before giving up on it. */
  waitMs: number;
  /** Reuse a capture the archive made this recently instead of making another (`if_not_archived_within`), e.g. "30d". */
  reuseWithin?: string;
}

export type Capture = { ok: true; archiveUrl: string; date: string } | { ok: false; error: string };

class Refused extends Error {
  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** One request to the archive, retried while it is refused for load; the parsed JSON answer. */
async function ask(url: string, init: RequestInit, options: SavePageNowOptions): Promise<Record<string, unknown>> {
  const host = new URL(url).host;
  for (let attempt = 0; ; attempt++) {
    try {
      return await options.scheduler.run(host, async () => {
        let response: Response;
        try {
          response = await fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(options.timeoutMs) });
        } catch (error) {
          throw new Refused((error as Error)?.name === 'TimeoutError' ? 'timed out' : ((error as Error & { cause?: { code?: string } }).cause?.code ?? String(error)));
        }
        if (response.status === 429 || response.status >= 500) {
          await response.body?.cancel().catch(() => {});
          const after = Number(response.headers.get('retry-after'));
          throw new Refused(`the archive answered ${response.status}`, Number.isFinite(after) && after >= 0 ? after * 1000 : undefined);
        }
        const text = await response.text();
        try {
          return JSON.parse(text) as Record<string, unknown>;
        } catch {
          throw new Error(`the archive answered ${response.status} without JSON`);
        }
      });
    } catch (error) {
      if (!(error instanceof Refused) || attempt >= options.retries) throw error;
      await sleep(error.retryAfterMs ?? options.retryDelayMs * 2 ** attempt);
    }
  }
}

/** `20261203104500` → `2026-12-03`. */
const dayOf = (timestamp: string) => `${timestamp.slice(0, 4)}-${timestamp.slice(4, 6)}-${timestamp.slice(6, 8)}`;

export async function capture(page: string, options: SavePageNowOptions): Promise<Capture> {
  const headers = {
    accept: 'application/json',
    authorization: `LOW ${options.accessKey}:${options.secretKey}`,
    'content-type': 'application/x-www-form-urlencoded',
    'user-agent': options.userAgent,
  };
  const form = new URLSearchParams({ url: page });
  if (options.reuseWithin) form.set('if_not_archived_within', options.reuseWithin);
  try {
    const job = await ask(`${options.endpoint}/save`, { method: 'POST', headers, body: form.toString() }, options);
    if (typeof job.job_id !== 'string') return { ok: false, error: describe(job) };
    const deadline = Date.now() + options.waitMs;
    while (Date.now() < deadline) {
      await sleep(options.pollMs);
      const status = await ask(`${options.endpoint}/save/status/${encodeURIComponent(job.job_id)}`, { headers }, options);
      if (status.status === 'pending') continue;
      if (status.status !== 'success' || typeof status.timestamp !== 'string' || !/^\d{14}$/.test(status.timestamp)) return { ok: false, error: describe(status) };
      // The archive captures error pages too: a copy of one is no archived copy of the source.
      if (typeof status.http_status === 'number' && status.http_status >= 400) return { ok: false, error: `the page answered ${status.http_status} to the archive` };
      const original = typeof status.original_url === 'string' ? status.original_url : page;
      return { ok: true, archiveUrl: `${options.endpoint}/web/${status.timestamp}/${original}`, date: dayOf(status.timestamp) };
    }
    return { ok: false, error: `no capture within ${Math.round(options.waitMs / 1000)} s (job ${job.job_id}); run again later` };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

function describe(answer: Record<string, unknown>): string {
  const parts = [answer.status_ext, answer.message].filter((p): p is string => typeof p === 'string' && p !== '');
  return parts.length ? parts.join(': ') : `unexpected answer ${JSON.stringify(answer).slice(0, 200)}`;
}
