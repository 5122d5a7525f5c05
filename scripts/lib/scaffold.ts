/**
 * A new entry, written from the schema: every required field, each under its doc comment, optional
 * fields commented out, and what the contributor gave already filled in.
 *
 * A value still to be written is left as `""` (or one empty list item). An empty value never passes
 * the schema, so an entry saved with a placeholder fails the checker at that line with a message
 * ("must not be empty", "is not one of ..."), and can never be published by accident.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { splitFrontmatter } from '../../src/pipeline/frontmatter';
import { PositionIndex } from '../../src/pipeline/position';
import { parseYaml } from '../../src/pipeline/yaml';
import { closest } from '../../src/pipeline/suggest';
import { ID_MAX_LENGTH, ID_PATTERN, KINDS, windowsDeviceName, type Kind } from '../../src/schema/index';
import { flatten, kindDoc, type FieldDoc } from './field-reference';
import { TEMPLATES, type Question } from './scaffold-templates';

export interface ScaffoldContext {
  /** The content folder (`content`, or CONTENT_DIR). */
  contentDir: string;
  /** Today's date, YYYY-MM-DD, for fields that record when the entry was written. */
  today: string;
}

/** Answers by field path (`title`, `evidence[].source`); a list field holds several values. */
export type Answers = Map<string, string[]>;

export interface Scaffold {
  kind: Kind;
  id: string;
  /** Path on disk. */
  path: string;
  /** Path as the checker shows it: `content/claims/<id>.mdx`. */
  file: string;
  text: string;
  /** Fields left empty for the contributor, with list positions: `evidence[0].quote.text`. */
  placeholders: string[];
}

/** Today in UTC, the calendar the checker compares dates with. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The path of an entry file as the checker shows it: relative to the content folder's parent. */
export function displayPath(contentDir: string, kind: Kind, id: string): string {
  const dir = resolve(contentDir);
  return relative(join(dir, '..'), join(dir, KINDS[kind].folder, `${id}${KINDS[kind].extension}`)).split('\\').join('/');
}

export function entryPathOf(contentDir: string, kind: Kind, id: string): string {
  return join(contentDir, KINDS[kind].folder, `${id}${KINDS[kind].extension}`);
}

/** Ids of the existing entries of a kind, from the file names. */
export function entryIds(contentDir: string, kind: Kind): string[] {
  const { folder, extension } = KINDS[kind];
  try {
    return readdirSync(join(contentDir, folder))
      .filter((name) => name.endsWith(extension))
      .map((name) => name.slice(0, -extension.length))
      .sort();
  } catch {
    return [];
  }
}

/** A kebab-case id made from a title: "The PIPL's Article 28" → `the-pipl-s-article-28`. */
export function idFromTitle(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let id = '';
  for (const word of words) {
    if (`${id}-${word}`.length > 60) break;
    id = id ? `${id}-${word}` : word;
  }
  return id;
}

/** Why an id cannot be used for a new entry of this kind, or undefined when it can. */
export function idProblem(contentDir: string, kind: Kind, id: string): string | undefined {
  if (!ID_PATTERN.test(id) || id.length > ID_MAX_LENGTH) {
    const suggestion = idFromTitle(id);
    return (
      `"${id}" is not a valid id: an id is kebab-case, lowercase letters and digits joined by single hyphens, ` +
      `at most ${ID_MAX_LENGTH} characters${suggestion && suggestion !== id ? `, for example "${suggestion}"` : ''}.`
    );
  }
  const device = windowsDeviceName(id);
  if (device) return `"${id}" is ${device}, a file name Windows keeps for a device; add a word, for example "${id}-entry".`;
  const file = displayPath(contentDir, kind, id);
  if (entryIds(contentDir, kind).includes(id)) {
    return `${file} already exists. Choose another id, or edit that file to change the ${kind}.`;
  }
  return undefined;
}

/** The field a question fills. */
export function questionField(kind: Kind, question: Question): FieldDoc {
  const field = flatten(kindDoc(kind).fields).find((f) => f.path === question.field);
  if (!field) throw new Error(`The ${kind} template asks for "${question.field}", which the ${kind} schema does not have.`);
  return field;
}

/**
 * Checks one answer (one item of a list answer) against the field's schema, and against the
 * content folder for ids of other entries. Returns the value to use, or why it cannot be used.
 */
