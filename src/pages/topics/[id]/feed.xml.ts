/** `/topics/<id>/feed.xml`: changes to the claims of one topic. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ValidEntry } from '../../../corpus/index';
import { citeContext } from '../../../site/citations';
import { SITE } from '../../../site/config';
import { getCorpus } from '../../../site/corpus';
import { claimFeed } from '../../../site/feeds';
import { claimsOfTopic } from '../../../site/indexes';

export const getStaticPaths: GetStaticPaths = async () => {
  const corpus = await getCorpus();
  return corpus.graph.list('topic').map((topic) => ({ params: { id: topic.id }, props: { topic } }));
};

export const GET: APIRoute = async ({ props }) => {
  const corpus = await getCorpus();
  const topic = props.topic as ValidEntry<'topic'>;
  return claimFeed(corpus, claimsOfTopic(corpus.graph, topic.id), citeContext(import.meta.env.BASE_URL), {
    title: `${SITE.name}: ${topic.data.title}`,
    description: `New and changed claims in the topic "${topic.data.title}": ${topic.data.summary}`,
    path: `topics/${topic.id}/feed.xml`,
  });
};
