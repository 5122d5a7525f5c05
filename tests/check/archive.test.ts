/**
 * `npm run archive` against a local fake of the Wayback Machine's Save Page Now (this machine has
 * no internet): which pages it asks for, what it writes into the source files (and what it leaves
 * as it was), politeness, retries, failures, the cap per run and the dry run.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { archiveSources, formatArchiveReport, type ArchiveOptions } from '../../scripts/lib/archive/run';
import { archivedPage, archiveTargets, type ArchiveTarget } from '../../scripts/lib/archive/targets';
import { withArchivedCopy } from '../../scripts/lib/archive/write-archive';
import { loadCorpus } from '../../src/corpus/index';
import { FIXTURE_TODAY, RULE_FIXTURES } from '../helpers/rule-fixtures';

interface Seen {
  method: string;
  path: string;
  body: string;
  authorization: string;
  agent: string;
  start: number;
}

let server: Server;
let endpoint: string;
const requests: Seen[] = [];
const jobs = new Map<string, { url: string; polls: number }>();
let busyOnce = true;

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      requests.push({ method: req.method!, path: req.url!, body, authorization: req.headers.authorization ?? '', agent: req.headers['user-agent'] ?? '', start: Date.now() });
      const json = (status: number, value: unknown, headers: Record<string, string> = {}) => res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(value));
      if (req.method === 'POST' && req.url === '/save') {
        const url = new URLSearchParams(body).get('url')!;
        if (url.endsWith('/busy') && busyOnce) {
          busyOnce = false;
          return json(429, { status: 'error', message: 'Too many requests' }, { 'retry-after': '0' });
        }
        const id = `spn2-${jobs.size + 1}`;
        jobs.set(id, { url, polls: 0 });
        return json(200, { url, job_id: id });
      }
      const status = /^\/save\/status\/(.+)$/.exec(req.url ?? '');
      const job = status && jobs.get(decodeURIComponent(status[1]));
      if (!job) return json(404, { status: 'error', message: 'no such job' });
      if (job.polls++ === 0) return json(200, { status: 'pending', job_id: status![1] });
      if (job.url.endsWith('/blocked')) return json(200, { status: 'error', status_ext: 'error:blocked', message: 'The target site is blocking us.' });
      return json(200, { status: 'success', job_id: status![1], original_url: job.url, timestamp: '20261203104500', http_status: job.url.endsWith('/gone') ? 404 : 200 });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const options = (): ArchiveOptions => ({
  endpoint,
  accessKey: 'access',
  secretKey: 'secret',
  userAgent: 'test-archive/1.0 (archives cited sources)',
  intervalMs: 30,
  timeoutMs: 2000,
  retries: 2,
  retryDelayMs: 10,
  pollMs: 1,
  waitMs: 5000,
  reuseWithin: '30d',
  limit: 20,
  dryRun: false,
});

/** A source as contributors write them: comments, folded text, quoted dates, and a note saying why there is no copy. */
const NOTED = `# The ministry's notice, read on its own site.
type: official-statement
title: Notice on the protection of personal information
language: en
publisher: Ministry of Public Security
published: "2024-03-01"
url: https://mps.example.gov.cn/notice
accessed: "2024-03-05"
# Say why, until a copy exists.
no_archive: >-
  No archived copy was recorded when the source was read for the research dataset, and the page
  was not tried since.
reliability:
  rating: generally-reliable
  note: >-
    The ministry's own notice; long enough that its note is folded over two lines, as the
    contributors wrote it.
`;

/** The same source once archived: only the note's lines changed. */
const NOTED_ARCHIVED = (url: string) => `# The ministry's notice, read on its own site.
type: official-statement
title: Notice on the protection of personal information
language: en
publisher: Ministry of Public Security
published: "2024-03-01"
url: https://mps.example.gov.cn/notice
accessed: "2024-03-05"
# Say why, until a copy exists.
archives:
  - url: ${url}
    date: "2026-12-03"
reliability:
  rating: generally-reliable
  note: >-
    The ministry's own notice; long enough that its note is folded over two lines, as the
    contributors wrote it.
`;