export function checkAnswer(contentDir: string, kind: Kind, question: Question, raw: string): { value?: string; problem?: string } {
  const field = questionField(kind, question);
  const value = raw.trim();
  const item = field.shape === 'list' ? (field.schema as unknown as { element: FieldDoc['schema'] }).element : field.schema;
  if (field.options) {
    const match = field.options.find((o) => o.toLowerCase() === value.toLowerCase());
    if (match) return { value: match };
    const near = closest(value, field.options);
    return { problem: `"${value}" is not one of: ${field.options.join(', ')}.${near ? ` Did you mean "${near}"?` : ''}` };
  }
  const parsed = item.safeParse(field.shape === 'number' ? Number(value) : value);
  if (!parsed.success) return { problem: `"${value}": ${parsed.error.issues[0]?.message ?? 'not a valid value'}.` };
  if (question.exists) {
    const ids = entryIds(contentDir, question.exists);
    if (!ids.includes(value)) {
      const near = closest(value, ids);
      const hint = near ? ` Did you mean "${near}"?` : ids.length && ids.length <= 12 ? ` The ${KINDS[question.exists].folder} are: ${ids.join(', ')}.` : '';
      return {
        problem: `There is no ${question.exists} "${value}" (no ${displayPath(contentDir, question.exists, value)}).${hint} To add it first: npm run new -- ${question.exists} ${value}`,
      };
    }
  }
  return { value };
}

type Values = Record<string, unknown>;

/** Sets `a.b`, or `a[].b` in item i of list a, creating what is missing. */
function setPath(values: Values, path: string, value: unknown, index = 0): void {
  const [head, ...rest] = path.split('.');
  if (head.endsWith('[]')) {
    const key = head.slice(0, -2);
    const list = ((values[key] as Values[] | undefined) ??= []);
    list[index] ??= {};
    if (rest.length) setPath(list[index], rest.join('.'), value);
    else list[index] = value as Values;
    return;
  }
  if (!rest.length) values[head] = value;
  else setPath(((values[head] as Values | undefined) ??= {}), rest.join('.'), value, index);
}

/**
 * One field of an existing entry, read with the pipeline's own frontmatter and YAML readers, and
 * used only if it is valid for that field. The entry itself may still have placeholders (a source
 * written a minute ago), so the entry as a whole is not required to validate.
 */
function readField(contentDir: string, kind: Kind, id: string, path: string): unknown {
  let text: string;
  try {
    text = readFileSync(entryPathOf(contentDir, kind, id), 'utf8');
  } catch {
    return undefined;
  }
  const file = displayPath(contentDir, kind, id);
  const positions = new PositionIndex(text);
  let yaml = text;
  let offset = 0;
  if (KINDS[kind].hasBody) {
    const split = splitFrontmatter(file, text, positions).frontmatter;
    if (!split) return undefined;
    ({ yaml, yamlOffset: offset } = split);
  }
  const value = (parseYaml(file, yaml, offset, positions).value as Record<string, unknown> | null | undefined)?.[path];
  const field = kindDoc(kind).fields.find((f) => f.path === path);
  return field && value !== undefined && field.schema.safeParse(value).success ? value : undefined;
}

/** The values a new entry starts with: the answers, then what the template fills. */
export function initialValues(kind: Kind, answers: Answers, context: ScaffoldContext): Values {
  const template = TEMPLATES[kind];
  const values: Values = {};
  for (const question of template.questions) {
    const given = answers.get(question.field);
    if (!given?.length) continue;
    const field = questionField(kind, question);
    // `evidence[].source`: one list item per value. `assertions[].claims`: a list in the first item.
    if (field.shape === 'list') setPath(values, question.field, given);
    else if (question.field.includes('[]')) given.forEach((v, i) => setPath(values, question.field, v, i));
    else setPath(values, question.field, given[0]);
  }
  for (const [path, fill] of Object.entries(template.fills)) {
    if ('today' in fill) setPath(values, path, context.today);
    else if ('copy' in fill) {
      const copied = answers.get(fill.copy)?.[0];
      if (copied !== undefined) setPath(values, path, copied);
    } else if ('fromEntry' in fill) {
      const { idField, kind: other, field } = fill.fromEntry;
      (answers.get(idField) ?? []).forEach((id, i) => {
        const found = readField(context.contentDir, other, id, field);
        if (found !== undefined) setPath(values, path, found, i);
      });
    } else if ('nextOrder' in fill) {
      const orders = entryIds(context.contentDir, fill.nextOrder).map((id) => Number(readField(context.contentDir, fill.nextOrder, id, 'order') ?? 0));
      setPath(values, path, Math.min(999, Math.max(0, ...orders) + 1));
    }
  }
  return values;
}

const WIDTH = 100;
const PLAIN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const YAML_WORDS = new Set(['true', 'false', 'null', 'yes', 'no', 'on', 'off', 'y', 'n']);

