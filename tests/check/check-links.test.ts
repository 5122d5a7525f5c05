/**
 * `npm run check:links` against a local HTTP server (this machine has no internet): dead, moved,
 * changed and silent pages, HEAD then GET, and politeness per host.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatTable } from '../../scripts/lib/check-links/report';
import { checkLinks, type LinkCheckOptions } from '../../scripts/lib/check-links/run';
import { PoliteScheduler } from '../../scripts/lib/check-links/schedule';
import { linkTargets, type LinkTarget } from '../../scripts/lib/check-links/targets';
import { loadCorpus } from '../../src/corpus/index';
import { FIXTURE_TODAY, RULE_FIXTURES } from '../helpers/rule-fixtures';

interface Seen {
  method: string;
  path: string;
  host: string;
  agent: string;
  start: number;
  end: number;
}

let server: Server;
let port: number;
const requests: Seen[] = [];
let inFlight = 0;
let mostInFlight = 0;

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res) => {
    const seen: Seen = { method: req.method!, path: req.url!, host: req.headers.host!, agent: req.headers['user-agent'] ?? '', start: Date.now(), end: 0 };
    requests.push(seen);
    mostInFlight = Math.max(mostInFlight, ++inFlight);
    const reply = (status: number, headers: Record<string, string> = {}) => {
      // A little latency, so that overlapping requests would show.
      setTimeout(() => {
        res.writeHead(status, headers).end(req.method === 'GET' ? 'body' : undefined);
        seen.end = Date.now();
        inFlight--;
      }, 20);
    };
    switch (req.url) {
      case '/ok':
        return reply(200, { etag: '"v1"' });
      case '/moved':
        return reply(301, { location: '/ok' });
      case '/temporary':
        return reply(302, { location: `http://127.0.0.1:${port}/ok` });
      case '/gone':
        return reply(404);
      case '/no-head':
        return reply(req.method === 'HEAD' ? 405 : 200);
      case '/changed':
        return reply(200, { 'last-modified': 'Wed, 01 Jan 2025 00:00:00 GMT' });
      case '/loop':
        return reply(302, { location: '/loop' });
      case '/web/2024/page':
        return reply(302, { location: '/web/20240105000000/page' });
      case '/web/20240105000000/page':
        return reply(200);
      case '/silent':
        // Never answers: the check must give up at its time limit.
        inFlight--;
        return;
      default:
        return reply(500);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const target = (path: string, role: 'url' | 'read_at' | 'archive' = 'url', host = '127.0.0.1'): LinkTarget => ({
  url: `http://${host}:${port}${path}`,
  uses: [{ file: 'content/sources/x.yaml', field: role === 'archive' ? 'archives[0].url' : role === 'read_at' ? 'read_at.url' : 'url', role, accessed: role === 'archive' ? undefined : '2024-01-05' }],
});
const options: LinkCheckOptions = { concurrency: 2, perHostIntervalMs: 100, timeoutMs: 500, userAgent: 'test-link-check/1.0 (checks that cited sources are still online)' };

describe('the link check', () => {
  it('says which pages are dead, moved, changed, silent or fine', async () => {
    requests.length = 0;
    const findings = await checkLinks(
      [target('/ok'), target('/moved'), target('/temporary', 'read_at'), target('/gone'), target('/no-head'), target('/changed'), target('/loop'), target('/web/2024/page', 'archive', 'localhost'), target('/silent', 'url', 'localhost')],
      options,
    );
    expect(findings.map((f) => [new URL(f.target.url).pathname, f.verdict, f.result.status ?? '-', f.note])).toEqual([
      ['/ok', 'ok', 200, ''],
      ['/moved', 'redirected', 200, `moved permanently to http://127.0.0.1:${port}/ok`],
      ['/temporary', 'redirected', 200, `redirects to http://127.0.0.1:${port}/ok`],
      ['/gone', 'dead', 404, 'not found'],
      ['/no-head', 'ok', 200, ''],
      ['/changed', 'changed', 200, 'modified 2025-01-01, after it was read on 2024-01-05'],
      ['/loop', 'unreachable', '-', 'more than 5 redirects'],
      ['/web/2024/page', 'ok', 200, ''],
      ['/silent', 'timeout', '-', 'no answer within the time limit'],
    ]);
  });

  it('asks with HEAD first and with GET only when HEAD fails, saying who it is', () => {
    const noHead = requests.filter((r) => r.path === '/no-head').map((r) => r.method);
    expect(noHead).toEqual(['HEAD', 'GET']);
    expect(requests.filter((r) => r.path === '/ok').map((r) => r.method)).toEqual(['HEAD', 'HEAD', 'HEAD']);
    expect(new Set(requests.map((r) => r.agent))).toEqual(new Set([options.userAgent]));
  });

  it('is polite: one request at a time per host, and a bounded number in flight', () => {
    for (const host of new Set(requests.map((r) => r.host))) {
      const list = requests.filter((r) => r.host === host && r.path !== '/silent').sort((a, b) => a.start - b.start);
      for (let i = 1; i < list.length; i++) expect(list[i].start).toBeGreaterThanOrEqual(list[i - 1].end);
    }
    expect(mostInFlight).toBeLessThanOrEqual(options.concurrency);
  });

  it('notices a page that changed since the last run', async () => {
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'links-state-'));
    const stateFile = join(dir, 'links.json');
    writeFileSync(stateFile, JSON.stringify({ [`http://127.0.0.1:${port}/ok`]: { etag: '"v0"' } }));
    const [finding] = await checkLinks([target('/ok')], { ...options, stateFile });
    expect([finding.verdict, finding.note]).toEqual(['changed', 'ETag differs from the last check']);
    const [again] = await checkLinks([target('/ok')], { ...options, stateFile });
    expect(again.verdict).toBe('ok');
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints problems as a table, most urgent first, with a summary', async () => {
    const findings = await checkLinks([target('/ok'), target('/gone'), target('/moved')], options);
    expect(formatTable(findings).split('\n')).toEqual([
      '| result | status | URL | used in | note |',
      '| --- | --- | --- | --- | --- |',
      `| dead | 404 | http://127.0.0.1:${port}/gone | content/sources/x.yaml (url) | not found |`,
      `| redirected | 200 | http://127.0.0.1:${port}/moved | content/sources/x.yaml (url) | moved permanently to http://127.0.0.1:${port}/ok |`,
      '',
      '3 URLs checked: 1 dead, 1 redirected, 1 ok.',
    ]);
  });
});

describe('the scheduler', () => {
  it('spaces the starts of requests to one host by the interval, while other hosts go ahead', async () => {
    const scheduler = new PoliteScheduler(4, 100);
    const starts: [string, number][] = [];
    const began = Date.now();
    const task = (host: string) => scheduler.run(host, async () => void starts.push([host, Date.now() - began]));
    await Promise.all([task('a'), task('a'), task('a'), task('b'), task('b')]);
    const a = starts.filter(([h]) => h === 'a').map(([, t]) => t);
    const b = starts.filter(([h]) => h === 'b').map(([, t]) => t);
    expect(a[1] - a[0]).toBeGreaterThanOrEqual(100);
    expect(a[2] - a[1]).toBeGreaterThanOrEqual(100);
    expect(b[1] - b[0]).toBeGreaterThanOrEqual(100);
    expect(b[0]).toBeLessThan(a[1]);
  });
});

describe('the URLs it checks', () => {
  it('are every source URL, read_at copy and archived copy, each with where it is used', async () => {
    const corpus = await loadCorpus({ contentDir: `${RULE_FIXTURES}/_base/content`, workers: 0, today: FIXTURE_TODAY });
    expect(linkTargets(corpus)).toEqual([
      { url: 'https://law.example.gov.cn/pipl', uses: [{ file: 'content/sources/law-text.yaml', field: 'url', role: 'url', accessed: '2024-02-01' }] },
      { url: 'https://news.example.org/2022/07/06/police-data', uses: [{ file: 'content/sources/wire-story.yaml', field: 'url', role: 'url', accessed: '2024-01-05' }] },
      {
        url: 'https://web.archive.org/web/20240105/https://news.example.org/2022/07/06/police-data',
        uses: [{ file: 'content/sources/wire-story.yaml', field: 'archives[0].url', role: 'archive' }],
      },
    ]);
  });
});
