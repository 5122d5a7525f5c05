/**
 * A source: a document that claims cite, described well enough that a reader can find it again
 * and judge it. Stored as `content/sources/<id>.yaml`.
 */
import { z } from 'astro/zod';
import { EntryId, IsoDate, LanguageTag, Line, PartialDate, PartialDateOrUnknown, Text, WebUrl } from './common';

export const SOURCE_TYPES = [
  'news',
  'report',
  'law',
  'official-statement',
  'court-record',
  'academic',
  'dataset',
  'web-page',
] as const;
export const SourceType = z.enum(SOURCE_TYPES);
export type SourceType = z.infer<typeof SourceType>;

/** What happened when the source was read, or to it since. */
export const ACCESS_NOTE_KINDS = [
  'read-in-copy',
  'mirror',
  'geo-blocked',
  'paywalled',
  'deleted',
  'changed',
  'unofficial-translation',
  'date-approximate',
  'partial-text',
] as const;
export const AccessNoteKind = z.enum(ACCESS_NOTE_KINDS);

/** How far the source can be trusted in general; claims add their own context per use. */
export const RELIABILITY_RATINGS = ['generally-reliable', 'marginal', 'unreliable', 'deprecated', 'retracted'] as const;
export const ReliabilityRating = z.enum(RELIABILITY_RATINGS);
export type ReliabilityRating = z.infer<typeof ReliabilityRating>;

/** Ratings that make every claim resting on the source worth another look. */
export const DOUBTFUL_RATINGS: readonly ReliabilityRating[] = ['unreliable', 'deprecated', 'retracted'];

export const IDENTIFIER_SCHEMES = ['doi', 'isbn', 'issn', 'arxiv', 'official-number', 'case-number'] as const;

/** A copy of the page kept by an archive (Wayback Machine, archive.today, Perma.cc). */
export const ArchiveSchema = z
  .object({
    /** Address of the archived copy. */
    url: WebUrl,
    /** When the copy was made. */
    date: IsoDate,
  })
  .strict();

/** The copy the text was actually read in, when it is not the publisher's own page. */
export const ReadAtSchema = z
  .object({
    /** Address of the copy (a reprint, syndication partner, repost or mirror). */
    url: WebUrl,
    /** Who hosts the copy, e.g. "Taipei Times (reprint of the Reuters story)". */
    host: Line(200),
  })
  .strict();

/** A fact about access a reader should know before trusting or following the link. */
export const AccessNoteSchema = z
  .object({
    /** What kind of note: read-in-copy, mirror, geo-blocked, paywalled, deleted, changed, unofficial-translation, date-approximate, partial-text. */
    kind: AccessNoteKind,
    /** The note in a sentence. */
    note: Text,
    /** When it was observed, if it matters (a deletion, for example). */
    date: IsoDate.optional(),
  })
  .strict();

/** A stable identifier of the work, such as a DOI or an official document number. */
export const IdentifierSchema = z
  .object({
    /** The identifier scheme: doi, isbn, issn, arxiv, official-number or case-number. */
    scheme: z.enum(IDENTIFIER_SCHEMES),
    /** The identifier as printed, e.g. `10.1234/abcd` or `主席令第五十三号`. */
    value: Line(200),
  })
  .strict();

export const SourceSchema = z
  .object({
    /** What the document is: news, report, law, official-statement, court-record, academic, dataset or web-page. */
    type: SourceType,
    /** The title in English: as published, or a translation (then give original_title and title_translator). */
    title: Line(300),
    /**
     * `true` when the document's own headline was not seen and `title` is the editors' description
     * of it, written without brackets; readers and citations see it in square brackets, marked as a description.
     */
    descriptive_title: z.boolean().default(false),
    /** The title in the source's own language, when that is not English. */
    original_title: Line(300).optional(),
    /** Who translated the title, when `title` is a translation. */
    title_translator: Line(120).optional(),
    /** Language the source is written in (`en`, `zh`, ...). */
    language: LanguageTag,
    /** Authors as shown on the page; leave empty where none is shown rather than guess. */
    authors: z.array(Line(200)).default([]),
    /** Who published it (outlet, agency, court, organisation). */
    publisher: Line(200),
    /** Publication date as shown: YYYY, YYYY-MM, YYYY-MM-DD, or "unknown". */
    published: PartialDateOrUnknown,
    /** How the publication date is known when it is not printed on the page, e.g. "from the URL path". */
    published_note: Text.optional(),
    /** The publisher's own address for the document, where known. */
    url: WebUrl.optional(),
    /** The copy the text was actually read in, when that differs from `url`. */
    read_at: ReadAtSchema.optional(),
    /** When the text was last read, YYYY-MM-DD; "unknown" only where it was not recorded (readers are told). */
    accessed: z.string().refine((s) => s === 'unknown' || IsoDate.safeParse(s).success, {
      message: 'expected the date the text was read, YYYY-MM-DD, or "unknown" if it was not recorded',
      params: { rule: 'invalid-date' },
    }),
    /** Archived copies; give at least one, or say in `no_archive` why there is none. */
    archives: z.array(ArchiveSchema).default([]),
    /** Why there is no archived copy yet (e.g. "archive services blocked by the site"). */
    no_archive: Text.optional(),
    /** Caveats about access: read in a copy, geo-blocked, deleted, unofficial translation ... */
    access_notes: z.array(AccessNoteSchema).default([]),
    /** General trustworthiness of this source. */
    reliability: z
      .object({
        /** generally-reliable, marginal, unreliable, deprecated or retracted. */
        rating: ReliabilityRating,
        /** Why, in a sentence or two: who the publisher is, what is unverified, what looks wrong. */
        note: Text,
      })
      .strict(),
    /** Stable identifiers such as a DOI or an official document number. */
    identifiers: z.array(IdentifierSchema).default([]),
    /** Date of the events reported, when the timeline needs it and it differs from `published`. */
    event_date: PartialDate.optional(),
    /**
     * Id of the source this one reprints, syndicates or copies (a wire story in a newspaper, say):
     * the two are one source when the evidence standard counts independent sources.
     */
    reprint_of: EntryId.optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (!s.url && !s.read_at) {
      ctx.addIssue({ code: 'custom', path: ['url'], message: 'give the url, the read_at copy, or both' });
    }
    if (s.archives.length === 0 && !s.no_archive) {
      ctx.addIssue({
        code: 'custom',
        path: ['archives'],
        message: 'add an archived copy (archives: url and date) or say why there is none (no_archive)',
      });
    }
    if (s.language !== 'en' && !s.language.startsWith('en-') && !s.original_title) {
      ctx.addIssue({
        code: 'custom',
        path: ['original_title'],
        message: 'give the title in the original language (original_title) for a source not in English',
      });
    }
    if (s.original_title && !s.title_translator) {
      ctx.addIssue({
        code: 'custom',
        path: ['title_translator'],
        message: 'say who translated the title (title_translator), for example "project editors"',
      });
    }
  });

export type SourceInput = z.input<typeof SourceSchema>;
export type SourceData = z.output<typeof SourceSchema>;
