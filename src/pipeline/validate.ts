/**
 * Runs an entry's data through its schema and turns each zod issue into a diagnostic at the YAML
 * line of the offending field, with "did you mean" for misspelled keys and values.
 */
import { z } from 'astro/zod';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic';
import type { RuleId } from '../diagnostics/rules';
import { closest, didYouMean } from './suggest';
import type { FieldPath, ParsedYaml } from './yaml';

export function validateData<S extends z.ZodTypeAny>(
  file: string,
  schema: S,
  yaml: ParsedYaml,
  what: string,
  id?: string,
): { data?: z.output<S>; diagnostics: Diagnostic[] } {
  const value = yaml.value ?? {};
  if (typeof value !== 'object' || Array.isArray(value) || value === null) {
    return {
      diagnostics: [diagnostic(file, yaml.spanOf([]), 'wrong-type', `The ${what} must be a mapping of fields (key: value), not ${describe(value)}.`, 'Write one field per line as "name: value".')],
    };
  }
  // reportInput puts the offending value on each issue: a missing key is the one whose input is undefined.
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return { data: result.data, diagnostics: [] };
  const issues = result.error.issues;
  // A misspelled required field is one problem, not two: keep "unknown field ... did you mean", drop "missing".
  const misspelled = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const path = issuePath(issue);
    const known = Object.keys(objectShapeAt(schema, path) ?? {});
    for (const key of issue.keys) {
      const meant = closest(key, known);
      if (meant) misspelled.add(formatPath([...path, meant]));
    }
  }
  const kept = issues.filter((i) => !(isMissing(i) && misspelled.has(formatPath(issuePath(i)))));
  return { diagnostics: kept.flatMap((issue) => issueDiagnostics(file, schema, yaml, issue, what, id)) };
}

const YAML_REPORTED_KEYS = new Set(['<<', '__proto__', 'constructor', 'prototype']);

export type Issue = z.core.$ZodIssue;

/** An issue's path as the YAML stage names fields (zod allows symbols; data read from YAML has none). */
export function issuePath(issue: Issue): FieldPath {
  return issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
}

/**
 * A required field that is not there: zod reports it as a wrong type, or for a list of options as a
 * wrong value, whose input is undefined (parsed with `reportInput`, every other issue carries one).
 */
export function isMissing(issue: Issue): boolean {
  return (issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined;
}

/** The type of a value in zod's words, for "should be text, not a list". */
export function receivedType(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value;
}

/** Path as contributors write it: `evidence[0].quote.text`. */
export function formatPath(path: FieldPath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function issueDiagnostics(file: string, schema: z.ZodTypeAny, yaml: ParsedYaml, issue: Issue, what: string, id?: string): Diagnostic[] {
  const path = issuePath(issue);
  const field = formatPath(path);
  const named = field ? `"${field}"` : `the ${what}`;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = Object.keys(objectShapeAt(schema, path) ?? {});
      // The YAML stage reports merge keys and prototype keys already.
      return issue.keys.filter((key) => !YAML_REPORTED_KEYS.has(key)).map((key) => {
        if (key === 'id' && path.length === 0 && id !== undefined) {
          return diagnostic(
            file,
            yaml.spanOf([key], 'key'),
            'unknown-field',
            `Unknown field "id" in the ${what}: an entry's id is its file name, here "${id}".`,
            'Remove the field; to change the id, rename the file (and every reference to it).',
          );
        }
        if (key === '') {
          return diagnostic(file, yaml.spanOf([...path, key], 'key'), 'unknown-field', `A key${path.length ? ` under "${formatPath(path)}"` : ''} is empty or YAML's null (null, ~), which names no field of the ${what}.`, 'Write the name of the field before the colon, or remove the line.');
        }
        const suggestion = didYouMean(key, known);
        return diagnostic(
          file,
          yaml.spanOf([...path, key], 'key'),
          'unknown-field',
          `Unknown field "${formatPath([...path, key])}" in the ${what}.`,
          suggestion || `Remove it; the fields here are: ${known.join(', ')}.`,
        );
      });
    }
    case 'invalid_type': {
      if (isMissing(issue)) return missingField(file, yaml, path, named, what);
      return [
        diagnostic(file, yaml.spanOf(path), 'wrong-type', `Field ${named} should be ${article(issue.expected)}, not ${article(receivedType(issue.input))}.`, typeFix(issue.expected)),
      ];
    }
    case 'invalid_value': {
      if (isMissing(issue)) return missingField(file, yaml, path, named, what);
      const options = issue.values.map(String);
      const suggestion = didYouMean(String(issue.input), options);
      return [
        diagnostic(
          file,
          yaml.spanOf(path),
          'invalid-value',
          `Field ${named} is "${String(issue.input)}", which is not one of: ${options.join(', ')}.`,
          suggestion || `Use one of: ${options.join(', ')}.`,
        ),
      ];
    }
    case 'custom': {
      const rule = ((issue.params as { rule?: RuleId } | undefined)?.rule ?? 'invalid-value') as RuleId;
      return [diagnostic(file, yaml.spanOf(path), rule, `Field ${named}: ${issue.message}.`)];
    }
    case 'too_small':
      return [diagnostic(file, yaml.spanOf(path), 'invalid-value', `Field ${named}: ${issue.message}.`, issue.origin === 'array' ? 'Add the missing items.' : issue.origin === 'string' ? 'Write the text; it cannot be empty.' : undefined)];
    case 'too_big':
      return [diagnostic(file, yaml.spanOf(path), 'invalid-value', `Field ${named}: ${issue.message}.`, issue.origin === 'string' ? 'Shorten the text.' : undefined)];
    default:
      return [diagnostic(file, yaml.spanOf(path), 'invalid-value', `Field ${named}: ${issue.message}.`)];
  }
}

