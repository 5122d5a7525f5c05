/**
 * What `npm run new` asks for and fills in, kind by kind. The fields themselves, their order and
 * their comments come from the schema (field-reference.ts); a template only says which fields are
 * asked, which are filled automatically, which optional ones are written out, and the body.
 */
import type { Kind } from '../../src/schema/index';

/** One value the contributor is asked for (in a terminal) or gives as `--flag value`. */
export interface Question {
  /** The option name: `--title`. */
  flag: string;
  /** What to call the field when asking, where its path would puzzle: "sources" for `evidence[].source`. */
  label?: string;
  /** The field the answer fills, as in the field reference: `title`, `evidence[].source`. */
  field: string;
  /** Several values, comma-separated or by repeating the flag; a `[]` field gets one item per value. */
  list?: boolean;
  /** Each value must be the id of an existing entry of this kind. */
  exists?: Kind;
  /** Offered as the answer in a terminal when the contributor just presses Enter. */
  suggest?: 'today';
}

/** A value the scaffold fills itself. */
export type Fill =
  /** Today's date, YYYY-MM-DD: the day the entry is written. */
  | { today: true }
  /** The answer given for another field. */
  | { copy: string }
  /** A field of the entry named by another field: the language of the cited source, say. */
  | { fromEntry: { idField: string; kind: Kind; field: string } }
  /** One more than the largest `order` among existing entries of the kind. */
  | { nextOrder: Kind };

export interface Template {
  questions: Question[];
  /** Fields filled without asking, by field path. */
  fills: Record<string, Fill>;
  /** Optional fields written out with an empty value instead of commented out. */
  show: string[];
  /** The body of an `.mdx` entry. */
  body?: string;
}

const CLAIM_BODY = `{/*
  The body: a few short paragraphs that explain the claim to a reader: what happened, who says so,
  and what is not known. Cite the evidence where you use it, with [@source-id] or
  [@source-id, p. 4]. Quote a passage as a block with <Quote source="source-id" lang="en">...</Quote>.
  Link other entries with relative links, e.g. [the PIPL](../entities/pipl.yaml).
  Delete this comment when you are done.
*/}
`;

export const TEMPLATES: Record<Kind, Template> = {
  claim: {
    questions: [
      { flag: 'title', field: 'title' },
      { flag: 'statement', field: 'statement' },
      { flag: 'topic', field: 'topic', exists: 'topic' },
      { flag: 'status', field: 'status' },
      { flag: 'source', field: 'evidence[].source', list: true, exists: 'source', label: 'sources (one evidence item each)' },
      { flag: 'entity', field: 'entities', list: true, exists: 'entity' },
    ],
    fills: {
      'status_history[].date': { today: true },
      'status_history[].status': { copy: 'status' },
      'reviewed.date': { today: true },
      'evidence[].quote.language': { fromEntry: { idField: 'evidence[].source', kind: 'source', field: 'language' } },
    },
    // The locator is written out and asked for: without it a reader cannot find the quote in a long
    // source. Paragraph suits most sources; page, section, timestamp or not_recorded are beside it.
    show: ['evidence[].kind', 'evidence[].locator', 'evidence[].locator.paragraph'],
    body: CLAIM_BODY,
  },
  source: {
    questions: [
      { flag: 'type', field: 'type' },
      { flag: 'title', field: 'title' },
      { flag: 'publisher', field: 'publisher' },
      { flag: 'url', field: 'url' },
      { flag: 'language', field: 'language' },
      { flag: 'published', field: 'published' },
      { flag: 'accessed', field: 'accessed', suggest: 'today' },
    ],
    fills: {},
    show: ['url', 'authors', 'archives'],
  },
  entity: {
    questions: [
      { flag: 'kind', field: 'kind' },
      { flag: 'name', field: 'name' },
      { flag: 'name-zh', field: 'name_zh' },
      { flag: 'description', field: 'description' },
    ],
    fills: {},
    show: ['name_zh'],
  },
  topic: {
    questions: [
      { flag: 'title', field: 'title' },
      { flag: 'summary', field: 'summary' },
    ],
    fills: { order: { nextOrder: 'topic' } },
    show: [],
    body: `{/*
  The overview: what a student should know about this topic in five minutes, in short paragraphs
  under "## " headings, linking into the claims, e.g. [the claim](../claims/claim-id.mdx).
  Delete this comment when you are done.
*/}
`,
  },
  review: {
    questions: [
      { flag: 'title', field: 'title' },
      { flag: 'source', field: 'source', exists: 'source' },
      { flag: 'summary', field: 'summary' },
      { flag: 'claim', field: 'assertions[].claims', list: true, exists: 'claim', label: 'claims that decide the first assertion' },
    ],
    fills: { 'reviewed.date': { today: true } },
    show: ['assertions[].claims', 'assertions[].questions'],
    body: `{/*
  Introduce the article reviewed: who published it, when, and why it is worth checking.
  Delete this comment when you are done.
*/}
`,
  },
  question: {
    questions: [
      { flag: 'title', field: 'title' },
      { flag: 'topic', field: 'topic', exists: 'topic' },
    ],
    fills: { opened: { today: true } },
    show: ['claims', 'sources'],
  },
  series: {
    questions: [
      { flag: 'title', field: 'title' },
      { flag: 'topic', field: 'topics', list: true, exists: 'topic', label: 'topics whose pages show the chart' },
    ],
    fills: {},
    show: [],
  },
};
