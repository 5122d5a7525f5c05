/**
 * The content model in one place: each kind of entry, its folder, its file extension and its schema.
 * `content/<folder>/<id>.<extension>`; the id is the file name.
 */
import type { z } from 'astro/zod';
import { ClaimSchema } from './claim';
import { EntitySchema } from './entity';
import { SourceSchema } from './source';
import { TopicSchema } from './topic';
import { ReviewSchema } from './review';
import { QuestionSchema } from './question';
import { SeriesSchema } from './series';

type KindName = 'claim' | 'source' | 'topic' | 'entity' | 'review' | 'question' | 'series';

/** A field that names another entry by id; `*` stands for every item of a list. */
export interface ReferenceField {
  path: string;
  kind: KindName;
}

export const KINDS = {
  claim: {
    folder: 'claims',
    extension: '.mdx',
    schema: ClaimSchema,
    hasBody: true,
    references: [
      { path: 'topic', kind: 'topic' },
      { path: 'entities.*', kind: 'entity' },
      { path: 'related.*', kind: 'claim' },
      { path: 'supersedes.*', kind: 'claim' },
      { path: 'evidence.*.source', kind: 'source' },
      { path: 'figures.*.series', kind: 'series' },
      { path: 'figures.*.source', kind: 'source' },
    ],
  },
  source: { folder: 'sources', extension: '.yaml', schema: SourceSchema, hasBody: false, references: [] },
  topic: { folder: 'topics', extension: '.mdx', schema: TopicSchema, hasBody: true, references: [] },
  entity: {
    folder: 'entities',
    extension: '.yaml',
    schema: EntitySchema,
    hasBody: false,
    references: [{ path: 'dates.*.source', kind: 'source' }],
  },
  review: {
    folder: 'reviews',
    extension: '.mdx',
    schema: ReviewSchema,
    hasBody: true,
    references: [
      { path: 'source', kind: 'source' },
      { path: 'assertions.*.claims.*', kind: 'claim' },
      { path: 'assertions.*.questions.*', kind: 'question' },
    ],
  },
  question: {
    folder: 'questions',
    extension: '.yaml',
    schema: QuestionSchema,
    hasBody: false,
    references: [
      { path: 'topic', kind: 'topic' },
      { path: 'claims.*', kind: 'claim' },
      { path: 'sources.*', kind: 'source' },
    ],
  },
  series: {
    folder: 'series',
    extension: '.yaml',
    schema: SeriesSchema,
    hasBody: false,
    references: [{ path: 'topics.*', kind: 'topic' }],
    route: 'figures',
  },
} as const satisfies Record<
  KindName,
  {
    folder: string;
    extension: string;
    schema: z.ZodTypeAny;
    hasBody: boolean;
    references: readonly ReferenceField[];
    /** The site's folder for its pages, where it differs from the content folder. */
    route?: string;
  }
>;

export type Kind = KindName;

/** Output data type of each kind. */
export interface DataOf {
  claim: z.output<typeof ClaimSchema>;
  source: z.output<typeof SourceSchema>;
  topic: z.output<typeof TopicSchema>;
  entity: z.output<typeof EntitySchema>;
  review: z.output<typeof ReviewSchema>;
  question: z.output<typeof QuestionSchema>;
  series: z.output<typeof SeriesSchema>;
}
export const KIND_NAMES = Object.keys(KINDS) as Kind[];

/** The kind stored in a folder of `content/`, if any. */
export function kindOfFolder(folder: string): Kind | undefined {
  return KIND_NAMES.find((k) => KINDS[k].folder === folder);
}

export * from './common';
export * from './claim';
export * from './source';
export * from './topic';
export * from './entity';
export * from './components';
export * from './review';
export * from './question';
export * from './figure';
export * from './series';
