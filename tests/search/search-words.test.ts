/**
 * The search page's judgement of English words (public/scripts/search-words.js), run in Node:
 * phrases and quantities, which words a result truly matched, edit distance and the nearest word.
 */
import { describe, expect, it } from 'vitest';
import { editDistance, englishQuery, matches, nearestWord, parseVocabulary, unmatched } from '../../public/scripts/search-words.js';

describe('a query’s English part', () => {
  it('takes a number and the word after it as a quantity, but not a year', () => {
    expect(englishQuery('1 billion')).toEqual({ phrases: [], quantities: ['1 billion'], words: [] });
    expect(englishQuery('5.4 billion records')).toEqual({ phrases: [], quantities: ['5.4 billion'], words: ['records'] });
    expect(englishQuery('2022 leak')).toEqual({ phrases: [], quantities: [], words: ['2022', 'leak'] });
  });

  it('takes what is in quotes as a phrase, straight or curly, closed or not', () => {
    expect(englishQuery('"police database" Shanghai')).toEqual({ phrases: ['police database'], quantities: [], words: ['Shanghai'] });
    expect(englishQuery('“facial  recognition”')).toEqual({ phrases: ['facial recognition'], quantities: [], words: [] });
    expect(englishQuery('"face recog')).toEqual({ phrases: ['face recog'], quantities: [], words: [] });
  });

  it('never searches a letter on its own', () => {
    expect(englishQuery('Li X')).toEqual({ phrases: [], quantities: [], words: ['Li'] });
    expect(englishQuery('x')).toEqual({ phrases: [], quantities: [], words: [] });
    expect(englishQuery('7')).toEqual({ phrases: [], quantities: [], words: ['7'] });
  });
});

describe('what a result truly matched', () => {
  it('is a word starting with the query word, or sharing half of it', () => {
    expect(matches('surveil', 'surveillance')).toBe(true);
    expect(matches('policing', 'police')).toBe(true);
    expect(matches('offering', 'offer')).toBe(true);
    expect(matches('xinjang', 'x')).toBe(false);
    expect(matches('shangai', 'sh')).toBe(false);
  });

  it('names the query words a result matched only by a letter or two', () => {
    const data = { content: 'A case of Li X and the police.', locations: [4, 7], meta: { title: 'A case', summary: 'Li X' } };
    expect(unmatched(['xinjang'], data)).toEqual(['xinjang']);
    expect(unmatched(['xinjang', 'police'], data)).toEqual(['xinjang']);
    expect(unmatched(['police'], data)).toEqual([]);
    expect(unmatched(['cases'], data)).toEqual([]);
  });

  it('counts the parts of a hyphenated word', () => {
    expect(unmatched(['police'], { content: 'the cyber-police said', locations: [1], meta: {} })).toEqual([]);
  });
});

describe('did you mean', () => {
  const vocabulary = parseVocabulary('police 120\nShanghai 40\nTelegram 30\nbitcoin 12\nXinjiang 9\nshanghaied 1\n');

  it('counts an adjacent swap as one edit', () => {
    expect(editDistance('bitcion', 'bitcoin', 2)).toBe(1);
    expect(editDistance('telegarm', 'telegram', 2)).toBe(1);
    expect(editDistance('shangai', 'shanghai', 2)).toBe(1);
    expect(editDistance('police', 'xyzzyqq', 2)).toBe(3);
  });

  it('offers the nearest word of the vocabulary, as most pages write it', () => {
    expect(nearestWord('Shangai', vocabulary)).toBe('Shanghai');
    expect(nearestWord('Telegarm', vocabulary)).toBe('Telegram');
    expect(nearestWord('bitcion', vocabulary)).toBe('bitcoin');
    expect(nearestWord('xinjang', vocabulary)).toBe('Xinjiang');
  });

  it('offers nothing for a word of the vocabulary, or for one far from every word', () => {
    expect(nearestWord('police', vocabulary)).toBeUndefined();
    expect(nearestWord('xyzzyqq', vocabulary)).toBeUndefined();
  });
});
