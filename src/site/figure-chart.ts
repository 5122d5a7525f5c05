/**
 * The layout of a series chart, worked out at build time: where each point goes, its shape (one per
 * estimator), whether it is hollow (a projection or a seller's claim, never drawn as a count), the
 * axes' ticks, and the sentence that says what the chart shows. `FigureChart.astro` draws it as
 * static SVG; no script and no chart library reach the browser.
 */
import { parsePartialDate } from '../schema/common';
import type { Figure } from '../schema/figure';
import type { SeriesData } from '../schema/series';
import { latestDay } from '../pipeline/checks/dates';
import { readableNumber } from '../pipeline/stated-numbers';
import { figurePeriod, figureText, METHOD_LABEL, type SeriesPoint } from './series-points';

export const SHAPES = ['circle', 'square', 'triangle', 'diamond', 'triangle-down', 'plus'] as const;
export type Shape = (typeof SHAPES)[number];

export interface ChartMark {
  href: string;
  /** Centre of the point. */
  x: number;
  y: number;
  /** For a range: the bar from low to high. */
  yLow?: number;
  yHigh?: number;
  /** For a figure over a period: the line across it. */
  xStart?: number;
  xEnd?: number;
  shape: Shape;
  hollow: boolean;
  /** Short label beside the point: "9,800+", "~400 million". */
  label: string;
  /** Where the label goes: above the point, or beside it where points of the same date stand side by side. */
  labelX: number;
  labelY: number;
  labelAnchor: 'start' | 'middle' | 'end';
  /** What a reader's pointer or screen reader announces: who, when, how much, how counted, which claim. */
  title: string;
}

export interface ChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  marks: ChartMark[];
  legend: { shape: Shape; estimator: string }[];
  /** The text alternative: what the chart shows, in a sentence. */
  summary: string;
}

const WIDTH = 640;
const HEIGHT = 340;
const PLOT = { left: 78, top: 24, right: WIDTH - 16, bottom: HEIGHT - 40 };
/** How far apart points of the same date are drawn, in SVG units. */
const DODGE = 16;

/** A date as a fractional year: a year means its middle, a month its middle, a day itself. */
function yearPosition(date: string, end = false): number {
  const d = parsePartialDate(date)!;
  if (end) {
    const last = latestDay(date)!;
    const [y, m, day] = last.split('-').map(Number);
    return y + (m - 1) / 12 + day / 31 / 12;
  }
  if (d.month === undefined) return d.year;
  return d.year + (d.month - 1) / 12 + ((d.day ?? 1) - 1) / 31 / 12;
}

/** Where a figure sits in time: the middle of the year, month or period it describes, and that period. */
function timeSpan(f: Figure): { start: number; end: number; mid: number } {
  const start = yearPosition(f.date);
  const end = yearPosition(f.until ?? f.date, true);
  return { start, end, mid: (start + end) / 2 };
}

/** The smallest "round" number (1, 2, 2.5, 5 × a power of ten) at or above x. */
function niceCeil(x: number): number {
  if (x <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(x));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= x) return step * power;
  return 10 * power;
}

const SHORT_QUALIFIER = { 'more-than': (s: string) => `${s}+`, about: (s: string) => `~${s}`, nearly: (s: string) => `~${s}`, 'up-to': (s: string) => `≤${s}` };

function shortLabel(f: Figure): string {
  const amount = f.value !== undefined ? readableNumber(f.value) : `${readableNumber(f.low!)}–${readableNumber(f.high!)}`;
  const unit = f.unit === 'percent' ? `${amount}%` : f.unit === 'us-dollars' ? `$${amount}` : amount;
  return f.qualifier ? SHORT_QUALIFIER[f.qualifier](unit) : unit;
}

/** Who counted or estimated a point; each has its own marker shape. */
function estimatorOf(point: SeriesPoint): string {
  return point.figure.counted_by;
}

