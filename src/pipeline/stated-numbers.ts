/**
 * Reads the numbers a passage states, as a reader would: "6,000", "1.2 billion", "6000余人",
 * "3.6万", "1.7萬", "五千多", "54亿", "31.08%", "近三成", "200-500元", "between $10,000 and $75,000", with
 * the word that qualifies each ("more than", 余, 多, "about", 约, "nearly", 近, "up to", 多达).
 * The checker uses it to prove a figure against the quote it rests on.
 */
import type { FigureQualifier } from '../schema/figure';

export interface StatedNumber {
  /** A single number; for a range, `low` and `high` instead. */
  value?: number;
  low?: number;
  high?: number;
  qualifier?: FigureQualifier;
  /** The passage as written, for messages: "6000余人" reads back as "6000余". */
  text: string;
}

/** A figure's quantity, as the schema gives it. */
export interface Quantity {
  value?: number;
  low?: number;
  high?: number;
  qualifier?: FigureQualifier;
}

const DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Multipliers written after a number in English or Chinese; the longest spelling first. */
const SCALE: Record<string, number> = {
  万亿: 1e12,
  萬億: 1e12,
  千万: 1e7,
  千萬: 1e7,
  百万: 1e6,
  百萬: 1e6,
  十万: 1e5,
  十萬: 1e5,
  万: 1e4,
  萬: 1e4,
  亿: 1e8,
  億: 1e8,
  千: 1e3,
  百: 1e2,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

const ARABIC = String.raw`(?<!\d)(?<!\d[.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d])`;
const HAN = '[〇零一二两兩三四五六七八九十百千万萬亿億]*[〇零一二两兩三四五六七八九十][〇零一二两兩三四五六七八九十百千万萬亿億]*';
const SCALE_WORD = String.raw`\s*(?:[万萬][亿億]|[千百十][万萬]|[万萬亿億千百]|(?:thousand|million|billion|trillion)\b)`;
/** 余 and 多 may sit between the number and its scale (6000余万) or after it (3.6万余). */
const MORE = '(?:余|餘|多)';
const ATOM = new RegExp(
  String.raw`(?:百分之(?<pct>${HAN}))|(?:(?<arabic>${ARABIC})|(?<han>${HAN}))(?<inner>${MORE})?(?<scale>${SCALE_WORD})?(?<tenths>成)?(?<after>\s*(?:${MORE}|以上|左右|\+|plus\b))?(?<percent>\s*(?:%|％|per ?cent\b))?`,
  'giu',
);

const BEFORE: [FigureQualifier, RegExp][] = [
  ['more-than', /(?:\b(?:more than|over|above|at least|upwards of|in excess of)|超过|超|逾|多于|高于)\s*$/i],
  ['nearly', /(?:\b(?:nearly|almost|close to)|将近|接近|近乎|近)\s*$/i],
  ['about', /(?:\b(?:about|around|approximately|roughly|some)|大约|约为|约|大概)\s*$/i],
  ['up-to', /(?:\b(?:up to|as many as|as much as)|最多|多达|高达)\s*$/i],
];
/** Currency signs and the like that may stand between a qualifier and its number. */
const SIGN_BEFORE = /(?:US\$|\$|¥|￥|RMB\s?|USD\s?)$/;
/** What joins two numbers into a range: "200-500", "200至500", "10,000 to 75,000 yuan", "between $1 and $2". */
const RANGE_JOIN = /^\s*(?:yuan|元|人|条|dollars|US dollars)?\s*(?:-|–|—|~|～|至|到|to\b|and\b)\s*(?:US\$|\$|¥|￥|RMB\s?|USD\s?)?/i;

/** Reads a number written in Chinese numerals: 三千 = 3000, 一亿二千万 = 120000000, 十五 = 15. */
export function readChineseNumeral(text: string): number | undefined {
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch in DIGIT) digit = DIGIT[ch];
    else if (ch in SMALL_UNIT) {
      section += (digit || 1) * SMALL_UNIT[ch];
      digit = 0;
    } else if (ch === '万' || ch === '萬') {
      total += (section + digit) * 1e4;
      section = digit = 0;
    } else if (ch === '亿' || ch === '億') {
      total = (total + section + digit) * 1e8;
      section = digit = 0;
    } else return undefined;
  }
  return total + section + digit;
}

