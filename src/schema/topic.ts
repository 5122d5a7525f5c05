/**
 * A topic: a theme that groups claims, with an overview a student can read in five minutes.
 * Stored as `content/topics/<id>.mdx`; the body is the overview.
 */
import { z } from 'astro/zod';
import { ReviewedSchema } from './claim';
import { Line } from './common';

export const TopicSchema = z
  .object({
    /** The topic's name, as shown in navigation. */
    title: Line(80),
    /** One or two sentences saying what the topic covers. */
    summary: Line(400),
    /** Position in lists of topics, smallest first. */
    order: z.number().int().min(0).max(999),
    /** The last time an editor checked the overview against its claims; shown beside "Cite this topic". */
    reviewed: ReviewedSchema.optional(),
  })
  .strict();

export type TopicInput = z.input<typeof TopicSchema>;
export type TopicData = z.output<typeof TopicSchema>;
