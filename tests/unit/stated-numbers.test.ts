import { describe, expect, it } from 'vitest';
import { findQuantity, formatQuantity, readChineseNumeral, readNumbers } from '../../src/pipeline/stated-numbers';

const values = (text: string) => readNumbers(text).map((n) => [n.value ?? [n.low, n.high], n.qualifier ?? null]);

describe('Chinese numerals', () => {
  it.each([
    ['三千', 3000],
    ['十五', 15],
    ['二十', 20],
    ['一百零五', 105],
    ['三万五千', 35000],
    ['十万', 100000],
    ['两万', 20000],
    ['一亿二千万', 120000000],
    ['一万亿', 1e12],
  ])('reads %s as %d', (text, value) => {
    expect(readChineseNumeral(text)).toBe(value);
  });

  it('refuses characters that are not numerals', () => {
    expect(readChineseNumeral('三人')).toBeUndefined();
  });
});

describe('numbers stated in a passage', () => {
  it('reads thousands separators and decimals', () => {
    expect(values('a court analysed 8,602 judgments; 31.08% of vehicle data')).toEqual([
      [8602, null],
      [31.08, null],
    ]);
  });

  it('reads English scale words', () => {
    expect(values('5.4 billion records and 1.2 billion people, 626 million cameras')).toEqual([
      [5400000000, null],
      [1200000000, null],
      [626000000, null],
    ]);
  });

  it('reads 余 and 多 after a number as "more than"', () => {
    expect(values('起訴侵犯公民個人信息犯罪分別是6000余人、9800余人、9300多人')).toEqual([
      [6000, 'more-than'],
      [9800, 'more-than'],
      [9300, 'more-than'],
    ]);
  });

  it('reads 万 and 亿 after digits, with 余 before or after the scale', () => {
    expect(values('近3.6万条, 54亿条, 6000余万, 1.2万余')).toEqual([
      [36000, 'nearly'],
      [5400000000, null],
      [60000000, 'more-than'],
      [12000, 'more-than'],
    ]);
  });

  it('reads numbers written in Chinese numerals with a qualifier', () => {
    expect(values('抓获犯罪嫌疑人五千多名, 内部人员四百五十余名')).toEqual([
      [5000, 'more-than'],
      [450, 'more-than'],
    ]);
  });

  it('reads tenths (成) and 百分之 as percentages', () => {
    expect(values('近三成被告人, 百分之三十')).toEqual([
      [30, 'nearly'],
      [30, null],
    ]);
  });

  it('reads English qualifiers before a number, past a currency sign', () => {
    expect(values('more than 6,000 people, about 400 million cameras, nearly $2, up to 75,000')).toEqual([
      [6000, 'more-than'],
      [400000000, 'about'],
      [2, 'nearly'],
      [75000, 'up-to'],
    ]);
  });

  it('does not take a word that merely ends like a qualifier', () => {
    expect(values('moreover 12 people')).toEqual([[12, null]]);
  });

  it('joins ranges with a hyphen, 至 or "to", the lower end borrowing the scale of the upper', () => {
    expect(values('每人200-500元; 200至500万元; 5,600 yuan to 9,000 yuan')).toEqual([
      [[200, 500], null],
      [[2000000, 5000000], null],
      [[5600, 9000], null],
    ]);
  });

  it('joins "between A and B" into a range but not a list of numbers joined by "and"', () => {
    expect(values('between approximately $10,000 and $75,000 for each inbox')).toEqual([[[10000, 75000], 'about']]);
    expect(values('more than 6,000, more than 9,800 and 9,300')).toEqual([
      [6000, 'more-than'],
      [9800, 'more-than'],
      [9300, null],
    ]);
  });

  it('reads full-width digits', () => {
    expect(values('６０００余人')).toEqual([[6000, 'more-than']]);
  });
});

describe('finding a figure in its quote', () => {
  it('finds a figure in the translation when the original writes it in Chinese', () => {
    expect(findQuantity(['抓获五千余名', 'caught more than 5,000'], { value: 5000, qualifier: 'more-than' })).toMatchObject({ found: true });
  });

  it('reports a number that the passage qualifies differently', () => {
    expect(findQuantity(['起诉6000余人'], { value: 6000 })).toEqual({ found: false, differs: { value: 6000, qualifier: 'more-than', text: '6000余' } });
  });

  it('lists what the passage does state when the number is not there', () => {
    expect(findQuantity(['起诉6000余人'], { value: 6500 })).toEqual({ found: false, stated: [{ value: 6000, qualifier: 'more-than', text: '6000余' }] });
  });

  it('finds a range only as a range', () => {
    expect(findQuantity(['200-500元'], { low: 200, high: 500 })).toMatchObject({ found: true });
    expect(findQuantity(['200-500元'], { value: 500 })).toMatchObject({ found: false });
  });

  it('formats a quantity for readers', () => {
    expect(formatQuantity({ value: 33417 })).toBe('33,417');
    expect(formatQuantity({ value: 6000, qualifier: 'more-than' })).toBe('more than 6,000');
    expect(formatQuantity({ low: 200, high: 500 })).toBe('200 to 500');
  });
});
