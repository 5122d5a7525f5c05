/** `/figures/<id>.csv`: the points of one series, for spreadsheets (docs/data.md). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ValidEntry } from '../../corpus/index';
import { citeContext } from '../../site/citations';
import { getCorpus } from '../../site/corpus';
import { csvLine, SERIES_CSV_COLUMNS, seriesCsvRows } from '../../site/open-data';

export const getStaticPaths: GetStaticPaths = async () => {
  const { graph } = await getCorpus();
  return graph.list('series').map((series) => ({ params: { id: series.id }, props: { series } }));
};

export const GET: APIRoute = async ({ props }) => {
  const { graph } = await getCorpus();
  const { series } = props as { series: ValidEntry<'series'> };
  const ctx = citeContext(import.meta.env.BASE_URL);
  let csv = csvLine(SERIES_CSV_COLUMNS);
  for (const row of seriesCsvRows(graph, series, ctx)) csv += csvLine(row);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
