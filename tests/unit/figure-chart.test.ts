import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/schema/figure';
import type { SeriesData } from '../../src/schema/series';
import { chartLayout } from '../../src/site/figure-chart';
import type { SeriesPoint } from '../../src/site/series-points';

const series: SeriesData = { title: 'People charged', unit: 'people', point: 'People charged in a year.', comparability: 'One counter.', topics: ['enforcement'] };

function point(id: string, figure: Partial<Figure>): SeriesPoint {
  const f = { series: 's', unit: 'people', counts: 'people charged', date: '2020', source: 'src', counted_by: 'Prosecutors', method: 'count', ...figure } as Figure;
  return { claim: { id, kind: 'claim', data: { title: `Claim ${id}` } } as SeriesPoint['claim'], index: 0, figure: f };
}
const layout = (points: SeriesPoint[]) => chartLayout(series, points, (p) => `/claims/${p.claim.id}/#figures`);

describe('the chart layout', () => {
  it('sets two figures of the same date side by side, labelled left and right', () => {
    const [a, b] = layout([point('a', { value: 4000, qualifier: 'more-than', counted_by: 'Xinhua' }), point('b', { value: 5000, qualifier: 'more-than' })]).marks;
    expect(b.x - a.x).toBe(16);
    expect([a.labelAnchor, a.label, b.labelAnchor, b.label]).toEqual(['end', '4,000+', 'start', '5,000+']);
    expect(a.labelX).toBeLessThan(a.x);
    expect(b.labelX).toBeGreaterThan(b.x);
  });

  it('draws a figure over a period as a line across it, its point in the middle', () => {
    const [m] = layout([point('a', { value: 3768, date: '2023-06', until: '2024-06' }), point('b', { value: 6000, date: '2020' })]).marks.filter((m) => m.href.includes('/a/'));
    expect(m.xStart).toBeLessThan(m.x);
    expect(m.xEnd).toBeGreaterThan(m.x);
    expect(m.x - m.xStart!).toBeCloseTo(m.xEnd! - m.x, 5);
  });

  it('draws a seller\'s claim and a projection hollow, and a count and an estimate filled', () => {
    const marks = layout(['count', 'estimate', 'projection', 'seller-claim'].map((method, i) => point(String(i), { value: 100 * (i + 1), method: method as Figure['method'], date: String(2020 + i) }))).marks;
    expect(marks.map((m) => m.hollow)).toEqual([false, false, true, true]);
  });

  it('starts the value axis at zero and ends it at a round number above the largest figure', () => {
    const { yTicks } = layout([point('a', { low: 200, high: 500, unit: 'yuan' }), point('b', { value: 700, date: '2016' })]);
    expect(yTicks.map((t) => t.label)).toEqual(['0', '200', '400', '600', '800', '1,000']);
  });

  it('says in a sentence who counted, over which years, the lowest and highest figures, or the range that spans them, and what is hollow', () => {
    const counts = layout([point('a', { value: 6000, qualifier: 'more-than', date: '2020' }), point('b', { value: 3768, date: '2023-06', until: '2024-06' })]);
    expect(counts.summary).toBe('People charged: 2 figures counted by Prosecutors, 2020 to 2024; lowest 3,768 people, highest more than 6,000 people.');
    const { summary } = layout([point('a', { value: 240, unit: 'yuan', method: 'seller-claim', counted_by: 'A seller', date: '2025' }), point('b', { low: 200, high: 500, unit: 'yuan', date: '2019' })]);
    expect(summary).toBe('People charged: 2 figures from 2 counters or estimators (A seller; Prosecutors), 2019 to 2025; all within 200 to 500 yuan. Drawn hollow: 1 seller’s claim.');
  });
});
