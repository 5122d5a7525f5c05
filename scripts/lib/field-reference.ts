/**
 * The field reference: every field of every kind of entry and every prop of the body components,
 * with its doc comment, whether it is required and what value it takes. The structure comes from the
 * zod schemas at run time; the words come from the doc comments in `src/schema/*.ts`, read with the
 * TypeScript parser (comments do not survive into JavaScript). `docs/fields.md` and the comments in
 * the entries `npm run new` writes are both made from this, so neither is copied by hand.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as TypeScript from 'typescript';
import { z } from 'astro/zod';
import * as schema from '../../src/schema/index';
import { KINDS, KIND_NAMES, type Kind } from '../../src/schema/index';

const SCHEMA_DIR = fileURLToPath(new URL('../../src/schema/', import.meta.url));
// Loaded with require: through tsx's ESM loader the 9 MB compiler takes seconds longer to load.
const ts: typeof TypeScript = createRequire(import.meta.url)('typescript');

export interface FieldDoc {
  /** Path as contributors write it: `evidence[].quote.text`. */
  path: string;
  /** The key itself: `text`. */
  key: string;
  required: boolean;
  /** The field's doc comment, on one line. */
  doc: string;
  /** What goes here, in words: "text, at most 120 characters", "id of a topic" ... */
  value: string;
  /** The shape of the value, for writing a placeholder. */
  shape: 'text' | 'number' | 'boolean' | 'object' | 'list';
  /** For a list: whether its items are mappings of fields. */
  itemShape?: 'text' | 'number' | 'boolean' | 'object';
  /** Fewest items a list needs. */
  minItems?: number;
  /** The allowed values, for a field (or list) with a fixed set of options. */
  options?: string[];
  /** The kind of entry an id in this field names. */
  references?: Kind;
  /** Whether the value is a date, which YAML needs quoted. */
  date?: boolean;
  /** Fields of a mapping, or of each mapping in a list. */
  children?: FieldDoc[];
  /** Checks that span several fields of the mapping (from the schema's refinements). */
  rules?: string[];
  /** The schema of the field, unwrapped from optional and default. */
  schema: z.ZodTypeAny;
}

export interface KindDoc {
  kind: Kind;
  folder: string;
  extension: string;
  hasBody: boolean;
  /** The schema file's opening comment. */
  summary: string;
  fields: FieldDoc[];
  rules: string[];
}

export interface ComponentDoc {
  name: string;
  placement: 'block' | 'inline';
  summary: string;
  props: FieldDoc[];
  rules: string[];
}

/** What the TypeScript source says about one `const X = ...` of a schema file. */
interface ConstInfo {
  doc: string;
  props: PropsInfo;
  rules: string[];
}
type PropsInfo = Map<string, { doc: string; nested?: PropsInfo; rules: string[] }>;

interface SourceDocs {
  consts: Map<string, ConstInfo>;
  /** Opening comment of each schema file, by file name without extension. */
  files: Map<string, string>;
}

let cached: SourceDocs | undefined;

function sourceDocs(): SourceDocs {
  if (cached) return cached;
  const consts = new Map<string, ConstInfo>();
  const files = new Map<string, string>();
  for (const name of readdirSync(SCHEMA_DIR).filter((n) => n.endsWith('.ts')).sort()) {
    const text = readFileSync(join(SCHEMA_DIR, name), 'utf8');
    const file = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
    const header = ts.getLeadingCommentRanges(text, 0)?.[0];
    if (header && text.startsWith('/**', header.pos)) files.set(name.replace(/\.ts$/, ''), cleanComment(text.slice(header.pos, header.end)));
    for (const statement of file.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
        const literal = objectLiteralIn(declaration.initializer);
        consts.set(declaration.name.text, {
          doc: jsDocOf(declaration),
          props: literal ? propsOf(literal) : new Map(),
          rules: messagesIn(declaration.initializer, literal),
        });
      }
    }
  }
  cached = { consts, files };
  return cached;
}

