/**
 * The vocabulary of the English index, for "Did you mean ...": every word of three letters or
 * more in the English records (content, title and summary), with the number of pages it is on.
 * The search page loads it only when a query finds nothing or little (public/scripts/search.js),
 * and offers the nearest word by edit distance (public/scripts/search-words.js).
 *
 * A line per word, `word pages`, most pages first; each word in the form most pages write it
 * (`Shanghai`, `bitcoin`). Words on one page only are left out beyond `MAX_WORDS`, so the file
 * stays small however large the corpus grows.
 */
import { writeFile } from 'node:fs/promises';
import type { SearchRecord } from '../../src/site/search-records';

/** The vocabulary file inside the English bundle. */
export const VOCABULARY = 'words.txt';
/** At most this many words: at ~12 bytes a line, about 100 KB before compression. */
const MAX_WORDS = 8000;
/** Letters only: numbers, codes and URLs are not words anyone misspells. */
const WORD = /\p{L}{3,}/gu;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;

/** The lines of the vocabulary file for these records. */
export function vocabulary(records: readonly SearchRecord[]): string[] {
  /** Pages by word in lower case, and how often each form of it is written. */
  const pages = new Map<string, number>();
  const forms = new Map<string, Map<string, number>>();
  for (const record of records) {
    const seen = new Set<string>();
    for (const text of [record.content, record.meta.title, record.meta.summary]) {
      for (const [form] of text.matchAll(WORD)) {
        if (HAN.test(form)) continue;
        const word = form.toLowerCase();
        let counts = forms.get(word);
        if (!counts) forms.set(word, (counts = new Map()));
        counts.set(form, (counts.get(form) ?? 0) + 1);
        if (!seen.has(word)) {
          seen.add(word);
          pages.set(word, (pages.get(word) ?? 0) + 1);
        }
      }
    }
  }
  const ranked = [...pages].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_WORDS);
  return ranked.map(([word, count]) => `${mostWritten(forms.get(word)!)} ${count}`);
}

/** The form written most often; of equals, the lower-case one. */
function mostWritten(counts: Map<string, number>): string {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] > b[0] ? -1 : 1))[0][0];
}

export async function writeVocabulary(records: readonly SearchRecord[], path: string): Promise<void> {
  await writeFile(path, `${vocabulary(records).join('\n')}\n`);
}