const SOURCE = (name: string, extra = '') => `type: web-page
title: Page ${name}
language: en
publisher: Example
published: "2024-01-01"
url: https://pages.example.org/${name}
accessed: "2024-01-05"
no_archive: Not tried yet.
${extra}reliability:
  rating: marginal
  note: A test page.
`;

let work: string;
let content: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'archive-'));
  content = join(work, 'content');
  cpSync(join(RULE_FIXTURES, '_base/content'), content, { recursive: true });
  writeFileSync(join(content, 'sources/ministry-notice.yaml'), NOTED);
  for (const name of ['busy', 'blocked', 'gone']) writeFileSync(join(content, `sources/page-${name}.yaml`), SOURCE(name));
  writeFileSync(
    join(content, 'sources/page-deleted.yaml'),
    SOURCE('deleted', 'read_at:\n  url: https://mirror.example.net/deleted\n  host: A mirror\naccess_notes:\n  - kind: deleted\n    note: The page was taken down.\n'),
  );
  requests.length = 0;
  busyOnce = true;
  return () => rmSync(work, { recursive: true, force: true });
});

const targets = async () => archiveTargets(await loadCorpus({ contentDir: content, workers: 0, today: FIXTURE_TODAY }));
const read = (name: string) => readFileSync(join(content, 'sources', `${name}.yaml`), 'utf8');
/** The fake archive's pages stand in for the real ones, so the tests capture them instead. */
const only = (list: ArchiveTarget[], ...urls: string[]) => urls.map((u) => list.find((t) => t.url === u)!);

