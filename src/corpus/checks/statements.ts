/**
 * Near-duplicate claim statements: a new claim that restates an existing one. Statements become sets
 * of normalised words (Chinese as character pairs), and two claims are near-duplicates when the
 * sets overlap by at least SIMILARITY (Jaccard). Candidates come from prefix filtering: two sets that
 * similar must share one of their rarest few words, so each statement is compared only with the few
 * that share a rare word, never with all 10,000 others.
 */
import { FILE_START } from '../../diagnostics/diagnostic';
import type { ValidEntry } from '../graph';
import type { CrossFileCheck } from './context';

/** Share of words two statements must have in common (of all the words in either). */
export const SIMILARITY = 0.7;
/** Statements with fewer words than this are too short to compare. */
const MIN_WORDS = 4;
/** Bound on comparisons per statement, so even a corpus of identical statements stays linear. */
const MAX_CANDIDATES = 1000;

const STOP_WORDS = new Set(
  'a an the of in on at to for by with from as and or but nor that this these those it its is are was were be been being has have had which who whom than then there their they them he she his her into over under about after before during between also not no'.split(' '),
);

/** The words of a statement: lowercase letters and digits, Chinese as overlapping character pairs. */
export function statementWords(statement: string): Set<string> {
  const words = new Set<string>();
  for (const [run] of statement.normalize('NFKC').toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    if (/\p{Script=Han}/u.test(run)) {
      const chars = [...run];
      if (chars.length === 1) words.add(run);
      for (let i = 0; i + 1 < chars.length; i++) words.add(chars[i] + chars[i + 1]);
    } else if (!STOP_WORDS.has(run)) words.add(run);
  }
  return words;
}

interface Statement {
  claim: ValidEntry<'claim'>;
  /** Word numbers, rarest first. */
  words: number[];
}

export const checkDuplicateStatements: CrossFileCheck = (graph, report) => {
  const claims = graph.list('claim');
  const sets = claims.map((c) => statementWords(c.data.statement));
  const frequency = new Map<string, number>();
  for (const set of sets) for (const w of set) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  // Number words by rarity (then alphabetically, for a stable order).
  const order = [...frequency.keys()].sort((a, b) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : 1));
  const number = new Map(order.map((w, i) => [w, i]));
  const statements: Statement[] = claims.map((claim, i) => ({ claim, words: [...sets[i]].map((w) => number.get(w)!).sort((a, b) => a - b) }));

  const postings = new Map<number, number[]>();
  const best = new Map<number, { other: number; similarity: number; count: number }>();
  const note = (a: number, b: number, similarity: number) => {
    const current = best.get(a);
    if (!current) best.set(a, { other: b, similarity, count: 1 });
    else {
      current.count++;
      if (similarity > current.similarity) Object.assign(current, { other: b, similarity });
    }
  };
  statements.forEach((s, i) => {
    const n = s.words.length;
    if (n < MIN_WORDS) return;
    const prefix = n - Math.ceil(SIMILARITY * n) + 1;
    const seen = new Set<number>();
    for (const w of s.words.slice(0, prefix)) {
      for (const j of postings.get(w) ?? []) {
        if (seen.size >= MAX_CANDIDATES) break;
        if (seen.has(j)) continue;
        seen.add(j);
        const other = statements[j].words;
        if (other.length < SIMILARITY * n || n < SIMILARITY * other.length) continue;
        const similarity = jaccard(s.words, other);
        if (similarity >= SIMILARITY) {
          note(i, j, similarity);
          note(j, i, similarity);
        }
      }
      const list = postings.get(w);
      if (list) list.push(i);
      else postings.set(w, [i]);
    }
  });

  for (const [i, { other, similarity, count }] of best) {
    const claim = statements[i].claim;
    const twin = statements[other].claim;
    const more = count > 1 ? ` (and ${count - 1} more)` : '';
    report(
      claim.file,
      claim.fields?.statement ?? FILE_START,
      'duplicate-statement',
      `The statement shares ${Math.round(similarity * 100)}% of its words with that of ${twin.file}${more}: "${twin.data.statement}"`,
    );
  }
};

/** Jaccard similarity of two sorted lists of distinct numbers. */
function jaccard(a: number[], b: number[]): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      common++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return common / (a.length + b.length - common);
}
