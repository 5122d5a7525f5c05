// The words of an English query, as the search page judges them: which ones a result truly
// matched, which are an exact phrase, and what a mistyped word was probably meant to be. Pure
// functions, with no DOM, so that tests run them in Node as well as in the page.

/** Two words a reader types as one quantity: a number and the word after it (`1 billion`, `10 bitcoin`). */
const NUMBER = /^\d+(?:[.,]\d+)*$/;
/** A year is not a quantity: `2022 leak` is two words, not a phrase. */
const YEAR = /^(?:19|20)\d\d$/;
const LETTERS = /^\p{L}/u;

/**
 * A query's English part: exact phrases (what the reader put in quotes), quantities (a number and
 * the word after it, an exact phrase if the index has one) and loose words. A word of one letter
 * is never searched on its own: Pagefind would find every page with "Li X" in it.
 */
export function englishQuery(text) {
  const phrases = [];
  const rest = text.replace(/["“”„]([^"“”„]*)["“”„]?/g, (_, phrase) => {
    if (phrase.trim()) phrases.push(phrase.trim().split(/\s+/).join(' '));
    return ' ';
  });
  const tokens = rest.split(/\s+/).filter(Boolean);
  const quantities = [];
  const words = [];
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    if (NUMBER.test(tokens[i]) && !YEAR.test(tokens[i]) && next && LETTERS.test(next)) {
      quantities.push(`${tokens[i]} ${next}`);
      i++;
    } else if (normalize(tokens[i]).length > 1 || /\d/.test(tokens[i])) {
      words.push(tokens[i]);
    }
  }
  return { phrases, quantities, words };
}

/** A word as Pagefind compares it: lower case, without diacritics or punctuation. */
export function normalize(word) {
  return word.toLowerCase().normalize('NFD').replace(/[\p{M}\p{P}]/gu, '');
}

function commonPrefix(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Whether a word of a page is a match for a word of the query. Pagefind matches the stem of a
 * query word, and every word that starts with it (`surveil` finds surveillance); when no word
 * does, it falls back to the longest indexed word the query word starts with, down to a single
 * letter (`xinjang` finds "X"). A match must share at least half the query word, and two letters.
 */
export function matches(term, word) {
  if (word.startsWith(term)) return true;
  return word.length > 1 && commonPrefix(term, word) >= Math.max(2, Math.ceil(term.length / 2));
}

/** Words of a result Pagefind may have matched: those at the matched places, and every word of its title and summary. */
function resultWords(data) {
  const content = (data.raw_content ?? data.content ?? '').split(/[^\S\uFEFF]+/);
  const words = data.locations.map((i) => content[i] ?? '');
  for (const value of Object.values(data.meta ?? {})) words.push(...String(value).split(/\s+/));
  // `cyber-police` is indexed as itself and as its parts.
  return words.flatMap((w) => [normalize(w), ...w.split(/\p{P}+/u).map(normalize)]).filter(Boolean);
}

/**
 * The query words a result did not truly match. Pagefind's fallback applies to a word wherever it
 * searches, so the top result answers for all of them: a word it matched only by a letter or two
 * matched nothing.
 */
export function unmatched(words, data) {
  const found = resultWords(data);
  return words.filter((w) => {
    const term = normalize(w);
    return term.length > 0 && !found.some((word) => matches(term, word));
  });
}

/** Edit distance with adjacent swaps counted once (`bitcion` is one from `bitcoin`), or `max + 1` when above `max`. */
export function editDistance(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j], before[j - 2] + 1);
      best = Math.min(best, row[j]);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length];
}

/** How far a word may be from what was meant: one edit up to four letters, two beyond. */
function tolerance(term) {
  return term.length <= 4 ? 1 : 2;
}

/**
 * The vocabulary file: a line per word, `word pages`, most pages first (see
 * scripts/lib/search-index.ts), parsed to [normalized, shown, pages].
 */
export function parseVocabulary(text) {
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [shown, pages] = line.split(' ');
      return [normalize(shown), shown, Number(pages)];
    });
}

/**
 * The word of the vocabulary a query word was most likely meant to be: the nearest, and of those
 * the one on most pages. Undefined for a word of the vocabulary itself, or when nothing is near.
 */
export function nearestWord(word, vocabulary) {
  const term = normalize(word);
  if (vocabulary.some(([w]) => w === term)) return undefined;
  const max = tolerance(term);
  let best;
  for (const [w, shown, pages] of vocabulary) {
    const distance = editDistance(term, w, max);
    if (distance > max) continue;
    if (!best || distance < best.distance || (distance === best.distance && pages > best.pages)) best = { distance, shown, pages };
  }
  return best?.shown;
}
