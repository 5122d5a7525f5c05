/** `/data/claims.json`: every claim as a record (docs/data.md). */
import type { APIRoute } from 'astro';
import { citeContext } from '../../site/citations';
import { SITE } from '../../site/config';
import { getCorpus } from '../../site/corpus';
import { claimRecord, DATA_LICENSE, DATA_VERSION } from '../../site/open-data';

export const GET: APIRoute = async () => {
  const corpus = await getCorpus();
  const ctx = citeContext(import.meta.env.BASE_URL);
  const claims = corpus.graph.list('claim').map((c) => claimRecord(corpus, c, ctx));
  return new Response(JSON.stringify({ version: DATA_VERSION, license: DATA_LICENSE, site: SITE.name, count: claims.length, claims }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
