/**
 * The components a contributor may use in an entry's body, and their props. Everything else in JSX
 * form is rejected: contributor MDX is data, so only these become HTML, with props checked here.
 * Props are plain strings (`name="value"`); expressions are never evaluated.
 */
import { z } from 'astro/zod';
import { EntryId, LanguageTag, Line, Text } from './common';

/** A block quotation from a source, in its own language, optionally with a translation. */
export const QuotePropsSchema = z
  .object({
    /** Id of the quoted source; a claim must also list it under `evidence`. */
    source: EntryId,
    /** Where the passage is, in citation form: `p. 4`, `sec. Article 37`, `para. 3`, `at 1:02:30`. */
    locator: Line(200).optional(),
    /** Language of the quoted text (`en`, `zh`, ...). */
    lang: LanguageTag,
    /** English translation, when the passage is not in English. */
    translation: Text.optional(),
    /** Who translated it. */
    translator: Line(120).optional(),
  })
  .strict()
  .refine((p) => p.translation === undefined || p.translator !== undefined, {
    message: 'say who translated the quote (translator="project editors", for example)',
    path: ['translator'],
  });

export const ASIDE_KINDS = ['note', 'caution', 'correction'] as const;

/** A boxed remark beside the main text: a note, a caution to the reader, or a published correction. */
export const AsidePropsSchema = z
  .object({
    /** note, caution or correction. */
    kind: z.enum(ASIDE_KINDS).default('note'),
    /** A short heading for the box. */
    title: Line(120).optional(),
  })
  .strict();

/** A word or phrase in another language inside the prose, e.g. a Chinese term. */
export const TermPropsSchema = z
  .object({
    /** Language of the term (`zh`, `ug`, ...). */
    lang: LanguageTag,
    /** Its English meaning, shown after it. */
    translation: Line(200).optional(),
  })
  .strict();

/** The allow-list: component name, its props schema, and whether it stands as a block or inside text. */
export const COMPONENTS = {
  Quote: { props: QuotePropsSchema, placement: 'block' },
  Aside: { props: AsidePropsSchema, placement: 'block' },
  Term: { props: TermPropsSchema, placement: 'inline' },
} as const;

export type ComponentName = keyof typeof COMPONENTS;
export type QuoteProps = z.output<typeof QuotePropsSchema>;
export type AsideProps = z.output<typeof AsidePropsSchema>;
export type TermProps = z.output<typeof TermPropsSchema>;
