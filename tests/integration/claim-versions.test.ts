/**
 * Citable versions: a fixture git repository, made here in a temporary folder, whose commits change
 * a claim's status, then its prose, then its statement. Its versions are read in one pass, each
 * change of statement or status gets a page of its own marked as old, the claim page lists them and
 * offers "this version" for citing, and the open data carries them. A copy without git history, and
 * a shallow clone, say that they have none.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/index';
import { claimVersions, readClaimHistory } from '../../src/site/claim-history';
import { invalidHtml } from '../helpers/built-html';
import { FIXTURE_TODAY, RULE_FIXTURES } from '../helpers/rule-fixtures';

const CLAIM = 'content/claims/database-offered.mdx';
const STATEMENT = 'In July 2022 a seller offered a database said to come from the Shanghai police for 10 bitcoin.';
const NEW_STATEMENT = 'In July 2022 a seller offered a database said to come from the Shanghai police, asking 10 bitcoin.';

function git(cwd: string, args: string[], date?: string): string {
  const env = {
    ...process.env,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Fixture',
    GIT_AUTHOR_EMAIL: 'fixture@example.org',
    GIT_COMMITTER_NAME: 'Fixture',
    GIT_COMMITTER_EMAIL: 'fixture@example.org',
    ...(date ? { GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` } : {}),
  };
  return execFileSync('git', args, { cwd, env, encoding: 'utf8' }).trim();
}

function edit(repo: string, change: (text: string) => string): void {
  const path = join(repo, CLAIM);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

/** The base fixture corpus in a new repository: created, then status changed, then prose, then statement. Returns the commits. */
function makeRepository(repo: string): string[] {
  cpSync(join(RULE_FIXTURES, '_base/content'), join(repo, 'content'), { recursive: true });
  git(repo, ['-c', 'init.defaultBranch=main', 'init', '-q']);
  const commit = (message: string, date: string) => {
    git(repo, ['add', '-A']);
    git(repo, ['commit', '-q', '--no-gpg-sign', '-m', message], date);
    return git(repo, ['rev-parse', 'HEAD']);
  };
  const commits = [commit('Two claims', '2024-01-05')];
  // Established needs a second, independent supporting source (src/policy/evidence-standard.ts).
  const wire = readFileSync(join(repo, 'content/sources/wire-story.yaml'), 'utf8');
  writeFileSync(
    join(repo, 'content/sources/second-report.yaml'),
    wire.replace('publisher: Wire Service', 'publisher: Daily Example').replace(/news\.example\.org/g, 'daily.example.org').replace('[Wire Service staff]', '[Daily Example staff]'),
  );
  edit(repo, (t) =>
    t
      .replace('status: reported\n', 'status: established\n')
      .replace('      text: "asked for 10 bitcoin"\n      language: en\n', '      text: "asked for 10 bitcoin"\n      language: en\n  - source: second-report\n    role: supports\n    kind: news-report\n    locator:\n      paragraph: 3\n    quote:\n      text: "the seller wanted 10 bitcoin"\n      language: en\n')
      .replace('    reason: The offer was reported; the data was not verified.\n', '    reason: The offer was reported; the data was not verified.\n  - date: "2024-03-10"\n    status: established\n    reason: A second report confirmed the offer.\n'),
  );
  commits.push(commit('Status: established', '2024-03-10'));
  edit(repo, (t) => t.replace('A seller asked for 10 bitcoin', 'A seller asked for ten bitcoin'));
  commits.push(commit('Prose only', '2024-04-01'));
  edit(repo, (t) => t.replace(STATEMENT, NEW_STATEMENT));
  commits.push(commit('Statement reworded', '2024-05-20'));
  return commits;
}

interface Built {
  site: string;
  status: number | null;
  output: string;
}

function build(content: string, site: string): Promise<Built> {
  const env = { ...process.env, CONTENT_DIR: content, OUT_DIR: site, SITE_URL: 'https://claims.example.org', REPO_URL: 'https://github.com/example/claims', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { env });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  return new Promise((done) => child.on('close', (status) => done({ site, status, output })));
}

