/**
 * What a reader's browser does on the built fixture site, served with exactly the headers of its
 * `_headers` file: it contacts no other host, sets no cookie, reports no policy violation, and
 * search and every control still work under the policy. And what the built files could make it do.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../src/site/security-policy';
import { siteDir } from '../helpers/site';
import { useServedSite } from '../helpers/served-site';
import { auditPage } from './audit-page';
import { violationsOf, watch, type Watch } from './watch';

const site = useServedSite();

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => ext.test(f)).map((f) => join(dir, f));
}

/** Every page of the built site, as a URL path: each kind of entry, each index, search, about, 404. */
function sitePages(): string[] {
  return files(siteDir(), /\.html$/).map((f) => {
    const path = `/${relative(siteDir(), f).split('\\').join('/')}`;
    return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
  });
}

/** Opens a page and waits until the network is quiet, so late requests (search, workers) are seen. */
async function visit(w: Watch, path: string): Promise<Page> {
  const page = await w.context.newPage();
  await page.goto(site.origin + path, { waitUntil: 'networkidle' });
  return page;
}

/** Clicks every control that is not a form submit or a link: copy buttons, theme switches, toggles. */
async function pressEveryButton(page: Page): Promise<number> {
  const buttons = page.locator('button:not([type="submit"]), [role="button"], summary');
  const count = await buttons.count();
  for (let i = 0; i < count; i++) {
    const button = buttons.nth(i);
    if (await button.isVisible()) await button.click();
  }
  await page.waitForLoadState('networkidle');
  return count;
}

function otherOrigins(urls: string[]): string[] {
  return urls.filter((u) => !u.startsWith(`${site.origin}/`));
}

describe('a reader browsing the whole site and searching it', () => {
  let w: Watch;
  const pages: string[] = [];
  const violations: string[] = [];
  const cookies: string[] = [];
  const markup: string[] = [];
  let searchResults: string[] = [];

  beforeAll(async () => {
    w = await watch(site.browser, site.origin);
    pages.push(...sitePages(), '/no-such-page/');
    for (const path of pages) {
      const page = await visit(w, path);
      markup.push(...(await auditPage(page)));
      await pressEveryButton(page);
      violations.push(...(await violationsOf(page)));
      cookies.push(await page.evaluate(() => document.cookie));
      await page.close();
    }
    // A search, as the header form submits it, then typed into the search page.
    const search = await visit(w, '/search/?q=bitcoin');
    await search.waitForSelector('main a[href$="/claims/database-offered/"]');
    searchResults = await search.locator('main a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const box = search.locator('main input[type="search"]').first();
    await box.fill('PIPL');
    await search.waitForSelector('main a[href$="/entities/pipl/"]');
    await search.waitForLoadState('networkidle');
    markup.push(...(await auditPage(search)));
    violations.push(...(await violationsOf(search)));
    await search.close();
  }, 180_000);

  afterAll(async () => w?.close());

  it('visits every kind of page', () => {
    for (const kind of ['/', '/claims/', '/claims/database-offered/', '/sources/law-text/', '/topics/leaks/', '/entities/pipl/', '/reviews/sample-article/', '/questions/state-sales/', '/search/', '/about/', '/404.html']) {
      expect(pages).toContain(kind);
    }
  });

  it('search works under the policy: it finds claims and entities', () => {
    expect(searchResults).toContain('/claims/database-offered/');
    expect(w.requests.some((u) => u.includes('/pagefind/') && u.endsWith('.pf_fragment'))).toBe(true);
  });

  it('makes no request to any other origin, from pages, workers or the browser itself', () => {
    expect(w.requests.length).toBeGreaterThan(pages.length);
    expect(otherOrigins(w.requests)).toEqual([]);
    expect(w.proxied).toEqual([]);
  });

  it('violates no Content-Security-Policy directive and logs no error', () => {
    expect(violations).toEqual([]);
    const missingPage = (m: string) => m.includes('status of 404') && m.endsWith('/no-such-page/)');
    expect(w.console.filter((m) => !missingPage(m))).toEqual([]);
    expect(w.pageErrors).toEqual([]);
    expect(w.dialogs).toEqual([]);
  });

  it('is served with exactly the headers the policy defines, on every response', () => {
    expect(w.responses.length).toBeGreaterThan(pages.length);
    for (const response of w.responses) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(response.headers[name.toLowerCase()], `${name} on ${response.url}`).toBe(value);
      }
    }
  });

  it('sets no cookie, by header or by script', async () => {
    expect(await w.context.cookies()).toEqual([]);
    expect(cookies.filter(Boolean)).toEqual([]);
    expect(w.responses.filter((r) => 'set-cookie' in r.headers).map((r) => r.url)).toEqual([]);
  });

  it('finds nothing in any page, search results included, that could run code or load from elsewhere', () => {
    expect(markup).toEqual([]);
  });
});

