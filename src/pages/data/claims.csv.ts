/** `/data/claims.csv`: one row per claim, for spreadsheets (docs/data.md). */
import type { APIRoute } from 'astro';
import { citeContext } from '../../site/citations';
import { getCorpus } from '../../site/corpus';
import { claimRecord, CSV_COLUMNS, csvLine, csvRow } from '../../site/open-data';

export const GET: APIRoute = async () => {
  const corpus = await getCorpus();
  const ctx = citeContext(import.meta.env.BASE_URL);
  let csv = csvLine(CSV_COLUMNS);
  for (const claim of corpus.graph.list('claim')) csv += csvLine(csvRow(claimRecord(corpus, claim, ctx)));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
