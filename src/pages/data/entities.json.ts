/** `/data/entities.json`: every entity (docs/data.md). */
import type { APIRoute } from 'astro';
import { citeContext } from '../../site/citations';
import { getCorpus } from '../../site/corpus';
import { DATA_LICENSE, DATA_VERSION, entityRecord } from '../../site/open-data';

export const GET: APIRoute = async () => {
  const corpus = await getCorpus();
  const ctx = citeContext(import.meta.env.BASE_URL);
  const entities = corpus.graph.list('entity').map((e) => entityRecord(e, ctx));
  return new Response(JSON.stringify({ version: DATA_VERSION, license: DATA_LICENSE, count: entities.length, entities }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