/** Full-width digits and commas as ASCII, one character for one, so positions stay put. */
function normalise(text: string): string {
  return text.replace(/[０-９，]/g, (c) => (c === '，' ? ',' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

interface Atom extends StatedNumber {
  start: number;
  end: number;
  /** Whether a scale word was written (a range's lower end borrows the upper end's: 200-500万). */
  scale?: number;
}

function readAtoms(text: string): Atom[] {
  const atoms: Atom[] = [];
  for (const m of text.matchAll(ATOM)) {
    const g = m.groups!;
    let value: number | undefined;
    if (g.pct !== undefined) value = readChineseNumeral(g.pct);
    else if (g.arabic !== undefined) value = Number(g.arabic.replace(/,/g, ''));
    else value = readChineseNumeral(g.han!);
    if (value === undefined || !Number.isFinite(value)) continue;
    const scaleWord = g.scale?.trim().toLowerCase();
    const scale = scaleWord ? SCALE[scaleWord] : undefined;
    if (scale) value = value * scale;
    if (g.tenths) value = value * 10;
    const start = m.index;
    const before = text.slice(Math.max(0, start - 40), start).replace(SIGN_BEFORE, '');
    let qualifier = BEFORE.find(([, re]) => re.test(before))?.[0];
    const after = g.after?.trim();
    if (g.inner || after === '余' || after === '餘' || after === '多' || after === '以上' || after === '+' || after?.toLowerCase() === 'plus') qualifier = 'more-than';
    else if (after === '左右') qualifier = 'about';
    // Keep the digits' own precision: 1.2 × 10⁹ is 1200000000, not 1199999999.9999998.
    const rounded = Number(value.toPrecision(12));
    atoms.push({ value: rounded, qualifier, text: m[0].trim(), start, end: start + m[0].length, scale });
  }
  return atoms;
}

/** Every number the passage states, ranges joined, in order. */
export function readNumbers(passage: string): StatedNumber[] {
  const text = normalise(passage);
  const atoms = readAtoms(text);
  const out: StatedNumber[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i];
    const b = atoms[i + 1];
    const join = b ? RANGE_JOIN.exec(text.slice(a.end, b.start)) : null;
    if (b && join && join[0].length === b.start - a.end && b.qualifier === undefined) {
      const low = a.scale === undefined && b.scale !== undefined ? Number((a.value! * b.scale).toPrecision(12)) : a.value!;
      const isAnd = /and/i.test(join[0]);
      const between = /\bbetween\b\D{0,20}$/i.test(text.slice(Math.max(0, a.start - 30), a.start));
      if (low < b.value! && (!isAnd || between)) {
        out.push({ low, high: b.value, qualifier: a.qualifier, text: text.slice(a.start, b.end).trim() });
        i++;
        continue;
      }
    }
    out.push({ value: a.value, qualifier: a.qualifier, text: a.text });
  }
  return out;
}

function same(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 1e-9;
}

function sameQuantity(n: StatedNumber, q: Quantity): boolean {
  return same(n.value, q.value) && same(n.low, q.low) && same(n.high, q.high);
}

export type Finding =
  | { found: true; number: StatedNumber }
  /** The number is there, but the passage qualifies it differently ("more than 6,000" for a plain 6000). */
  | { found: false; differs: StatedNumber }
  | { found: false; stated: StatedNumber[] };

/** Whether a passage states a figure's quantity with the same qualifier. */
export function findQuantity(passages: readonly string[], quantity: Quantity): Finding {
  const stated = passages.flatMap(readNumbers);
  const matching = stated.filter((n) => sameQuantity(n, quantity));
  const exact = matching.find((n) => n.qualifier === quantity.qualifier);
  if (exact) return { found: true, number: exact };
  if (matching.length > 0) return { found: false, differs: matching[0] };
  return { found: false, stated };
}

/** "33,417", "0.8", "626 million", "1.2 billion": exact, with million and billion where they need at most three decimals. */
export function readableNumber(x: number): string {
  for (const [scale, word] of [[1e9, 'billion'], [1e6, 'million']] as const) {
    const scaled = x / scale;
    if (scaled >= 1 && Math.abs(Math.round(scaled * 1000) - scaled * 1000) < 1e-6) return `${Number(scaled.toFixed(3)).toLocaleString('en-US')} ${word}`;
  }
  return x.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/** "6,000", "200 to 500", "more than 6,000", "about 400 million": a quantity for messages and tables. */
export function formatQuantity(q: Quantity): string {
  const n = readableNumber;
  const amount = q.value !== undefined ? n(q.value) : `${n(q.low!)} to ${n(q.high!)}`;
  return q.qualifier ? `${QUALIFIER_WORDS[q.qualifier]} ${amount}` : amount;
}

export const QUALIFIER_WORDS: Record<FigureQualifier, string> = {
  'more-than': 'more than',
  about: 'about',
  nearly: 'nearly',
  'up-to': 'up to',
};
