/**
 * A review: an article checked assertion by assertion against the knowledge base.
 * Stored as `content/reviews/<id>.mdx`; the body introduces the review.
 */
import { z } from 'astro/zod';
import { EntryId, Line, Text } from './common';
import { ReviewedSchema } from './claim';

export const VERDICTS = ['supported', 'partly-supported', 'unsupported', 'wrong'] as const;
export const Verdict = z.enum(VERDICTS);
export type Verdict = z.infer<typeof Verdict>;

/** One assertion of the reviewed article and what the knowledge base says of it. */
export const AssertionSchema = z
  .object({
    /** The assertion as the article words it, quoted verbatim. */
    quote: Text.pipe(z.string().max(600, 'quote at most 600 characters')),
    /** supported, partly-supported, unsupported or wrong. */
    verdict: Verdict,
    /** Ids of the claims that decide the verdict. */
    claims: z.array(EntryId).default([]),
    /** Ids of open questions that stand where no claim can (for unsupported assertions). */
    questions: z.array(EntryId).default([]),
    /** The reasoning in one to three sentences. */
    note: Text,
  })
  .strict()
  .refine((a) => a.claims.length + a.questions.length > 0, {
    message: 'link the claims (or open questions) that decide this verdict',
    path: ['claims'],
  });

export const ReviewSchema = z
  .object({
    /** Title of the review page. */
    title: Line(200),
    /** Id of the source being reviewed (the article itself, described in `content/sources/`). */
    source: EntryId,
    /** The overall finding in one or two sentences. */
    summary: Line(600),
    /** When the review was last checked, and by whom. */
    reviewed: ReviewedSchema,
    /** The article's assertions in the order it makes them. */
    assertions: z.array(AssertionSchema).min(1, 'list at least one assertion'),
  })
  .strict();

export type ReviewData = z.output<typeof ReviewSchema>;
