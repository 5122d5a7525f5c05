/**
 * A claim: one citable statement with its status and the evidence behind it.
 * Stored as `content/claims/<id>.mdx`; the frontmatter follows ClaimSchema, the body is prose
 * with Pandoc citations such as `[@source-id, p. 4]`.
 */
import { z } from 'astro/zod';
import { EntryId, IsoDate, LanguageTag, Line, PartialDate, Text } from './common';
import { FigureSchema } from './figure';

/** Where a claim stands, from best supported to withdrawn. The order is the order readers see. */
export const CLAIM_STATUSES = ['established', 'reported', 'contested', 'unverified', 'refuted', 'superseded'] as const;
export const ClaimStatus = z.enum(CLAIM_STATUSES);
export type ClaimStatus = z.infer<typeof ClaimStatus>;

/** What a piece of evidence does for the claim. */
export const EVIDENCE_ROLES = ['supports', 'contests', 'context'] as const;
export const EvidenceRole = z.enum(EVIDENCE_ROLES);
export type EvidenceRole = z.infer<typeof EvidenceRole>;

/** What kind of evidence a source is for this particular claim (its standing here, not a global rating). */
export const EVIDENCE_KINDS = [
  'official-statement',
  'state-media',
  'court-record',
  'law-text',
  'leaked-document',
  'investigation',
  'academic-study',
  'news-report',
  'company-statement',
  'seller-assertion',
  'secondary-summary',
] as const;
export const EvidenceKind = z.enum(EVIDENCE_KINDS);

/** Where in a source the quoted passage is. Give at least one field. */
export const LocatorSchema = z
  .object({
    /** Page or page range as printed, e.g. `"4"` or `"12-13"`. */
    page: Line(20).optional(),
    /** Section, article or heading, e.g. `"Article 37"` or `"Key findings"`. */
    section: Line(200).optional(),
    /** Paragraph number counted from the start of the text (or of the section, if given). */
    paragraph: z.number().int().positive().optional(),
    /** Time in an audio or video source, `m:ss` or `h:mm:ss`. */
    timestamp: z
      .string()
      .regex(/^(?:\d+:)?[0-5]?\d:[0-5]\d$/, 'expected a time such as "4:05" or "1:02:30"')
      .optional(),
    /**
     * Why no place can be given, e.g. "the copy read has no page, heading or paragraph numbers".
     * Readers see "location in the source not recorded" with this reason.
     */
    not_recorded: Text.optional(),
  })
  .strict()
  .refine((l) => Object.values(l).some((v) => v !== undefined), {
    message: 'give at least one of page, section, paragraph or timestamp, or not_recorded with the reason',
  })
  .refine((l) => l.not_recorded === undefined || Object.values(l).filter((v) => v !== undefined).length === 1, {
    message: 'not_recorded says no place can be given: remove it, or remove page, section, paragraph and timestamp',
  });
export type Locator = z.infer<typeof LocatorSchema>;

/** A verbatim passage from a source, in the language it was written in. */
export const QuoteSchema = z
  .object({
    /** The passage exactly as it appears in the source, under about 60 words. */
    text: Text.pipe(z.string().max(600, 'quote a short passage: at most 600 characters')),
    /** Language of the passage as written (`en`, `zh`, ...). */
    language: LanguageTag,
    /** An English translation, when the passage is not in English. */
    translation: Text.optional(),
    /** Who translated it: a person, "project editors", or the publisher of an official translation. */
    translator: Line(120).optional(),
  })
  .strict()
  .refine((q) => q.translation === undefined || q.translator !== undefined, {
    message: 'say who translated the quote (translator), for example "project editors"',
    path: ['translator'],
  });
export type Quote = z.infer<typeof QuoteSchema>;

/** One source used by the claim, what it does for the claim, and the passage that shows it. */
export const EvidenceSchema = z
  .object({
    /** Id of the source, the file name in `content/sources/` without `.yaml`. */
    source: EntryId,
    /** `supports`, `contests` or only gives `context` to the claim. */
    role: EvidenceRole,
    /** What kind of evidence this source is for this claim, e.g. `court-record` or `seller-assertion`. */
    kind: EvidenceKind.optional(),
    /** Where the quoted passage is in the source: a page, section, paragraph or timestamp, or not_recorded with the reason. */
    locator: LocatorSchema.optional(),
    /** The verbatim passage that shows what the source says. */
    quote: QuoteSchema,
    /** Why this source is adequate (or limited) for this claim, in a sentence. */
    note: Text.optional(),
  })
  .strict();
export type Evidence = z.infer<typeof EvidenceSchema>;

/** One change of status, with the reason for it. */
export const StatusChangeSchema = z
  .object({
    /** When the status was set. */
    date: IsoDate,
    /** The status from that date on. */
    status: ClaimStatus,
    /** Why, in a sentence a reader can follow. */
    reason: Text,
  })
  .strict();

/** The last time an editor checked the claim against its sources. */
export const ReviewedSchema = z
  .object({
    /** Date of the review. */
    date: IsoDate,
    /** Who reviewed it, where known. */
    by: Line(120).optional(),
  })
  .strict();

export const ClaimSchema = z
  .object({
    /** A short title for lists and the browser tab, under 120 characters. */
    title: Line(120),
    /** The claim itself: one neutral, self-contained sentence a journalist can quote. */
    statement: Line(400),
    /** Id of the topic the claim belongs to (a file in `content/topics/`). */
    topic: EntryId,
    /** How well the claim is supported now: established, reported, contested, unverified, refuted or superseded. */
    status: ClaimStatus,
    /** Every status the claim has had, oldest first; the last entry matches `status`. */
    status_history: z.array(StatusChangeSchema).min(1, 'record at least the current status with its date and reason'),
    /** For quantities or states that change: the date the statement describes. */
    as_of: PartialDate.optional(),
    /** When the event the claim describes happened, for the timeline. */
    event_date: PartialDate.optional(),
    /** Ids of the laws, agencies, programs, companies, incidents ... the claim is about. */
    entities: z.array(EntryId).default([]),
    /** Ids of other claims a reader should see next to this one. */
    related: z.array(EntryId).default([]),
    /** Ids of claims this one replaces; they should have status `superseded`. */
    supersedes: z.array(EntryId).default([]),
    /** The last review against the sources. */
    reviewed: ReviewedSchema,
    /** The sources behind the claim, one item per source. */
    evidence: z.array(EvidenceSchema).min(1, 'a claim needs at least one evidence item'),
    /** The numbers the claim states, each with who counted it and how, for the charts of its series. */
    figures: z.array(FigureSchema).default([]),
  })
  .strict();

export type ClaimInput = z.input<typeof ClaimSchema>;
export type ClaimData = z.output<typeof ClaimSchema>;
