/** `/data/series.json`: every series of figures with its points (docs/data.md). */
import type { APIRoute } from 'astro';
import { citeContext } from '../../site/citations';
import { getCorpus } from '../../site/corpus';
import { DATA_LICENSE, DATA_VERSION, seriesRecord } from '../../site/open-data';

export const GET: APIRoute = async () => {
  const { graph } = await getCorpus();
  const ctx = citeContext(import.meta.env.BASE_URL);
  const series = graph.list('series').map((s) => seriesRecord(graph, s, ctx));
  return new Response(JSON.stringify({ version: DATA_VERSION, license: DATA_LICENSE, count: series.length, series }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
