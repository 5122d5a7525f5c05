/**
 * An open question: something readers ask or an article asserts that the sources so far cannot
 * settle. Stored as `content/questions/<id>.yaml`, so contributors know what evidence is wanted.
 */
import { z } from 'astro/zod';
import { EntryId, IsoDate, Line, Text } from './common';

export const QuestionSchema = z
  .object({
    /** The question, as a reader would ask it. */
    title: Line(200),
    /** Id of the topic it belongs to. */
    topic: EntryId,
    /** What is known so far and why it does not settle the question. */
    known: Text,
    /** The evidence that would settle it: what document, from whom. */
    wanted: Text,
    /** Ids of claims that bear on it. */
    claims: z.array(EntryId).default([]),
    /** Ids of sources that touch it without settling it. */
    sources: z.array(EntryId).default([]),
    /** When the question was opened. */
    opened: IsoDate,
  })
  .strict();

export type QuestionData = z.output<typeof QuestionSchema>;
