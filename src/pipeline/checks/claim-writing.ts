/**
 * Warnings on how a claim is written, each judged from the claim's own file: a statement of one
 * word, a Chinese quote declared English with no translation, a body with no text. A claim that
 * repeats another's quote needs the other files, so it is judged on the graph
 * (src/corpus/checks/quotes.ts).
 */
import { diagnostic, type Diagnostic, type Span } from '../../diagnostics/diagnostic';
import type { EntryCheck } from './context';

const HAN = /\p{Script=Han}/gu;
const LETTER = /\p{L}/gu;
/** Han characters that make a statement a phrase, not a word: Chinese is written without spaces. */
const HAN_PHRASE = 4;

export const checkOneWordStatement: EntryCheck<'claim'> = (ctx) => {
  const statement = ctx.data.statement.trim();
  if (/\s/.test(statement) || (statement.match(HAN)?.length ?? 0) >= HAN_PHRASE) return;
  ctx.report(
    ctx.spanOf(['statement']),
    'one-word-statement',
    `The statement is one word ("${statement}"); readers quote the statement as the claim, so it is a sentence.`,
  );
};

/** A passage is Chinese when at least half of its letters are Han characters (an English quote may name a term in Chinese). */
export function isChinese(text: string): boolean {
  const han = text.match(HAN)?.length ?? 0;
  return han > 0 && han * 2 >= (text.match(LETTER)?.length ?? 0);
}

export const checkQuoteLanguage: EntryCheck<'claim'> = (ctx) => {
  ctx.data.evidence.forEach(({ quote }, i) => {
    if (!/^en(?:-|$)/i.test(quote.language) || quote.translation !== undefined || !isChinese(quote.text)) return;
    ctx.report(
      ctx.spanOf(['evidence', i, 'quote', 'language']),
      'quote-language-mismatch',
      `The quote of evidence[${i}] is in Chinese but is declared language: ${quote.language}, and has no translation.`,
    );
  });
};

/** MDX comments, which readers never see (the template of `npm run new` is one). */
const COMMENT = /\{\/\*[\s\S]*?\*\/\}/;

/** A claim whose body has no text, reported at the frontmatter's closing line, under which the text goes. */
export function emptyBody(file: string, body: string, fence: Span): Diagnostic | undefined {
  if (body.replace(new RegExp(COMMENT, 'g'), '').trim() !== '') return undefined;
  const comment = COMMENT.test(body) ? ' (only a comment, which readers do not see)' : '';
  return diagnostic(file, fence, 'empty-body', `The claim has no text below its frontmatter${comment}; readers see only the statement and the quotes.`);
}
