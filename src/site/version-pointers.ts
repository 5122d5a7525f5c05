/**
 * The address of each claim's current version (`/claims/<id>/v<N>/`), which "Cite this claim"
 * offers as "this version". While version N is current it shows the same as the claim's own page,
 * so it is a small page that sends the reader there; once the claim changes, the same address is
 * rendered in full as an old version (src/pages/claims/[id]/[version].astro). Rendering every
 * current version in full would double the claim pages of a build; written here, outside Astro's
 * page pipeline, these pages cost a file write each (docs/architecture.md, "Citable versions").
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { ValidEntry } from '../corpus/index';
import { escapeHtml as e } from '../pipeline/render';
import { localAddressBanner } from './address-notice';
import { claimVersions } from './claim-history';
import { SITE } from './config';
import { getCorpus } from './corpus';
import { formatDate } from './present';
import { META_CONTENT_SECURITY_POLICY, REFERRER_POLICY } from './security-policy';
import { entryPath, sitePath } from './urls';

/** The page at a current version's address. */
export function versionPointerHtml(claim: ValidEntry<'claim'>, number: number, date: string, base: string): string {
  const living = entryPath(base, claim);
  const banner = localAddressBanner();
  return [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${e(META_CONTENT_SECURITY_POLICY)}">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="${e(REFERRER_POLICY)}">`,
    `<title>${e(claim.data.title)} (version ${number}, current) · ${e(SITE.name)}</title>`,
    `<meta name="robots" content="noindex"><link rel="canonical" href="${e(SITE.url + living)}">`,
    // A path, not the site's address: the page must also work in a preview or an offline copy.
    `<meta http-equiv="refresh" content="0; url=${e(living)}">`,
    `<link rel="stylesheet" href="${e(sitePath(base, 'styles/site.css'))}"></head><body>`,
    banner ? `<aside class="address-banner" aria-label="Local preview" data-pagefind-ignore="all">${e(banner)}</aside>` : '',
    `<main id="main" class="wrap"><h1>${e(claim.data.title)}</h1>`,
    `<p>Version ${number} of this claim, from ${formatDate(date)}, is its current version: <a href="${e(living)}">read it on the claim's page</a>. `,
    `This address keeps showing version ${number} after the claim changes.</p></main></body></html>\n`,
  ].join('');
}

const PATH = /^\/claims\/([a-z0-9-]+)\/v([0-9]+)\/(?:index\.html)?$/;

export function versionPointers(): AstroIntegration {
  let base = '/';
  return {
    name: 'surveillance-claims:version-pointers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir }) => {
        const corpus = await getCorpus();
        for (const claim of corpus.graph.list('claim')) {
          const current = claimVersions(corpus.history, claim).current;
          if (!current) continue;
          const folder = join(fileURLToPath(dir), 'claims', claim.id, `v${current.number}`);
          mkdirSync(folder, { recursive: true });
          writeFileSync(join(folder, 'index.html'), versionPointerHtml(claim, current.number, current.date, base));
        }
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0];
          const match = PATH.exec(base === '/' ? path : path.startsWith(base) ? `/${path.slice(base.length)}` : '');
          if (!match) return next();
          void getCorpus().then((corpus) => {
            const claim = corpus.graph.get('claim', match[1]);
            const current = claim?.data && claimVersions(corpus.history, claim as ValidEntry<'claim'>).current;
            if (!current || current.number !== Number(match[2])) return next();
            res.setHeader('Content-Type', 'text/html; charset=utf-8');
            res.end(versionPointerHtml(claim as ValidEntry<'claim'>, current.number, current.date, base));
          }, next);
        });
      },
    },
  };
}