/** A missing field is reported at the mapping that should hold it. */
function missingField(file: string, yaml: ParsedYaml, path: FieldPath, named: string, what: string): Diagnostic[] {
  return [diagnostic(file, yaml.spanOf(path.slice(0, -1), 'key'), 'missing-field', `Missing required field ${named} in the ${what}.`, `Add "${path[path.length - 1]}:" with a value.`)];
}

/** The fields of the object schema found at a path, looking through wrappers, lists and refinements. */
export function objectShapeAt(schema: z.ZodTypeAny, path: FieldPath): Record<string, z.ZodTypeAny> | undefined {
  let current: z.ZodTypeAny | undefined = schema;
  for (const segment of [...path, null]) {
    current = unwrap(current);
    if (segment === null) break;
    if (current instanceof z.ZodArray && typeof segment === 'number') current = current.element as z.ZodTypeAny;
    else if (current instanceof z.ZodObject && typeof segment === 'string') {
      // Own fields only: a key "toString" must not find Object's prototype.
      current = Object.hasOwn(current.shape, segment) ? (current.shape[segment] as z.ZodTypeAny) : undefined;
    }
    else return undefined;
  }
  return current instanceof z.ZodObject ? (current.shape as Record<string, z.ZodTypeAny>) : undefined;
}

/** The schema inside optional, default and pipe wrappers (zod 4 keeps refinements on the schema itself). */
function unwrap(schema: z.ZodTypeAny | undefined): z.ZodTypeAny | undefined {
  let s = schema;
  for (;;) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault) s = s.unwrap() as z.ZodTypeAny;
    else if (s instanceof z.ZodPipe) s = s.in as z.ZodTypeAny;
    else return s;
  }
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'empty';
  return article(typeof value);
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of fields',
  null: 'empty',
  undefined: 'missing',
};

function article(type: string): string {
  return TYPE_WORDS[type] ?? type;
}

function typeFix(expected: string): string {
  switch (expected) {
    case 'string':
      return 'Put the value in double quotes to make it text.';
    case 'array':
      return 'Write a list: one "- item" per line, or [a, b] on one line.';
    case 'object':
      return 'Write the fields indented under the key, one "name: value" per line.';
    case 'number':
      return 'Write a number without quotes.';
    default:
      return `Change the value to ${article(expected)}.`;
  }
}
