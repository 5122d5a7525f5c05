/** `/data/claims/<id>.json`: one claim with its sources as CSL-JSON (docs/data.md). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ValidEntry } from '../../../corpus/index';
import { citeContext } from '../../../site/citations';
import { getCorpus } from '../../../site/corpus';
import { claimFile } from '../../../site/open-data';

export const getStaticPaths: GetStaticPaths = async () => {
  const corpus = await getCorpus();
  return corpus.graph.list('claim').map((claim) => ({ params: { id: claim.id }, props: { claim } }));
};

export const GET: APIRoute = async ({ props }) => {
  const corpus = await getCorpus();
  const body = claimFile(corpus, props.claim as ValidEntry<'claim'>, citeContext(import.meta.env.BASE_URL));
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
