/**
 * A series: figures of one quantity from every claim that states it, charted side by side.
 * Stored as `content/series/<id>.yaml`; its points are the `figures` of claims that name it, and its
 * page is `/figures/<id>/`.
 */
import { z } from 'astro/zod';
import { EntryId, Line, Text } from './common';
import { FigureUnit } from './figure';

export const SeriesSchema = z
  .object({
    /** The series' name, as a chart title, e.g. "People prosecuted for personal-information crimes, per year". */
    title: Line(120),
    /** What every figure in it counts in; each figure gives the same unit. */
    unit: FigureUnit,
    /** What one point means, in a sentence: what is counted, by whom, over what period. */
    point: Text.pipe(z.string().max(600, 'keep this under 600 characters')),
    /** Why the points may not be comparable: different counters, definitions, cut-off dates. */
    comparability: Text.pipe(z.string().max(1500, 'keep this under 1,500 characters')),
    /** Ids of the topics whose pages show the chart (files in `content/topics/`). */
    topics: z.array(EntryId).min(1, 'name at least one topic whose page shows the chart'),
  })
  .strict();

export type SeriesInput = z.input<typeof SeriesSchema>;
export type SeriesData = z.output<typeof SeriesSchema>;