export function chartLayout(series: SeriesData, points: readonly SeriesPoint[], hrefOf: (p: SeriesPoint) => string): ChartLayout {
  const estimators = [...new Set(points.map(estimatorOf))];
  const spans = points.map((p) => timeSpan(p.figure));
  const first = Math.floor(Math.min(...spans.map((s) => s.start)));
  // Room after the newest point for its label.
  const last = Math.max(Math.ceil(Math.max(...spans.map((s) => s.end)) + 0.35), first + 1);
  const top = niceCeil(Math.max(...points.map((p) => p.figure.value ?? p.figure.high!)) * 1.08);
  const x = (year: number) => PLOT.left + ((year - first) / (last - first)) * (PLOT.right - PLOT.left);
  const y = (v: number) => PLOT.bottom - (v / top) * (PLOT.bottom - PLOT.top);

  const yearStep = Math.max(1, Math.ceil((last - first) / 10));
  const xTicks = [];
  for (let year = first; year <= last; year += yearStep) xTicks.push({ x: x(year), label: String(year) });
  const yTicks = [0, 1, 2, 3, 4, 5].map((i) => ({ y: y((top * i) / 5), label: readableNumber((top * i) / 5) }));

  // Points of the same date stand side by side, so neither hides the other or its label.
  const sameDate = new Map<number, number[]>();
  spans.forEach((s, i) => sameDate.set(s.mid, [...(sameDate.get(s.mid) ?? []), i]));
  const dodge = (i: number) => {
    const group = sameDate.get(spans[i].mid)!;
    return { offset: (group.indexOf(i) - (group.length - 1) / 2) * DODGE, first: group[0] === i, last: group.at(-1) === i, alone: group.length === 1 };
  };

  const marks = points.map((p, i): ChartMark => {
    const f = p.figure;
    const span = spans[i];
    const range = f.value === undefined;
    const place = dodge(i);
    const cx = x(span.mid) + place.offset;
    const cy = y(range ? (f.low! + f.high!) / 2 : f.value!);
    const label = place.alone || (!place.first && !place.last)
      ? { labelX: cx > PLOT.right - 40 ? cx - 8 : cx, labelY: (range ? y(f.high!) : cy) - 10, labelAnchor: cx > PLOT.right - 40 ? ('end' as const) : ('middle' as const) }
      : place.first
        ? { labelX: cx - 9, labelY: cy + 4, labelAnchor: 'end' as const }
        : { labelX: cx + 9, labelY: cy + 4, labelAnchor: 'start' as const };
    return {
      href: hrefOf(p),
      x: cx,
      y: cy,
      ...(range ? { yLow: y(f.low!), yHigh: y(f.high!) } : {}),
      ...(f.until ? { xStart: x(span.start), xEnd: x(span.end) } : {}),
      shape: SHAPES[estimators.indexOf(estimatorOf(p)) % SHAPES.length],
      hollow: f.method === 'projection' || f.method === 'seller-claim',
      label: shortLabel(f),
      ...label,
      title: `${estimatorOf(p)}, ${figurePeriod(f)}: ${figureText(f)} (${METHOD_LABEL[f.method].toLowerCase()}). Claim: ${p.claim.data.title}`,
    };
  });

  return {
    width: WIDTH,
    height: HEIGHT,
    plot: PLOT,
    xTicks,
    yTicks,
    marks,
    legend: estimators.map((estimator, i) => ({ estimator, shape: SHAPES[i % SHAPES.length] })),
    summary: chartSummary(series, points, estimators),
  };
}

/** "Camera estimates: 5 figures from 5 counters or estimators (…), 2017 to 2022; lowest 20 million cameras, highest 626 million cameras." */
function chartSummary(series: SeriesData, points: readonly SeriesPoint[], estimators: readonly string[]): string {
  if (points.length === 0) return `${series.title}: no figures yet.`;
  const least = (f: Figure) => f.value ?? f.low!;
  const most = (f: Figure) => f.value ?? f.high!;
  const lowest = points.reduce((a, b) => (least(b.figure) < least(a.figure) ? b : a));
  const highest = points.reduce((a, b) => (most(b.figure) > most(a.figure) ? b : a));
  const years = points.map((p) => parsePartialDate(p.figure.until ?? p.figure.date)!.year).concat(points.map((p) => parsePartialDate(p.figure.date)!.year));
  const from = Math.min(...years);
  const to = Math.max(...years);
  const counted = estimators.length === 1 ? `counted by ${estimators[0]}` : `from ${estimators.length} counters or estimators (${estimators.join('; ')})`;
  const period = from === to ? `${from}` : `${from} to ${to}`;
  // A range that spans every other figure is both the lowest and the highest; then say what it spans.
  const spread =
    points.length === 1
      ? figureText(lowest.figure)
      : lowest === highest
        ? `all within ${figureText(lowest.figure)}`
        : `lowest ${figureText(lowest.figure)}, highest ${figureText(highest.figure)}`;
  const howMany = (method: string, one: string, many: string) => {
    const n = points.filter((p) => p.figure.method === method).length;
    return n === 0 ? [] : [`${n} ${n === 1 ? one : many}`];
  };
  const marked = [...howMany('projection', 'projection', 'projections'), ...howMany('seller-claim', 'seller’s claim', 'sellers’ claims')];
  const hollow = marked.length ? ` Drawn hollow: ${marked.join(' and ')}.` : '';
  return `${series.title}: ${points.length} ${points.length === 1 ? 'figure' : 'figures'} ${counted}, ${period}; ${spread}.${hollow}`;
}
