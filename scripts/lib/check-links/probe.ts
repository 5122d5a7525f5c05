/**
 * One URL, requested politely: HEAD first, GET when the server refuses HEAD or fails it, redirects
 * followed by hand (so each hop is seen and scheduled), a time limit per request, and a User-Agent
 * that says who is asking and why. Bodies are never read.
 */
import type { PoliteScheduler } from './schedule';

export interface ProbeOptions {
  scheduler: PoliteScheduler;
  timeoutMs: number;
  userAgent: string;
  maxRedirects: number;
}

export interface Hop {
  url: string;
  method: 'HEAD' | 'GET';
  status: number;
}

export interface ProbeResult {
  url: string;
  /** Every response, redirects included. */
  hops: Hop[];
  /** The final status, when a response came. */
  status?: number;
  /** Where the redirects ended. */
  finalUrl: string;
  lastModified?: string;
  etag?: string;
  contentLength?: string;
  /** Why no final response came: a timeout, a network error, too many redirects. */
  error?: string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

async function request(url: string, method: 'HEAD' | 'GET', options: ProbeOptions): Promise<Response> {
  const host = new URL(url).host;
  return options.scheduler.run(host, async () => {
    const response = await fetch(url, {
      method,
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs),
      headers: { 'user-agent': options.userAgent, accept: '*/*' },
    });
    // Only the status and headers matter; never download the page.
    await response.body?.cancel().catch(() => {});
    return response;
  });
}

export async function probe(url: string, options: ProbeOptions): Promise<ProbeResult> {
  const hops: Hop[] = [];
  let current = url;
  for (let hop = 0; hop <= options.maxRedirects; hop++) {
    let response: Response;
    let method: 'HEAD' | 'GET' = 'HEAD';
    try {
      response = await request(current, 'HEAD', options);
      if (response.status >= 400) {
        method = 'GET';
        response = await request(current, 'GET', options);
      }
    } catch (error) {
      const timedOut = (error as Error)?.name === 'TimeoutError' || (error as Error)?.name === 'AbortError';
      if (!timedOut && method === 'HEAD') {
        // Some servers drop HEAD requests; ask once more with GET.
        try {
          method = 'GET';
          response = await request(current, 'GET', options);
        } catch (again) {
          return { url, hops, finalUrl: current, error: describe(again) };
        }
      } else {
        return { url, hops, finalUrl: current, error: describe(error) };
      }
    }
    hops.push({ url: current, method, status: response.status });
    const location = response.headers.get('location');
    if (REDIRECTS.has(response.status) && location) {
      current = new URL(location, current).toString();
      continue;
    }
    return {
      url,
      hops,
      status: response.status,
      finalUrl: current,
      lastModified: response.headers.get('last-modified') ?? undefined,
      etag: response.headers.get('etag') ?? undefined,
      contentLength: response.headers.get('content-length') ?? undefined,
    };
  }
  return { url, hops, finalUrl: current, error: `more than ${options.maxRedirects} redirects` };
}

function describe(error: unknown): string {
  const e = error as Error & { cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return 'timed out';
  return e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(error);
}
