/**
 * A figure: one number a claim states, typed so it can be charted beside the others of its series.
 * Given in a claim's `figures` list; each figure belongs to a series (`content/series/<id>.yaml`).
 */
import { z } from 'astro/zod';
import { EntryId, Line, PartialDate, parsePartialDate } from './common';

/** What a figure counts in. A series has one unit, and every figure in it uses that unit. */
export const FIGURE_UNITS = ['people', 'cases', 'records', 'cameras', 'judgments', 'documents', 'yuan', 'us-dollars', 'percent'] as const;
export const FigureUnit = z.enum(FIGURE_UNITS);
export type FigureUnit = z.infer<typeof FigureUnit>;

/** How the number was arrived at. Only a `count` is shown as a count; the others are marked as what they are. */
export const FIGURE_METHODS = ['count', 'estimate', 'projection', 'seller-claim'] as const;
export const FigureMethod = z.enum(FIGURE_METHODS);
export type FigureMethod = z.infer<typeof FigureMethod>;

/** A word the source puts before or after the number: "more than 6,000" (6000余), "about 400 million" (约), "nearly" (近), "up to". */
export const FIGURE_QUALIFIERS = ['more-than', 'about', 'nearly', 'up-to'] as const;
export const FigureQualifier = z.enum(FIGURE_QUALIFIERS);
export type FigureQualifier = z.infer<typeof FigureQualifier>;

const Amount = z.number().nonnegative();

export const FigureSchema = z
  .object({
    /** Id of the series the figure belongs to (a file in `content/series/`). */
    series: EntryId,
    /** The number as the source gives it, in plain digits: `6000` for "6000余人", `1200000000` for "1.2 billion". */
    value: Amount.optional(),
    /** For a range ("200-500 yuan", "200至500元"): the lower end. Give `low` and `high` instead of `value`. */
    low: Amount.optional(),
    /** For a range: the upper end. */
    high: Amount.optional(),
    /** Whether the source says "more than", "about", "nearly" or "up to" the number. Leave it out for a plain number. */
    qualifier: FigureQualifier.optional(),
    /** What the number counts in: people, cases, records, cameras, judgments, documents, yuan, us-dollars or percent. */
    unit: FigureUnit,
    /** What is counted, in the source's own terms, e.g. "people charged with infringing citizens' personal information". */
    counts: Line(200),
    /** The date or the start of the period the figure describes: YYYY, YYYY-MM or YYYY-MM-DD. */
    date: PartialDate,
    /** For a figure over a period ("2018 to 2022", "June 2023 to June 2024"): the period's last year, month or day. */
    until: PartialDate.optional(),
    /** Id of the source that gives the figure; the claim lists it in `evidence`, and its quote states the number. */
    source: EntryId,
    /** Who counted or estimated it, in a few words, e.g. "Supreme People's Procuratorate" or "Comparitech"; the source may report their figure. */
    counted_by: Line(120),
    /** How it was arrived at: count, estimate, projection, or seller-claim (what a vendor says it has or charges). */
    method: FigureMethod,
  })
  .strict()
  .refine((f) => (f.value !== undefined) !== (f.low !== undefined || f.high !== undefined), {
    message: 'give either value, or low and high for a range, not both',
    path: ['value'],
  })
  .refine((f) => (f.low === undefined) === (f.high === undefined), {
    message: 'a range needs both low and high',
    path: ['low'],
  })
  .refine((f) => f.low === undefined || f.high === undefined || f.low < f.high, {
    message: 'low must be smaller than high',
    path: ['low'],
  })
  .refine((f) => f.until === undefined || periodStart(f.date) < periodStart(f.until), {
    message: 'until must be later than date: the period runs from date to until',
    path: ['until'],
    params: { rule: 'date-order' },
  });
export type Figure = z.infer<typeof FigureSchema>;

/** A sortable key for a partial date ("2020" before "2020-03"). */
function periodStart(date: string): string {
  const d = parsePartialDate(date);
  if (!d) return date;
  return `${d.year}-${String(d.month ?? 1).padStart(2, '0')}-${String(d.day ?? 1).padStart(2, '0')}`;
}
