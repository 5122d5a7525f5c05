/**
 * The example queries the search page offers: chosen by hand for what readers look for, and kept
 * only where the corpus has them, so an example never leads to "No results" (the browser tests
 * search each one on content/).
 */
import type { ContentGraph } from '../corpus/index';
import { KINDS, type Kind } from '../schema/index';

/** In order of preference. */
const CANDIDATES = ['人脸识别', 'facial recognition', '开盒', 'Telegram', 'police database', '个人信息保护法', 'doxxing', 'face recognition', '公安部'];
const MAX_EXAMPLES = 6;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/u;

export interface SearchExamples {
  /** Queries to offer, English and Chinese. */
  queries: string[];
  /** One in Chinese, for the label of the search box. */
  chinese?: string;
  /** One of several words, to show that quotes make an exact phrase. */
  phrase?: string;
}

/** The candidates that some entry's text contains (in any case, as whole words). */
export function searchExamples(graph: ContentGraph): SearchExamples {
  const texts: string[] = [];
  for (const kind of Object.keys(KINDS) as Kind[]) {
    for (const entry of graph.list(kind)) texts.push(`${JSON.stringify(entry.data)} ${entry.html ?? ''}`.toLowerCase());
  }
  const queries = CANDIDATES.filter((query) => {
    const q = query.toLowerCase();
    if (HAN.test(q)) return texts.some((t) => t.includes(q));
    const word = new RegExp(`(?<![\\p{L}\\p{N}])${q.replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'u');
    return texts.some((t) => t.includes(q.split(' ')[0]) && word.test(t));
  }).slice(0, MAX_EXAMPLES);
  return { queries, chinese: queries.find((q) => HAN.test(q)), phrase: queries.find((q) => q.includes(' ')) };
}
