/**
 * The ids the site's own markup uses are one list (src/site/page-ids.ts): on every built page of an
 * entry with a body (claims, topics, reviews), each id is either in that list or a contributor
 * heading's, and none appears twice. A template that adds an id without listing it fails here.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/index';
import { isPageId } from '../../src/site/page-ids';
import { htmlFiles } from '../helpers/built-html';
import { siteDir } from '../helpers/site';

describe('ids on pages with an entry body', () => {
  it('are the site\'s own, listed once in page-ids.ts, or a heading\'s, and none twice', async () => {
    const { graph } = await loadCorpus({ contentDir: 'tests/fixtures/site/content', workers: 0 });
    const headings = new Set([...graph.list('claim'), ...graph.list('topic'), ...graph.list('review')].flatMap((e) => e.headings.map((h) => h.slug)));
    const pages = htmlFiles(siteDir())
      .map((file) => ({ file, path: relative(siteDir(), file).split('\\').join('/') }))
      .filter(({ path }) => /^(?:claims|topics|reviews)\/[^/]+\/index\.html$/.test(path));
    expect(new Set(pages.map((p) => p.path.split('/')[0]))).toEqual(new Set(['claims', 'topics', 'reviews']));
    for (const { file, path } of pages) {
      const ids = [...readFileSync(file, 'utf8').matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i), path).toEqual([]);
      expect(ids.filter((id) => !isPageId(id) && !headings.has(id)), path).toEqual([]);
    }
  });
});