function scalar(value: unknown, field: FieldDoc): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = String(value);
  if (!field.date && PLAIN.test(text) && !YAML_WORDS.has(text)) return text;
  return JSON.stringify(text);
}

function comment(text: string, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && indent.length + 2 + line.length + 1 + word.length > WIDTH) {
      lines.push(`${indent}# ${line}`);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(`${indent}# ${line}`);
  return lines;
}

interface RenderState {
  show: Set<string>;
  placeholders: string[];
}

/**
 * YAML lines for the fields of a mapping. `docs` writes each field's doc comment above it;
 * `where` is the path with list positions, for the list of placeholders.
 */
function renderFields(fields: FieldDoc[], values: Values | undefined, indent: string, state: RenderState, docs: boolean, where: string, track: boolean): string[] {
  const lines: string[] = [];
  for (const field of fields) {
    const value = values?.[field.key];
    const at = where ? `${where}.${field.key}` : field.key;
    // Inside a commented-out block (track is off) every field is written, to be switched on as a whole.
    const written = value !== undefined || field.required || state.show.has(field.path) || !track;
    if (docs && field.doc) lines.push(...comment(field.doc, indent));
    if (written) lines.push(...renderField(field, value, indent, state, docs, at, track));
    else {
      // Optional: shown commented out, without its own comments, ready to be switched on.
      const block = renderField(field, undefined, indent, state, false, at, false);
      lines.push(...block.map((l) => `${indent}# ${l.slice(indent.length)}`));
    }
  }
  return lines;
}

function renderField(field: FieldDoc, value: unknown, indent: string, state: RenderState, docs: boolean, at: string, track: boolean): string[] {
  const key = `${indent}${field.key}:`;
  if (field.shape === 'object') {
    return [key, ...renderFields(field.children ?? [], value as Values | undefined, `${indent}  `, state, docs, at, track)];
  }
  if (field.shape === 'list' && field.itemShape === 'object') {
    const items = (value as Values[] | undefined) ?? [{}];
    const lines = [key];
    items.forEach((item, i) => {
      const inner = renderFields(field.children ?? [], item, `${indent}    `, state, docs && i === 0, `${at}[${i}]`, track);
      const first = inner.findIndex((l) => !l.trimStart().startsWith('#'));
      inner.forEach((line, j) => {
        if (j < first) lines.push(`${indent}  ${line.trimStart()}`);
        else if (j === first) lines.push(`${indent}  - ${line.slice(indent.length + 4)}`);
        else lines.push(line);
      });
    });
    return lines;
  }
  if (field.shape === 'list') {
    const items = (value as unknown[] | undefined) ?? [];
    return [`${key} [${items.map((v) => scalar(v, field)).join(', ')}]`];
  }
  if (value === undefined) {
    if (track) state.placeholders.push(at);
    return [`${key} ""`];
  }
  return [`${key} ${scalar(value, field)}`];
}

/** The kind as contributors say it. */
export const NOUN: Record<Kind, string> = { claim: 'claim', source: 'source', topic: 'topic', entity: 'entity', review: 'review', question: 'open question', series: 'series of figures' };

/** The text of a new entry. */
export function buildScaffold(kind: Kind, id: string, answers: Answers, context: ScaffoldContext): Scaffold {
  const template = TEMPLATES[kind];
  const doc = kindDoc(kind);
  const state: RenderState = { show: new Set(template.show), placeholders: [] };
  const values = initialValues(kind, answers, context);
  const header = comment(
    `New ${NOUN[kind]}, written by npm run new. Fill in every "" below: until then the checker ` +
      'reports each one as an error. Lines starting with # are notes for you; delete them when you like. ' +
      'Optional fields are commented out: remove the "# " in front of one to use it, and delete the lines you do not need. ' +
      'Every field is described in docs/fields.md; how to write an entry, in CONTRIBUTING.md.',
    '',
  );
  const yaml = [...header, '', ...renderFields(doc.fields, values, '', state, true, '', true)].join('\n');
  const text = doc.hasBody ? `---\n${yaml}\n---\n\n${template.body ?? ''}` : `${yaml}\n`;
  return {
    kind,
    id,
    path: entryPathOf(context.contentDir, kind, id),
    file: displayPath(context.contentDir, kind, id),
    text,
    placeholders: state.placeholders,
  };
}

/** Writes the new entry; never replaces an existing file (the `wx` flag fails if one appeared meanwhile). */
export function writeScaffold(scaffold: Scaffold): void {
  mkdirSync(join(scaffold.path, '..'), { recursive: true });
  writeFileSync(scaffold.path, scaffold.text, { flag: 'wx' });
}