/** The object literal passed to the first `z.object(...)` in an expression. */
function objectLiteralIn(node: TypeScript.Node): TypeScript.ObjectLiteralExpression | undefined {
  let found: TypeScript.ObjectLiteralExpression | undefined;
  const visit = (n: TypeScript.Node): void => {
    if (found) return;
    if (ts.isCallExpression(n) && isZObject(n.expression) && n.arguments[0] && ts.isObjectLiteralExpression(n.arguments[0])) {
      found = n.arguments[0];
      return;
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}

/** `z.object`, however it is laid out over lines. */
function isZObject(callee: TypeScript.Expression): boolean {
  return ts.isPropertyAccessExpression(callee) && callee.name.text === 'object' && ts.isIdentifier(callee.expression) && callee.expression.text === 'z';
}

function propsOf(literal: TypeScript.ObjectLiteralExpression): PropsInfo {
  const props: PropsInfo = new Map();
  for (const property of literal.properties) {
    if (!ts.isPropertyAssignment(property)) continue;
    const name = property.name.getText().replace(/^['"]|['"]$/g, '');
    const nested = objectLiteralIn(property.initializer);
    props.set(name, { doc: jsDocOf(property), nested: nested ? propsOf(nested) : undefined, rules: messagesIn(property.initializer, nested) });
  }
  return props;
}

/** Messages of refinements in an expression, outside the fields' own literal: checks across fields. */
function messagesIn(node: TypeScript.Node, exclude: TypeScript.Node | undefined): string[] {
  const messages: string[] = [];
  const visit = (n: TypeScript.Node): void => {
    if (n === exclude) return;
    if (ts.isPropertyAssignment(n) && n.name.getText() === 'message' && ts.isStringLiteralLike(n.initializer)) {
      messages.push(n.initializer.text);
    }
    ts.forEachChild(n, visit);
  };
  const root = ts.isCallExpression(node) || ts.isPropertyAccessExpression(node) ? node : undefined;
  // Only refinements chained on an object count; a field's own validation message (IsoDate's, say)
  // is reported on the field and described by its value.
  if (root && exclude) visit(root);
  return messages;
}

function jsDocOf(node: TypeScript.Node): string {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const last = docs[docs.length - 1];
  if (!last) return '';
  const comment = ts.getTextOfJSDocComment(last.comment) ?? '';
  return comment.replace(/\s+/g, ' ').trim();
}

function cleanComment(comment: string): string {
  return comment
    .replace(/^\/\*\*|\*\/$/g, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The exported name of a schema object, found by identity among the schema module's exports. */
function exportName(value: unknown): string | undefined {
  for (const [name, exported] of Object.entries(schema)) if (exported === value) return name;
  return undefined;
}

const NAMED_VALUES: [unknown, string, Partial<FieldDoc>][] = [
  [schema.IsoDate, 'date, "YYYY-MM-DD" (in quotes)', { date: true }],
  [schema.PartialDate, 'date, "YYYY", "YYYY-MM" or "YYYY-MM-DD" (in quotes)', { date: true }],
  [schema.PartialDateOrUnknown, 'date, "YYYY", "YYYY-MM" or "YYYY-MM-DD" (in quotes), or unknown', { date: true }],
  [schema.WebUrl, 'web address starting with https://', {}],
  [schema.LanguageTag, 'language tag: en, zh, zh-Hans, ug ...', {}],
  [schema.EntryId, 'id (kebab-case)', {}],
  [schema.Text, 'text', {}],
];

interface Described {
  value: string;
  shape: FieldDoc['shape'];
  extra: Partial<FieldDoc>;
}

/** What a scalar schema accepts, in words. */
function describeScalar(s: z.ZodTypeAny): Described {
  const inner = unwrap(s).schema;
  for (const [named, value, extra] of NAMED_VALUES) if (inner === named) return { value, shape: 'text', extra };
  if (inner instanceof z.ZodEnum) {
    const options = (inner.options as string[]).slice();
    return { value: `one of: ${options.join(', ')}`, shape: 'text', extra: { options } };
  }
  if (inner instanceof z.ZodNumber) {
    const checks = inner.def.checks?.map((c) => c._zod.def) ?? [];
    const int = inner.isInt;
    const bound = (name: string) => checks.find((c) => c.check === name) as { value: number; inclusive: boolean } | undefined;
    const noun = int ? 'whole number' : 'number';
    const minCheck = bound('greater_than');
    const max = bound('less_than')?.value;
    // positive() is "greater than 0, exclusive": for whole numbers, 1 or more.
    const min = minCheck === undefined ? undefined : minCheck.inclusive || !int ? minCheck.value : minCheck.value + 1;
    const range = min !== undefined && max !== undefined ? ` from ${min} to ${max}` : min !== undefined ? `, ${min} or more` : '';
    return { value: `${noun}${range}`, shape: 'number', extra: {} };
  }
  if (inner instanceof z.ZodBoolean) return { value: 'true or false', shape: 'boolean', extra: {} };
  if (inner instanceof z.ZodPipe) {
    const max = maxLength(inner.out as z.ZodTypeAny);
    return { value: max === undefined ? 'text' : `text, at most ${max} characters`, shape: 'text', extra: {} };
  }
  // A refinement nobody named (the source's `accessed`, say): read what it accepts.
  const accepts = (v: string) => inner.safeParse(v).success;
  if (accepts('2024-11-21') && !accepts('not a date')) {
    const partial = accepts('2024-11') ? '"YYYY", "YYYY-MM" or "YYYY-MM-DD"' : '"YYYY-MM-DD"';
    return { value: `date, ${partial} (in quotes)${accepts('unknown') ? ', or unknown' : ''}`, shape: 'text', extra: { date: true } };
  }
  return { value: 'text', shape: 'text', extra: {} };
}

function maxLength(s: z.ZodTypeAny): number | undefined {
  return s instanceof z.ZodString ? (s.maxLength ?? undefined) : undefined;
}

/** The schema inside optional, default and refinement wrappers, and whether it may be left out. */
function unwrap(s: z.ZodTypeAny): { schema: z.ZodTypeAny; optional: boolean; object?: z.ZodObject<z.ZodRawShape>; wrappers: z.ZodTypeAny[] } {
  let current = s;
  let optional = false;
  const wrappers: z.ZodTypeAny[] = [];
  for (;;) {
    wrappers.push(current);
    if (current instanceof z.ZodOptional || current instanceof z.ZodDefault) {
      optional = true;
      current = current.unwrap() as z.ZodTypeAny;
    } else break;
  }
  return { schema: current, optional, object: current instanceof z.ZodObject ? current : undefined, wrappers };
}

/** The doc comments for a mapping: those of the exported schema it is, or of the literal it was written as. */
function propsFor(wrappers: z.ZodTypeAny[], literal: PropsInfo | undefined): { props: PropsInfo; rules: string[] } {
  for (const w of wrappers) {
    const name = exportName(w);
    const info = name ? sourceDocs().consts.get(name) : undefined;
    if (info) return { props: info.props, rules: info.rules };
  }
  return { props: literal ?? new Map(), rules: [] };
}

function fieldsOf(object: z.ZodObject<z.ZodRawShape>, props: PropsInfo, prefix: string, references: Map<string, Kind>): FieldDoc[] {
  return Object.entries(object.shape).map(([key, fieldSchema]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    const info = props.get(key);
    const { schema: inner, optional, wrappers } = unwrap(fieldSchema as z.ZodTypeAny);
    const field: FieldDoc = { path, key, required: !optional, doc: info?.doc ?? '', value: '', shape: 'text', schema: inner };
    const referenced = references.get(path);
    if (inner instanceof z.ZodArray) {
      const element = unwrap(inner.element as z.ZodTypeAny);
      field.shape = 'list';
      field.minItems = (inner.def.checks?.map((c) => c._zod.def).find((c) => c.check === 'min_length') as { minimum: number } | undefined)?.minimum;
      const itemReference = references.get(`${path}[]`);
      if (element.object) {
        const nested = propsFor(element.wrappers, info?.nested);
        field.itemShape = 'object';
        field.children = fieldsOf(element.object, nested.props, `${path}[]`, references);
        field.rules = [...nested.rules, ...(info?.rules ?? [])];
        field.value = 'list of mappings (fields below)';
      } else {
        const item = describeScalar(inner.element as z.ZodTypeAny);
        field.itemShape = item.shape as FieldDoc['itemShape'];
        Object.assign(field, item.extra);
        field.value = itemReference ? `list of ${itemReference} ids` : `list of: ${item.value}`;
        if (itemReference) field.references = itemReference;
      }
      if (field.minItems) field.value += `, at least ${field.minItems}`;
    } else if (unwrap(fieldSchema as z.ZodTypeAny).object) {
      const nested = propsFor(wrappers, info?.nested);
      field.shape = 'object';
      field.children = fieldsOf(unwrap(fieldSchema as z.ZodTypeAny).object!, nested.props, path, references);
      field.rules = [...nested.rules, ...(info?.rules ?? [])];
      field.value = 'mapping (fields below)';
    } else {
      const described = describeScalar(fieldSchema as z.ZodTypeAny);
      field.shape = described.shape;
      field.value = referenced ? `id of ${article(referenced)}` : described.value;
      Object.assign(field, described.extra);
      if (referenced) field.references = referenced;
    }
    return field;
  });
}

/** Reference paths of a kind in this module's notation: `evidence.*.source` → `evidence[].source`. */
function referencePaths(kind: Kind): Map<string, Kind> {
  const map = new Map<string, Kind>();
  for (const ref of KINDS[kind].references as readonly { path: string; kind: Kind }[]) {
    map.set(ref.path.replace(/\.\*/g, '[]'), ref.kind);
  }
  return map;
}

let kinds: KindDoc[] | undefined;

export function kindDocs(): KindDoc[] {
  kinds ??= KIND_NAMES.map((kind) => {
    const spec = KINDS[kind];
    const top = unwrap(spec.schema);
    const { props, rules } = propsFor(top.wrappers, undefined);
    return {
      kind,
      folder: spec.folder,
      extension: spec.extension,
      hasBody: spec.hasBody,
      summary: sourceDocs().files.get(kind) ?? '',
      fields: fieldsOf(top.object!, props, '', referencePaths(kind)),
      rules,
    };
  });
  return kinds;
}

export function kindDoc(kind: Kind): KindDoc {
  return kindDocs().find((k) => k.kind === kind)!;
}

export function componentDocs(): ComponentDoc[] {
  return Object.entries(schema.COMPONENTS).map(([name, component]) => {
    const top = unwrap(component.props);
    const names = top.wrappers.map(exportName).filter((n): n is string => n !== undefined);
    const info = names.map((n) => sourceDocs().consts.get(n)).find(Boolean);
    return {
      name,
      placement: component.placement,
      summary: info?.doc ?? '',
      props: fieldsOf(top.object!, info?.props ?? new Map(), '', new Map([['source', 'source' as Kind]])),
      rules: info?.rules ?? [],
    };
  });
}

function article(word: string): string {
  return `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;
}

/** Every field at every depth, parents before children. */
export function flatten(fields: FieldDoc[]): FieldDoc[] {
  return fields.flatMap((f) => [f, ...flatten(f.children ?? [])]);
}