describe('npm run archive', () => {
  it('asks for every source URL and read-in copy without an archived copy, and not for a page noted as deleted', async () => {
    const { targets: list, skipped } = await targets();
    expect(list.map((t) => `${t.source} ${t.field} ${t.url}`)).toEqual([
      'law-text url https://law.example.gov.cn/pipl',
      'ministry-notice url https://mps.example.gov.cn/notice',
      'page-blocked url https://pages.example.org/blocked',
      'page-busy url https://pages.example.org/busy',
      'page-deleted read_at.url https://mirror.example.net/deleted',
      'page-gone url https://pages.example.org/gone',
    ]);
    expect(skipped.map((s) => `${s.source} ${s.url}: ${s.reason}`)).toEqual(['page-deleted https://pages.example.org/deleted: noted as deleted: a capture now would keep the error page']);
    // wire-story has a copy of its URL in the Wayback Machine's form.
    expect(archivedPage('https://web.archive.org/web/20240105/https://news.example.org/2022/07/06/police-data')).toBe('news.example.org/2022/07/06/police-data');
    expect(archivedPage('https://archive.ph/AbCd1')).toBeUndefined();
  });

  it('writes the capture into the source, replacing the note and keeping every other line as it was', async () => {
    const [notice] = only((await targets()).targets, 'https://mps.example.gov.cn/notice');
    const [result] = await archiveSources([notice], options());
    const url = `${endpoint}/web/20261203104500/https://mps.example.gov.cn/notice`;
    expect(result).toEqual({ target: notice, outcome: 'archived', archiveUrl: url, date: '2026-12-03' });
    expect(read('ministry-notice')).toBe(NOTED_ARCHIVED(url));
    // The checker accepts what was written, once the fake archive's local address is the real one's.
    writeFileSync(join(content, 'sources/ministry-notice.yaml'), read('ministry-notice').replace(endpoint, 'https://web.archive.org'));
    // Today, not the fixtures' date: the fake archive dates its copy 3 December 2026.
    const corpus = await loadCorpus({ contentDir: content, workers: 0 });
    expect(corpus.diagnostics.filter((d) => d.file === 'content/sources/ministry-notice.yaml' && d.rule !== 'unused-source')).toEqual([]);
  });

  it('submits the page with its keys, asks after the job until it is done, and waits between requests to the archive', async () => {
    const [notice, busy] = only((await targets()).targets, 'https://mps.example.gov.cn/notice', 'https://pages.example.org/busy');
    await archiveSources([notice, busy], { ...options(), intervalMs: 60 });
    expect(requests.map((r) => `${r.method} ${r.path.replace(/spn2-\d+/, 'job')}`)).toEqual([
      'POST /save',
      'GET /save/status/job',
      'GET /save/status/job',
      'POST /save',
      'POST /save',
      'GET /save/status/job',
      'GET /save/status/job',
    ]);
    expect(new URLSearchParams(requests[0].body).get('url')).toBe('https://mps.example.gov.cn/notice');
    expect(new URLSearchParams(requests[0].body).get('if_not_archived_within')).toBe('30d');
    expect(new Set(requests.map((r) => r.authorization))).toEqual(new Set(['LOW access:secret']));
    expect(new Set(requests.map((r) => r.agent))).toEqual(new Set(['test-archive/1.0 (archives cited sources)']));
    // 60 ms apart as sent; seen by the server, a request's own latency may shift it by a little.
    for (let i = 1; i < requests.length; i++) expect(requests[i].start - requests[i - 1].start).toBeGreaterThanOrEqual(40);
  });

  it('retries a request refused for load, and reports a capture the archive refused or that caught an error page, writing nothing', async () => {
    const list = only((await targets()).targets, 'https://pages.example.org/busy', 'https://pages.example.org/blocked', 'https://pages.example.org/gone');
    const results = await archiveSources(list, options());
    expect(results.map((r) => [r.target.source, r.outcome, r.outcome === 'failed' ? r.error : ''])).toEqual([
      ['page-busy', 'archived', ''],
      ['page-blocked', 'failed', 'error:blocked: The target site is blocking us.'],
      ['page-gone', 'failed', 'the page answered 404 to the archive'],
    ]);
    expect(read('page-blocked')).toBe(SOURCE('blocked'));
    expect(read('page-gone')).toBe(SOURCE('gone'));
    expect(read('page-busy')).toContain(`archives:\n  - url: ${endpoint}/web/20261203104500/https://pages.example.org/busy\n    date: "2026-12-03"\nreliability:`);
  });

  it('stops at the cap and leaves the rest for the next run; a dry run sends and writes nothing', async () => {
    const list = (await targets()).targets;
    const dry = await archiveSources(list, { ...options(), dryRun: true, limit: 4 });
    expect(dry.map((r) => r.outcome)).toEqual(['would-archive', 'would-archive', 'would-archive', 'would-archive', 'over-limit', 'over-limit']);
    expect(requests).toEqual([]);
    expect(read('ministry-notice')).toBe(NOTED);
    expect(formatArchiveReport(dry).split('\n').slice(-3)).toEqual([
      'next run      https://pages.example.org/gone [content/sources/page-gone.yaml (url)]',
      '',
      '6 pages without an archived copy: 4 to archive (dry run), 2 left for the next run (over the limit).',
    ]);
  });
});

describe('adding an archived copy to a source file', () => {
  const copy = { url: 'https://web.archive.org/web/20261203104500/https://x.example.org/a', date: '2026-12-03' };

  it('appends to an existing list at its indent', () => {
    const text = 'url: https://x.example.org/a\narchives:\n  # the first copy\n  - url: https://archive.ph/AbCd1\n    date: "2024-01-05"\nreliability:\n  rating: marginal\n';
    expect(withArchivedCopy(text, copy)).toBe(
      `url: https://x.example.org/a\narchives:\n  # the first copy\n  - url: https://archive.ph/AbCd1\n    date: "2024-01-05"\n  - url: ${copy.url}\n    date: "2026-12-03"\nreliability:\n  rating: marginal\n`,
    );
  });

  it('fills an empty list, and adds the list at the end when there is neither list nor note', () => {
    expect(withArchivedCopy('url: https://x.example.org/a\narchives: []\nreliability:\n  rating: marginal\n', copy)).toBe(
      `url: https://x.example.org/a\narchives:\n  - url: ${copy.url}\n    date: "2026-12-03"\nreliability:\n  rating: marginal\n`,
    );
    expect(withArchivedCopy('url: https://x.example.org/a\n', copy)).toBe(`url: https://x.example.org/a\narchives:\n  - url: ${copy.url}\n    date: "2026-12-03"\n`);
  });
});
