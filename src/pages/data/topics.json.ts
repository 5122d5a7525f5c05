/** `/data/topics.json`: every topic (docs/data.md). */
import type { APIRoute } from 'astro';
import { citeContext } from '../../site/citations';
import { getCorpus } from '../../site/corpus';
import { DATA_LICENSE, DATA_VERSION, topicRecord } from '../../site/open-data';

export const GET: APIRoute = async () => {
  const corpus = await getCorpus();
  const ctx = citeContext(import.meta.env.BASE_URL);
  const topics = corpus.graph.list('topic').map((t) => topicRecord(t, ctx));
  return new Response(JSON.stringify({ version: DATA_VERSION, license: DATA_LICENSE, count: topics.length, topics }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
