/**
 * The security policy is defined once (src/site/security-policy.ts): the header file, the host
 * configurations, the pages' meta tags and the local server all say exactly the same thing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedBlocks, headersFile, updateGeneratedBlocks } from '../../scripts/lib/host-headers';
import { readHeaders } from '../../scripts/serve.mjs';
import {
  CONTENT_SECURITY_POLICY,
  CSP_DIRECTIVES,
  META_CONTENT_SECURITY_POLICY,
  PERMISSIONS_POLICY,
  SECURITY_HEADERS,
} from '../../src/site/security-policy';
import { page } from '../helpers/site';

/** A CSP string as directive → sources. */
function parseCsp(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );
}

describe('the Content-Security-Policy', () => {
  const csp = parseCsp(CONTENT_SECURITY_POLICY);

  it('lets only the site itself load anything, and nothing frame it', () => {
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'none'"]);
  });

  it('runs only script files the site ships, plus the WebAssembly and worker Pagefind needs', () => {
    expect(csp['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp['worker-src']).toEqual(["'self'", 'blob:']);
  });

  it('allows nothing inline and nothing evaluated, in any directive', () => {
    for (const [directive, sources] of Object.entries(csp)) {
      for (const banned of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'strict-dynamic'", '*', 'data:', 'http:', 'https:']) {
        expect(sources, directive).not.toContain(banned);
      }
    }
  });

  it('names no other host anywhere', () => {
    const sources = Object.values(csp).flat();
    expect(sources.filter((s) => !/^'[a-z-]+'$/.test(s) && s !== 'blob:')).toEqual([]);
  });

  it('is carried by a meta tag without the directives a meta tag cannot hold', () => {
    const meta = parseCsp(META_CONTENT_SECURITY_POLICY);
    const { 'frame-ancestors': _framed, ...rest } = csp;
    expect(meta).toEqual(rest);
    expect(Object.keys(CSP_DIRECTIVES)).toContain('frame-ancestors');
  });
});

describe('the other headers', () => {
  it('send no referrer, forbid sniffing and framing, and switch off unused browser features', () => {
    expect(SECURITY_HEADERS['Referrer-Policy']).toBe('no-referrer');
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    expect(SECURITY_HEADERS['X-Frame-Options']).toBe('DENY');
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics', 'private-state-token-redemption']) {
      expect(PERMISSIONS_POLICY).toContain(`${feature}=()`);
    }
  });

  it('keep only the clipboard for the site itself, for copy buttons', () => {
    const allowed = PERMISSIONS_POLICY.split(', ').filter((p) => !p.endsWith('=()'));
    expect(allowed).toEqual(['clipboard-write=(self)']);
  });
});

describe('the written copies of the policy', () => {
  it('public/_headers is exactly what the policy generates (run `npm run headers` after changing it)', () => {
    expect(readFileSync('public/_headers', 'utf8')).toBe(headersFile());
  });

  it('docs/security.md shows the current configuration for every kind of host', () => {
    const doc = readFileSync('docs/security.md', 'utf8');
    expect(generatedBlocks(doc)).toEqual(['headers', 'nginx', 'apache', 'caddy', 'meta']);
    expect(doc).toBe(updateGeneratedBlocks(doc));
  });

  it('the local server reads from _headers exactly the headers the policy defines', () => {
    expect(readHeaders('public')).toEqual(SECURITY_HEADERS);
  });

  it('fits the limits of Cloudflare Pages (2,000 characters a line)', () => {
    for (const line of headersFile().split('\n')) expect(line.length).toBeLessThanOrEqual(2000);
  });

  it('every built page carries the meta policy first in its head, before anything it governs', () => {
    for (const path of ['/', '/claims/database-offered/', '/search/', '/about/']) {
      const head = page(path).split('</head>')[0];
      const metaAt = head.indexOf(`<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}">`);
      expect(metaAt, path).toBeGreaterThan(-1);
      for (const loads of ['<link', '<script', '<style']) {
        const at = head.indexOf(loads);
        if (at >= 0) expect(at, `${path} ${loads}`).toBeGreaterThan(metaAt);
      }
      expect(head).toContain('<meta name="referrer" content="no-referrer">');
    }
  });
});
