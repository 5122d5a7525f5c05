/**
 * Each figure on a claim proven against its evidence: the source that counted it is cited by the
 * claim, the quote from that source states the number with the same qualifier, and a number a seller
 * asserts is marked as a seller's claim, never as a count.
 */
import { findQuantity, formatQuantity } from '../stated-numbers';
import type { EntryCheck } from './context';

export const checkFigures: EntryCheck<'claim'> = (ctx) => {
  const { evidence, figures } = ctx.data;
  figures.forEach((figure, i) => {
    const item = evidence.find((e) => e.source === figure.source);
    if (!item) {
      ctx.report(
        ctx.spanOf(['figures', i, 'source']),
        'figure-source-not-cited',
        `Field "figures[${i}].source" names "${figure.source}", which is not in this claim's evidence, so no quote proves the figure.`,
        `Add an evidence item for ${figure.source} with the passage that gives the number, or name one of the sources in evidence: ${evidence.map((e) => e.source).join(', ')}.`,
      );
      return;
    }
    const at = ctx.spanOf(['figures', i, figure.value !== undefined ? 'value' : 'low']);
    const passages = [item.quote.text, item.quote.translation ?? ''];
    const finding = findQuantity(passages, figure);
    const given = formatQuantity(figure);
    if ('differs' in finding) {
      const said = finding.differs.qualifier;
      ctx.report(
        ctx.spanOf(['figures', i, figure.qualifier ? 'qualifier' : figure.value !== undefined ? 'value' : 'low']),
        'figure-qualifier',
        `figures[${i}] gives "${given}", but the quote from ${figure.source} says "${finding.differs.text}"${said ? ` (${said})` : ', a plain number'}.`,
        said ? `Set qualifier: ${said}.` : 'Remove the qualifier: the quote gives the number without one.',
      );
    } else if (!finding.found) {
      const stated = [...new Set(finding.stated.map((n) => `"${n.text}"`))].slice(0, 6);
      ctx.report(
        at,
        'figure-not-in-quote',
        `figures[${i}] gives "${given}", but the quote from ${figure.source} does not state it${stated.length ? `; it states ${stated.join(', ')}` : ', or any number'}.`,
      );
    }
    if (item.kind === 'seller-assertion' && figure.method !== 'seller-claim') {
      ctx.report(
        ctx.spanOf(['figures', i, 'method']),
        'figure-method',
        `figures[${i}] has method ${figure.method}, but its evidence from ${figure.source} is a seller-assertion; a seller's claim is never shown as ${withArticle(figure.method)}.`,
        'Set method: seller-claim.',
      );
    }
  });
};

/** "a count", "an estimate". */
export function withArticle(method: string): string {
  return `${/^[aeiou]/.test(method) ? 'an' : 'a'} ${method}`;
}
