/**
 * The preview server (scripts/serve.mjs), which the offline edition ships and the browser tests use:
 * it sends the policy on every answer, errors included, keeps to its folder, and does not serve its
 * own configuration.
 */
import { request, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.mjs';
import { SECURITY_HEADERS } from '../../src/site/security-policy';
import { siteDir } from '../helpers/site';

let server: Server;
let origin: string;

beforeAll(async () => {
  ({ server, origin } = await serve(siteDir()));
});

afterAll(() => server?.close());

/** A raw request, so that the path reaches the server exactly as written. */
function get(path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      res.resume();
      resolve({ status: res.statusCode!, headers: res.headers });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the preview server', () => {
  it.each([
    ['/', 200],
    ['/claims', 301],
    ['/no-such-page/', 404],
    ['/%E0%A4%A', 400],
    ['/..%2f..%2fetc/passwd', 403],
  ])('answers %s with %i and the full policy', async (path, status) => {
    const response = await get(path);
    expect(response.status).toBe(status);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers[name.toLowerCase()], name).toBe(value);
  });

  it('does not serve the _headers file, as hosts do not', async () => {
    expect((await get('/_headers')).status).toBe(404);
  });

  it('redirects a folder to its slash form on the same host, never to another', async () => {
    expect((await get('/claims')).headers.location).toBe('/claims/');
    expect((await get('/%63laims')).headers.location).toBe('/%63laims/');
  });
});