describe('the watch itself can fail', () => {
  let w: Watch;
  beforeAll(async () => {
    w = await watch(site.browser, site.origin);
  });
  afterAll(async () => w?.close());

  it('records a request to another host, even one the page did not make', async () => {
    const page = await w.context.newPage();
    await page.goto('http://tracker.example/pixel.png').catch(() => {});
    expect(w.proxied).toContain('GET http://tracker.example/pixel.png');
    await page.close();
  });

  it('hears the policy block an injected inline script and a remote image, before any request leaves', async () => {
    w.proxied.length = 0;
    const page = await visit(w, '/claims/database-offered/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      const img = document.createElement('img');
      img.src = 'https://tracker.example/pixel.png';
      document.body.append(img);
      const style = document.createElement('style');
      style.textContent = 'body { color: red }';
      document.head.append(style);
    });
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    const seen = await violationsOf(page);
    expect(seen).toEqual(
      expect.arrayContaining([expect.stringMatching(/^script-src-elem inline/), expect.stringMatching(/^img-src https:\/\/tracker\.example\/pixel\.png/), expect.stringMatching(/^style-src-elem inline/)]),
    );
    expect(w.console.some((m) => m.includes('Content Security Policy'))).toBe(true);
    expect(w.proxied).toEqual([]);
    const audit = await auditPage(page);
    expect(audit).toEqual(expect.arrayContaining([expect.stringContaining('inline script'), expect.stringContaining('media <img src="https://tracker.example/pixel.png">'), expect.stringContaining('element <style>')]));
    await page.close();
  });
});

describe('the built files', () => {
  const ownCode = [...files(join(siteDir(), 'styles'), /\.css$/), ...files(join(siteDir(), 'scripts'), /\.m?js$/)].map((f) => ({ file: relative(siteDir(), f), text: readFileSync(f, 'utf8') }));

  it('load nothing from another host in their stylesheets and scripts', () => {
    const remote: string[] = [];
    for (const { file, text } of ownCode) {
      for (const m of text.match(/url\(\s*['"]?(?:https?:)?\/\/[^)]*\)|@import\s+[^;]*/gi) ?? []) remote.push(`${file}: ${m}`);
      for (const m of text.match(/\b(?:fetch|import)\(\s*['"`](?:https?:)?\/\/[^'"`]*/g) ?? []) remote.push(`${file}: ${m}`);
    }
    expect(ownCode.length).toBeGreaterThan(0);
    expect(remote).toEqual([]);
  });

  it('name no analytics, tracking or beacon service', () => {
    const trackers = /google-analytics|googletagmanager|gtag\(|plausible\.io|matomo|umami|segment\.(?:com|io)|hotjar|clarity\.ms|cloudflareinsights|doubleclick|facebook\.net|sendBeacon|ping=/i;
    const everything = files(siteDir(), /\.(?:html|js|mjs|css|json|xml)$/);
    expect(everything.filter((f) => trackers.test(readFileSync(f, 'utf8'))).map((f) => relative(siteDir(), f))).toEqual([]);
  });
});
