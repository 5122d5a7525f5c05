/** `/feed.xml`: every change to a claim, newest first. */
import type { APIRoute } from 'astro';
import { citeContext } from '../site/citations';
import { SITE } from '../site/config';
import { getCorpus } from '../site/corpus';
import { claimFeed, SITE_FEED } from '../site/feeds';

export const GET: APIRoute = async () => {
  const corpus = await getCorpus();
  return claimFeed(corpus, corpus.graph.list('claim'), citeContext(import.meta.env.BASE_URL), { ...SITE_FEED, description: `New and changed claims on ${SITE.name}.` });
};
