/**
 * Figures seen from their series and sources: every figure counts in its series' unit, and a figure
 * about a time after its source was published is a projection, whatever the claim calls it.
 */
import { FILE_START } from '../../diagnostics/diagnostic';
import { certainlyBefore } from '../../pipeline/checks/dates';
import { withArticle } from '../../pipeline/checks/figures';
import type { CrossFileCheck } from './context';

export const checkFigureSeries: CrossFileCheck = (graph, report) => {
  for (const claim of graph.list('claim')) {
    claim.data.figures.forEach((figure, i) => {
      const series = graph.get('series', figure.series)?.data;
      if (!series || series.unit === figure.unit) return;
      report(
        claim.file,
        claim.fields?.[`figures.${i}.unit`] ?? FILE_START,
        'figure-unit',
        `figures[${i}] counts in ${figure.unit}, but its series "${figure.series}" counts in ${series.unit}.`,
        `Set unit: ${series.unit}, or put the figure in a series that counts in ${figure.unit}.`,
      );
    });
  }
};

export const checkFigureProjections: CrossFileCheck = (graph, report) => {
  for (const claim of graph.list('claim')) {
    claim.data.figures.forEach((figure, i) => {
      if (figure.method === 'projection') return;
      const published = graph.get('source', figure.source)?.data?.published;
      if (published === undefined || published === 'unknown' || !certainlyBefore(published, figure.date)) return;
      report(
        claim.file,
        claim.fields?.[`figures.${i}.date`] ?? FILE_START,
        'figure-method',
        `figures[${i}] describes ${figure.date}, after its source "${figure.source}" was published (${published}); a number about a later date is a projection, not ${withArticle(figure.method)}.`,
        'Set method: projection, or correct the date the figure describes.',
      );
    });
  }
};
