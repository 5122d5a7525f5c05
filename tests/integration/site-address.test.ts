/**
 * A build without a site address works for `npm run preview`, but its output and every page say that
 * permalinks and citations point at localhost; a build with the address says nothing of the sort.
 * The about page takes the repository and its issue forms from REPO_URL, and says so when it is unset;
 * the content licence is on the about page, in every cite block and in the open data.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles } from '../helpers/built-html';
import { RULE_FIXTURES } from '../helpers/rule-fixtures';

const BANNER =
  '<aside class="address-banner" aria-label="Local preview" data-pagefind-ignore="all">Local preview: this copy was built without a site address, so its permalinks and citations point at http://localhost:4321/ and work only on this computer.</aside>';
const WARNING = '[build] No site address: SITE_URL is unset, so permalinks, citations, feeds and the sitemap point at http://localhost:4321/ and every page says so.';

interface Built {
  site: string;
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run build` of the small fixture corpus, with SITE_URL and REPO_URL as given (an empty value counts as unset). */
function build(work: string, name: string, siteUrl: string, repoUrl: string): Promise<Built> {
  const site = join(work, name);
  const env = { ...process.env, CONTENT_DIR: join(RULE_FIXTURES, '_base/content'), OUT_DIR: site, SITE_URL: siteUrl, REPO_URL: repoUrl, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((done) => child.on('close', (status) => done({ site, status, stdout, stderr })));
}

describe('the site address', { timeout: 180_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'claims-address-'));
  let local: Built;
  let published: Built;

  beforeAll(async () => {
    [local, published] = await Promise.all([build(work, 'local', '', ''), build(work, 'published', 'https://claims.example.org', 'https://github.com/example/claims')]);
  }, 180_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('unset, the build still succeeds, says so in its output and puts a banner on every page', () => {
    expect(local.status, local.stderr).toBe(0);
    expect(local.stdout).toContain(WARNING);
    const pages = htmlFiles(local.site);
    expect(pages.length).toBeGreaterThan(5);
    for (const file of pages) expect(readFileSync(file, 'utf8'), file).toContain(BANNER);
    expect(readFileSync(join(local.site, 'claims/database-offered/index.html'), 'utf8')).toContain('http://localhost:4321/claims/database-offered/');
  });

  it('set, the build says nothing about it and no page has the banner; links use the address', () => {
    expect(published.status, published.stderr).toBe(0);
    expect(published.stdout + published.stderr).not.toContain('No site address');
    for (const file of htmlFiles(published.site)) expect(readFileSync(file, 'utf8'), file).not.toContain('address-banner');
    const claim = readFileSync(join(published.site, 'claims/database-offered/index.html'), 'utf8');
    expect(claim).toContain('https://claims.example.org/claims/database-offered/');
    expect(claim).not.toContain('localhost:4321');
  });

  const read = (built: Built, path: string) => readFileSync(join(built.site, path), 'utf8');
  const LICENCE_LINK = '<a class="external" href="https://creativecommons.org/licenses/by/4.0/" rel="noreferrer noopener">';

  it('the about page links the repository and its correction form from REPO_URL', () => {
    const about = read(published, 'about/index.html');
    expect(about).toContain('<h2 id="who-runs-it">Who runs it</h2>');
    expect(about).toContain('The repository, with every entry and its full history, is <a href="https://github.com/example/claims">https://github.com/example/claims</a>.');
    expect(about).toContain('<a href="https://github.com/example/claims/issues/new?template=correction.yml">correction form</a>');
    expect(about).toContain('<a href="https://github.com/example/claims/issues/new?template=new-claim.yml">new claim</a>');
    expect(about).not.toContain('REPO_URL is unset');
  });

  it('without REPO_URL the about page says it cannot link to the repository, and links nothing in its place', () => {
    const about = read(local, 'about/index.html');
    expect(about).toContain('This copy was built without the repository\'s address (REPO_URL is unset), so it cannot link to the repository or to its issue forms');
    expect(about).not.toContain('issues/new');
  });

  it('the about page, every cite block and the open data carry the content licence', () => {
    const about = read(published, 'about/index.html');
    expect(about).toContain('<h2 id="licence">Licence</h2>');
    expect(about).toContain(`${LICENCE_LINK}Creative Commons Attribution 4.0 International licence (CC BY 4.0)</a>`);
    for (const path of ['claims/database-offered/index.html', 'sources/wire-story/index.html']) {
      const cite = read(published, path).split('<section class="cite"')[1].split('</section>')[0];
      expect(cite, path).toContain(`<p class="cite-licence">Licence: ${LICENCE_LINK}CC BY 4.0</a>.`);
    }
    const license = {
      id: 'CC-BY-4.0',
      name: 'Creative Commons Attribution 4.0 International',
      url: 'https://creativecommons.org/licenses/by/4.0/',
      excludes: "Quotations from sources, and the sources' own titles, remain their authors' and publishers'.",
    };
    for (const file of ['data/claims.json', 'data/entities.json', 'data/topics.json', 'data/claims/database-offered.json']) {
      expect(JSON.parse(read(published, file)).license, file).toEqual(license);
    }
  });
});
