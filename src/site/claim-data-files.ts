/**
 * `/data/claims/<id>.json`, one file per claim. An Astro endpoint costs about a millisecond per
 * file in Astro's page pipeline (a request, a response, a stream read back), which at 10,000 claims
 * is seconds of build; these files are plain JSON, so the build writes them directly once Astro is
 * done, and the dev server answers them from the corpus. Content and layout: src/site/open-data.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { ValidEntry } from '../corpus/index';
import { citeContext } from './citations';
import { getCorpus } from './corpus';
import { claimFile } from './open-data';

const PATH = /^\/data\/claims\/([a-z0-9-]+)\.json$/;

export function claimDataFiles(): AstroIntegration {
  let base = '/';
  return {
    name: 'surveillance-claims:claim-data-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir }) => {
        const corpus = await getCorpus();
        const ctx = citeContext(base);
        const folder = join(fileURLToPath(dir), 'data', 'claims');
        mkdirSync(folder, { recursive: true });
        for (const claim of corpus.graph.list('claim')) {
          writeFileSync(join(folder, `${claim.id}.json`), JSON.stringify(claimFile(corpus, claim, ctx)));
        }
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0];
          const id = PATH.exec(base === '/' ? path : path.startsWith(base) ? `/${path.slice(base.length)}` : '')?.[1];
          if (!id) return next();
          void getCorpus().then((corpus) => {
            const claim = corpus.graph.get('claim', id);
            if (!claim?.data) return next();
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.end(JSON.stringify(claimFile(corpus, claim as ValidEntry<'claim'>, citeContext(base))));
          }, next);
        });
      },
    },
  };
}
