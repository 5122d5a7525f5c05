/**
 * An entity: a law, agency, company, program, incident, platform, place or organisation that
 * claims are about. Stored as `content/entities/<id>.yaml`.
 */
import { z } from 'astro/zod';
import { EntryId, Line, PartialDate, Text } from './common';

export const ENTITY_KINDS = [
  'law',
  'agency',
  'company',
  'program',
  'incident',
  'platform',
  'place',
  'organization',
] as const;
export const EntityKind = z.enum(ENTITY_KINDS);
export type EntityKind = z.infer<typeof EntityKind>;

/** A dated event in the life of the entity (adopted, in force, launched, leaked ...). */
export const EntityDateSchema = z
  .object({
    /** When it happened: YYYY, YYYY-MM or YYYY-MM-DD. */
    date: PartialDate,
    /** What happened, e.g. "adopted by the NPC Standing Committee" or "in force". */
    event: Line(200),
    /** Id of the source that gives this date. */
    source: EntryId,
  })
  .strict();

export const EntitySchema = z
  .object({
    /** What it is: law, agency, company, program, incident, platform, place or organization. */
    kind: EntityKind,
    /** The usual English name. */
    name: Line(200),
    /** The Chinese name, in simplified characters, where there is one. */
    name_zh: Line(200).optional(),
    /** Other names and abbreviations readers may search for, e.g. "PIPL". */
    aliases: z.array(Line(200)).default([]),
    /** Dated events, oldest first; each names the source that gives the date. */
    dates: z.array(EntityDateSchema).default([]),
    /** What it is, in two or three neutral sentences. */
    description: Text.pipe(z.string().max(1500, 'keep the description under 1,500 characters')),
  })
  .strict();

export type EntityInput = z.input<typeof EntitySchema>;
export type EntityData = z.output<typeof EntitySchema>;
