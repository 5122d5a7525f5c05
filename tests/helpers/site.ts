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

/** A page's text as a reader sees it: tags dropped, entities read, spaces as the page shows them. */
export function pageText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,:;)])/g, '$1')
    .replace(/\( /g, '(')
    .trim();
}
