/**
 * Near-duplicate claim statements: a new claim that restates an existing one. Statements become sets
 * of normalised words (Chinese as character pairs), and two claims are near-duplicates when the
 * sets overlap by at least SIMILARITY (Jaccard). Candidates come from prefix filtering: two sets that
 * similar must share one of their rarest few words, so each statement is compared only with the few
 * that share a rare word, never with all 10,000 others. The result is exact, not a sampling.
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
  // Most statements are plain ASCII, which a simple pattern splits many times faster.
  if (!/[^\x00-\x7f]/.test(statement)) {
    for (const [run] of statement.toLowerCase().matchAll(/[a-z0-9]+/g)) if (!STOP_WORDS.has(run)) words.add(run);
    return words;
  }
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
  words: Int32Array;
}

export const checkDuplicateStatements: CrossFileCheck = (graph, report) => {
  const claims = graph.list('claim');
  const sets = claims.map((c) => statementWords(c.data.statement));
  const frequency = new Map<string, number>();
  for (const set of sets) for (const w of set) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  // Number words by rarity (then alphabetically, for a stable order).
  const rarity = [...frequency.keys()].sort((a, b) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : 1));
  const number = new Map(rarity.map((w, i) => [w, i]));
  const statements: Statement[] = claims.map((claim, i) => ({ claim, words: Int32Array.from(sets[i], (w) => number.get(w)!).sort() }));

  // AllPairs (Bayardo et al. 2007): visit statements from shortest to longest; probe with each one's
  // prefix, but index only the shorter prefix that a later, longer statement can still share.
  const order = statements.map((_, i) => i).sort((a, b) => statements[a].words.length - statements[b].words.length || a - b);
  const postings = new Map<number, { list: number[]; start: number }>();
  const best = new Map<number, { other: number; similarity: number; count: number }>();
  const note = (a: number, b: number, similarity: number) => {
    const current = best.get(a);
    if (!current) best.set(a, { other: b, similarity, count: 1 });
    else {
      current.count++;
      if (similarity > current.similarity || (similarity === current.similarity && b < current.other)) Object.assign(current, { other: b, similarity });
    }
  };
  // The statement that last looked at each statement, instead of a set per statement.
  const lastSeen = new Int32Array(statements.length).fill(-1);
  const indexShare = (2 * SIMILARITY) / (1 + SIMILARITY);
  for (const i of order) {
    const words = statements[i].words;
    const n = words.length;
    if (n < MIN_WORDS) continue;
    const shortest = SIMILARITY * n;
    let candidates = 0;
    for (let p = 0, probe = n - Math.ceil(SIMILARITY * n) + 1; p < probe; p++) {
      const posting = postings.get(words[p]);
      if (!posting) continue;
      // Statements too short to match this one are too short for every later, longer one too.
      while (posting.start < posting.list.length && statements[posting.list[posting.start]].words.length < shortest) posting.start++;
      for (let k = posting.start; k < posting.list.length && candidates < MAX_CANDIDATES; k++) {
        const j = posting.list[k];
        if (lastSeen[j] === i) continue;
        lastSeen[j] = i;
        candidates++;
        const similarity = jaccard(words, statements[j].words);
        if (similarity >= SIMILARITY) {
          note(i, j, similarity);
          note(j, i, similarity);
        }
      }
    }
    for (let p = 0, indexed = n - Math.ceil(indexShare * n) + 1; p < indexed; p++) {
      const posting = postings.get(words[p]);
      if (posting) posting.list.push(i);
      else postings.set(words[p], { list: [i], start: 0 });
    }
  }

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
function jaccard(a: Int32Array, b: Int32Array): number {
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
