/**
 * The points of a series: every figure of every claim that names it, with the claim it comes from
 * and the source that counted it, read from the graph's edges (`figures[i].series`), oldest first.
 */
import type { ContentGraph, ValidEntry } from '../corpus/index';
import type { Figure, FigureMethod, FigureUnit } from '../schema/figure';
import type { SourceData } from '../schema/source';
import { formatQuantity, QUALIFIER_WORDS } from '../pipeline/stated-numbers';
import { formatDate } from './present';

export interface SeriesPoint {
  claim: ValidEntry<'claim'>;
  /** Position of the figure in the claim's `figures`. */
  index: number;
  figure: Figure;
  /** The source that counted it; undefined only when the corpus did not validate. */
  source?: SourceData;
}

/** The points of a series, oldest first, then by claim id. */
export function seriesPoints(graph: ContentGraph, seriesId: string): SeriesPoint[] {
  const points: SeriesPoint[] = [];
  for (const edge of graph.incoming({ kind: 'series', id: seriesId }, ['field'])) {
    const m = /^figures\[(\d+)\]\.series$/.exec(edge.reference.field ?? '');
    if (!m || edge.from.kind !== 'claim' || !edge.from.data) continue;
    const claim = edge.from as ValidEntry<'claim'>;
    const index = Number(m[1]);
    const figure = claim.data.figures[index];
    points.push({ claim, index, figure, source: graph.get('source', figure.source)?.data });
  }
  return points.sort((a, b) => (a.figure.date < b.figure.date ? -1 : a.figure.date > b.figure.date ? 1 : a.claim.id < b.claim.id ? -1 : a.claim.id > b.claim.id ? 1 : a.index - b.index));
}

/** Series that a topic's page shows, by title. */
export function seriesOfTopic(graph: ContentGraph, topicId: string): ValidEntry<'series'>[] {
  return graph
    .incoming({ kind: 'topic', id: topicId }, ['field'])
    .map((e) => e.from)
    .filter((e): e is ValidEntry<'series'> => e.kind === 'series' && e.data !== undefined)
    .sort((a, b) => (a.data.title < b.data.title ? -1 : 1));
}

/** Each figure of a claim with the series it belongs to. */
export function figuresOfClaim(graph: ContentGraph, claim: ValidEntry<'claim'>) {
  return claim.data.figures.map((figure, index) => ({ figure, index, series: graph.get('series', figure.series), source: graph.get('source', figure.source) }));
}

export const UNIT_LABEL: Record<FigureUnit, { one: string; many: string }> = {
  people: { one: 'person', many: 'people' },
  cases: { one: 'case', many: 'cases' },
  records: { one: 'record', many: 'records' },
  cameras: { one: 'camera', many: 'cameras' },
  judgments: { one: 'judgment', many: 'judgments' },
  documents: { one: 'document', many: 'documents' },
  yuan: { one: 'yuan', many: 'yuan' },
  'us-dollars': { one: 'US dollar', many: 'US dollars' },
  percent: { one: 'percent', many: 'percent' },
};

export const METHOD_LABEL: Record<FigureMethod, string> = {
  count: 'Count',
  estimate: 'Estimate',
  projection: 'Projection',
  'seller-claim': "Seller's claim",
};

/** "more than 6,000 people", "200 to 500 yuan", "31.08%", "about US$10,000 to 75,000". */
export function figureText(figure: Pick<Figure, 'value' | 'low' | 'high' | 'qualifier' | 'unit'>): string {
  const words = figure.qualifier ? `${QUALIFIER_WORDS[figure.qualifier]} ` : '';
  const amount = formatQuantity({ value: figure.value, low: figure.low, high: figure.high });
  if (figure.unit === 'percent') return `${words}${amount}%`;
  if (figure.unit === 'us-dollars') return `${words}US$${amount}`;
  const label = UNIT_LABEL[figure.unit];
  return `${words}${amount} ${figure.value === 1 && !figure.qualifier ? label.one : label.many}`;
}

/** "2020", "June 2023 to June 2024". */
export function figurePeriod(figure: Pick<Figure, 'date' | 'until'>): string {
  return figure.until ? `${formatDate(figure.date)} to ${formatDate(figure.until)}` : formatDate(figure.date);
}
