/** The vocabulary file for "Did you mean": words by the pages they are on, in the form most write them. */
import { describe, expect, it } from 'vitest';
import type { SearchRecord } from '../../src/site/search-records';
import { vocabulary } from '../../scripts/lib/search-vocabulary';

function record(content: string, title = '', summary = ''): SearchRecord {
  return { url: '/x/', language: 'en', content, meta: { title, summary }, filters: {}, dateKey: '0' };
}

describe('the vocabulary', () => {
  it('counts pages, not occurrences, most pages first, in the form most often written', () => {
    const lines = vocabulary([record('Shanghai police, shanghai police.', 'Police'), record('The Shanghai leak'), record('police 10 bitcoin')]);
    expect(lines).toEqual(['police 2', 'Shanghai 2', 'bitcoin 1', 'leak 1', 'The 1']);
  });

  it('leaves out numbers, words of two letters and Chinese', () => {
    expect(vocabulary([record('5.4 bn of ID 人脸识别 records')])).toEqual(['records 1']);
  });
});
