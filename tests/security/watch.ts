/**
 * A browser session that watches everything a reader's browser does on the site: every request (from
 * pages and workers), every Content-Security-Policy violation, console errors and policy warnings,
 * dialogs, and, as a net under all of it, a proxy that records any connection to a host other than
 * the site's own, whichever part of the browser makes it.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext } from 'playwright-core';

export interface Watch {
  context: BrowserContext;
  /** Every URL requested, by pages and their workers. */
  requests: string[];
  /** Requests the proxy received: anything addressed to another host. */
  proxied: string[];
  /** CSP violations, as `directive blocked-URL (page)`. */
  violations: string[];
  /** Console errors, and warnings about policies, Pagefind or blocked loads. */
  console: string[];
  /** Uncaught exceptions in pages. */
  pageErrors: string[];
  /** alert(), confirm() and prompt() dialogs: none should ever open. */
  dialogs: string[];
  /** Responses from the site, with their headers. */
  responses: { url: string; status: number; headers: Record<string, string> }[];
  close(): Promise<void>;
}

/** Warnings that mean a guarantee is broken or a feature silently degraded. */
const RELEVANT_WARNING = /Content[- ]Security[- ]Policy|Permissions[- ]Policy|Refused|Pagefind|blocked|violat/i;

/** Runs in every page before its own scripts: collects CSP violations the page reports. */
const LISTEN_FOR_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(e.effectiveDirective + ' ' + e.blockedURI + ' (' + location.pathname + ')');
  });
`;

async function startProxy(proxied: string[]): Promise<Server> {
  const proxy = createServer((request, response) => {
    proxied.push(`${request.method} ${request.url}`);
    response.writeHead(403).end();
  });
  proxy.on('connect', (request, socket) => {
    proxied.push(`CONNECT ${request.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return proxy;
}

export async function watch(browser: Browser, origin: string): Promise<Watch> {
  const proxied: string[] = [];
  const proxy = await startProxy(proxied);
  const context = await browser.newContext({
    // Only the site's own host is reached directly; every other connection goes to the recording proxy.
    proxy: { server: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`, bypass: new URL(origin).hostname },
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await context.addInitScript(LISTEN_FOR_VIOLATIONS);
  const headerReads: Promise<void>[] = [];
  const w: Watch = {
    context,
    requests: [],
    proxied,
    violations: [],
    console: [],
    pageErrors: [],
    dialogs: [],
    responses: [],
    async close() {
      await Promise.allSettled(headerReads);
      await context.close();
      await new Promise((resolve) => proxy.close(resolve));
    },
  };
  context.on('request', (r) => void w.requests.push(r.url()));
  // A test may close its page before Playwright has read a response's full headers. Such a
  // response is left out rather than recorded with headers() (which omits the security headers
  // the privacy test checks), and the read never rejects after the test has moved on.
  context.on('response', (r) => {
    if (new URL(r.url()).origin !== origin) return;
    headerReads.push(
      r.allHeaders().then(
        (headers) => void w.responses.push({ url: r.url(), status: r.status(), headers }),
        () => undefined,
      ),
    );
  });
  context.on('console', (m) => {
    if (m.type() === 'error' || (m.type() === 'warning' && RELEVANT_WARNING.test(m.text()))) {
      w.console.push(`${m.type()}: ${m.text()} (${m.page()?.url() ?? m.worker()?.url() ?? '?'})`);
    }
  });
  context.on('weberror', (e) => void w.pageErrors.push(e.error().message));
  context.on('page', (page) => {
    page.on('dialog', (d) => {
      w.dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
  });
  return w;
}

/** Collects the violations a page recorded (call before leaving it). */
export async function violationsOf(page: import('playwright-core').Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}
