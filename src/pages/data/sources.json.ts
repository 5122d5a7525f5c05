/** `/data/sources.json`: every source as CSL-JSON, which reference managers import as it is (docs/data.md). */
import type { APIRoute } from 'astro';
import { cslJson } from '../../site/cite';
import { getCorpus } from '../../site/corpus';
import { sourceItem } from '../../site/open-data';

export const GET: APIRoute = async () => {
  const corpus = await getCorpus();
  return new Response(cslJson(corpus.graph.list('source').map((s) => sourceItem(corpus, s.id))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
