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

export const KINDS = {
  claim: { folder: 'claims', extension: '.mdx', schema: ClaimSchema, hasBody: true },
  source: { folder: 'sources', extension: '.yaml', schema: SourceSchema, hasBody: false },
  topic: { folder: 'topics', extension: '.mdx', schema: TopicSchema, hasBody: true },
  entity: { folder: 'entities', extension: '.yaml', schema: EntitySchema, hasBody: false },
  review: { folder: 'reviews', extension: '.mdx', schema: ReviewSchema, hasBody: true },
  question: { folder: 'questions', extension: '.yaml', schema: QuestionSchema, hasBody: false },
} as const satisfies Record<string, { folder: string; extension: string; schema: z.ZodTypeAny; hasBody: boolean }>;

export type Kind = keyof typeof KINDS;
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