const history = async (content: string) => {
  const corpus = await loadCorpus({ contentDir: content, workers: 0, today: FIXTURE_TODAY });
  return readClaimHistory(corpus.contentDir, corpus.graph, { base: '/', today: FIXTURE_TODAY, workers: 0 });
};

describe('citable versions', { timeout: 240_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'claims-versions-'));
  const repo = join(work, 'repo');
  const plain = join(work, 'plain');
  let commits: string[];
  let recorded: Built;
  let unrecorded: Built;

  beforeAll(async () => {
    commits = makeRepository(repo);
    cpSync(join(repo, 'content'), join(plain, 'content'), { recursive: true });
    [recorded, unrecorded] = await Promise.all([build(join(repo, 'content'), join(work, 'site')), build(join(plain, 'content'), join(work, 'plain-site'))]);
  }, 240_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const read = (built: Built, path: string) => readFileSync(join(built.site, path), 'utf8');

  it('numbers a version for each change of status or statement, not for other edits', async () => {
    const versions = (await history(join(repo, 'content'))).versions.get('database-offered')!;
    expect(versions.map((v) => [v.number, v.date, v.commit, v.changes, v.entry.data.status])).toEqual([
      [1, '2024-01-05', commits[0], ['created'], 'reported'],
      [2, '2024-03-10', commits[1], ['status'], 'established'],
      [3, '2024-05-20', commits[3], ['statement'], 'established'],
    ]);
    expect(versions[0].entry.data.statement).toBe(STATEMENT);
    expect(versions[2].entry.data.statement).toBe(NEW_STATEMENT);
  });

  it('renders each old version as it was, marked as old, with a link to the current version', () => {
    expect(recorded.status, recorded.output).toBe(0);
    expect(recorded.output).toMatch(/^\[build\] version history: [1-9]\d* versions of [1-9]\d* claims$/m);
    const v1 = read(recorded, 'claims/database-offered/v1/index.html');
    expect(v1).toContain(
      `<strong>This is an old version of this claim:</strong> version 1, from <time datetime="2024-01-05">5 January 2024</time> (commit <a class="external" href="https://github.com/example/claims/commit/${commits[0]}" rel="noreferrer noopener"><code>${commits[0].slice(0, 10)}</code></a>).`,
    );
    expect(v1).toContain('The claim has changed since: <a href="/claims/database-offered/">read the current version</a> (status established).');
    expect(v1).toContain(`<blockquote class="statement" id="statement"><p>${STATEMENT}</p></blockquote>`);
    expect(v1).toContain('<span class="status status-reported">reported</span>');
    expect(v1).not.toContain('status-established');
    expect(v1).toContain('<meta name="robots" content="noindex">');
    const v2 = read(recorded, 'claims/database-offered/v2/index.html');
    expect(v2).toContain('<span class="status status-established">established</span>');
    expect(v2).toContain(`<p>${STATEMENT}</p>`);
    // The prose edit after version 2 started is not in it: a version shows the commit that started it.
    expect(v2).toContain('A seller asked for 10 bitcoin');
  });

  it("gives the current version's address a page that sends readers to the claim, and nothing past it", () => {
    const v3 = read(recorded, 'claims/database-offered/v3/index.html');
    expect(v3).toContain('<meta http-equiv="refresh" content="0; url=/claims/database-offered/">');
    expect(v3).toContain('Version 3 of this claim, from 20 May 2024, is its current version: <a href="/claims/database-offered/">read it on the claim\'s page</a>.');
    expect(existsSync(join(recorded.site, 'claims/database-offered/v4'))).toBe(false);
    expect(existsSync(join(recorded.site, 'claims/law-covers-biometrics/v1/index.html'))).toBe(true);
    expect(read(recorded, 'claims/law-covers-biometrics/v1/index.html')).toContain('<meta http-equiv="refresh"');
  });

  it('lists the versions on the claim page and offers "this version" beside the permanent link', () => {
    const page = read(recorded, 'claims/database-offered/index.html');
    const versions = page.split('<h2 id="versions">Versions</h2>')[1].split('</section>')[0];
    expect(versions).toContain('<a href="/claims/database-offered/v2/">Version 2</a>');
    expect(versions).toContain('<a href="/claims/database-offered/">Version 3</a> <span class="hint">(current)</span>');
    expect(versions).toContain(`<td>Statement changed to “${NEW_STATEMENT}”</td>`);
    expect(versions).toContain('<td>Status reported → established.</td>');
    expect(versions).toContain('<td>First version, status reported.</td>');
    expect(versions.indexOf('Version 3')).toBeLessThan(versions.indexOf('Version 1'));
    const cite = page.split('<section class="cite"')[1].split('</section>')[0];
    expect(cite).toContain(
      '<ul class="cite-addresses"><li>Permanent link (always the current version): <a href="/claims/database-offered/">https://claims.example.org/claims/database-offered/</a></li><li>This version (version 3, from 20 May 2024; never changes): <a href="/claims/database-offered/v3/">https://claims.example.org/claims/database-offered/v3/</a></li></ul>',
    );
    expect(page).toContain('<a href="/claims/database-offered/v3/">This version (3)</a>');
  });

  it('carries the version history in the open data', () => {
    const { claims } = JSON.parse(read(recorded, 'data/claims.json'));
    const claim = claims.find((c: { id: string }) => c.id === 'database-offered');
    expect(claim.version).toBe(3);
    expect(claim.version_history).toBe('recorded');
    expect(claim.versions[1]).toEqual({
      version: 2,
      date: '2024-03-10',
      commit: commits[1],
      changes: ['status'],
      status: 'established',
      statement: STATEMENT,
      url: 'https://claims.example.org/claims/database-offered/v2/',
    });
    expect(JSON.parse(read(recorded, 'data/claims/database-offered.json')).claim.versions).toHaveLength(3);
  });

  it('writes valid HTML for old versions and the pages of current versions', async () => {
    expect(await invalidHtml(recorded.site)).toEqual([]);
  });

  it('without git history, builds, says so in its output and on each claim page, and renders no versions', () => {
    expect(unrecorded.status, unrecorded.output).toBe(0);
    expect(unrecorded.output).toContain('[build] No version history: the content folder is not in a git checkout');
    const page = read(unrecorded, 'claims/database-offered/index.html');
    expect(page).toContain('No version history in this copy: it was built without git history');
    expect(page).not.toContain('This version (');
    expect(existsSync(join(unrecorded.site, 'claims/database-offered/v1'))).toBe(false);
    const claim = JSON.parse(read(unrecorded, 'data/claims/database-offered.json')).claim;
    expect([claim.version, claim.versions, claim.version_history]).toEqual([null, null, 'none']);
  });

  it('in a shallow clone, shows no versions rather than numbering them wrongly', async () => {
    const shallow = join(work, 'shallow');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow], { env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null' } });
    const read = await history(join(shallow, 'content'));
    expect(read.state).toBe('shallow');
    expect(read.versions.size).toBe(0);
  });

  it('shows changes not yet committed as no version, and old versions stay', async () => {
    edit(repo, (t) => t.replace('status: established\n', 'status: contested\n'));
    try {
      const corpus = await loadCorpus({ contentDir: join(repo, 'content'), workers: 0, today: FIXTURE_TODAY });
      const h = await readClaimHistory(corpus.contentDir, corpus.graph, { base: '/', workers: 0 });
      const claim = corpus.graph.list('claim').find((c) => c.id === 'database-offered')!;
      const v = claimVersions(h, claim);
      expect([v.current, v.old.map((o) => o.number)]).toEqual([undefined, [1, 2, 3]]);
    } finally {
      git(repo, ['checkout', '-q', '--', '.']);
    }
  });
});
