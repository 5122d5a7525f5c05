/** Reading the fixture site that the global setup built. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';

export function siteDir(): string {
  return inject('siteDir');
}

/** The HTML of a built page, by its URL path (`/claims/x/`). */
export function page(path: string): string {
  return readFileSync(join(siteDir(), path.replace(/^\//, ''), path.endsWith('/') ? 'index.html' : ''), 'utf8');
}
