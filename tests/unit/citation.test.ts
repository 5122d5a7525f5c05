import { describe, expect, it } from 'vitest';
import { findCitations, formatLocator, parseLocator } from '../../src/pipeline/citation';

describe('Pandoc citations', () => {
  it('finds a bare citation', () => {
    expect(findCitations('It was sold [@reuters-2022].')).toEqual([{ start: 12, end: 27, items: [{ source: 'reuters-2022' }] }]);
  });

  it('reads a locator, a prefix and several sources', () => {
    expect(findCitations('[see @a, p. 4; @b, para. 3]')[0].items).toEqual([
      { source: 'a', prefix: 'see', locatorText: 'p. 4', locator: { page: '4' } },
      { source: 'b', locatorText: 'para. 3', locator: { paragraph: 3 } },
    ]);
  });

  it('ignores brackets without a citation key and e-mail addresses', () => {
    expect(findCitations('a [note] and [mail me@example.org] here')).toEqual([]);
  });

  it('explains a malformed key', () => {
    expect(findCitations('[@Bad_Key]')[0].problem).toBe('"@Bad_Key" is not a source id; ids are kebab-case, for example @reuters-shanghai-police-leak-2022');
  });

  it('explains an unknown locator label', () => {
    expect(findCitations('[@a, chapter 3]')[0].problem).toBe('the locator "chapter 3" does not start with a known label (p., pp., para., sec., art. or at)');
  });
});

describe('locators', () => {
  it.each([
    ['p. 4', { page: '4' }],
    ['pp. 12-13', { page: '12-13' }],
    ['para. 3', { paragraph: 3 }],
    ['¶ 3', { paragraph: 3 }],
    ['sec. Key findings', { section: 'Key findings' }],
    ['art. 37', { section: 'Article 37' }],
    ['at 1:02:30', { timestamp: '1:02:30' }],
  ])('reads %s', (text, locator) => expect(parseLocator(text)).toEqual(locator));

  it.each([
    ['para. three', 'the paragraph in "para. three" should be a whole number, e.g. "para. 3"'],
    ['at noon', 'the time in "at noon" should look like "at 4:05" or "at 1:02:30"'],
    ['p.', 'the locator "p." has a label but no value'],
  ])('rejects %s', (text, message) => expect(parseLocator(text)).toBe(message));

  it('writes locators back in citation form', () => {
    expect(formatLocator({ section: 'Article 28', paragraph: 2 })).toBe('art. 28, para. 2');
    expect(formatLocator({ page: '12-13' })).toBe('pp. 12-13');
    expect(formatLocator({ timestamp: '4:05' })).toBe('at 4:05');
  });
});
