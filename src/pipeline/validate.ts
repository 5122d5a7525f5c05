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
  const result = schema.safeParse(value);
  if (result.success) return { data: result.data, diagnostics: [] };
  const issues = result.error.issues;
  // A misspelled required field is one problem, not two: keep "unknown field ... did you mean", drop "missing".
  const misspelled = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = Object.keys(objectShapeAt(schema, issue.path) ?? {});
    for (const key of issue.keys) {
      const meant = closest(key, known);
      if (meant) misspelled.add(formatPath([...issue.path, meant]));
    }
  }
  const kept = issues.filter((i) => !(i.code === 'invalid_type' && i.received === 'undefined' && misspelled.has(formatPath(i.path))));
  return { diagnostics: kept.flatMap((issue) => issueDiagnostics(file, schema, yaml, issue, what, id)) };
}

const YAML_REPORTED_KEYS = new Set(['<<', '__proto__', 'constructor', 'prototype']);

/** Path as contributors write it: `evidence[0].quote.text`. */
export function formatPath(path: FieldPath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function issueDiagnostics(file: string, schema: z.ZodTypeAny, yaml: ParsedYaml, issue: z.ZodIssue, what: string, id?: string): Diagnostic[] {
  const path = issue.path;
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
      if (issue.received === 'undefined') {
        const parent = path.slice(0, -1);
        return [
          diagnostic(file, yaml.spanOf(parent, 'key'), 'missing-field', `Missing required field ${named} in the ${what}.`, `Add "${path[path.length - 1]}:" with a value.`),
        ];
      }
      return [
        diagnostic(file, yaml.spanOf(path), 'wrong-type', `Field ${named} should be ${article(issue.expected)}, not ${article(issue.received)}.`, typeFix(issue.expected)),
      ];
    }
    case 'invalid_enum_value': {
      const options = issue.options.map(String);
      const suggestion = didYouMean(String(issue.received), options);
      return [
        diagnostic(
          file,
          yaml.spanOf(path),
          'invalid-value',
          `Field ${named} is "${String(issue.received)}", which is not one of: ${options.join(', ')}.`,
          suggestion || `Use one of: ${options.join(', ')}.`,
        ),
      ];
    }
    case 'custom': {
      const rule = ((issue.params as { rule?: RuleId } | undefined)?.rule ?? 'invalid-value') as RuleId;
      return [diagnostic(file, yaml.spanOf(path), rule, `Field ${named}: ${issue.message}.`)];
    }
    case 'too_small':
      return [diagnostic(file, yaml.spanOf(path), 'invalid-value', `Field ${named}: ${issue.message}.`, issue.type === 'array' ? 'Add the missing items.' : issue.type === 'string' ? 'Write the text; it cannot be empty.' : undefined)];
    case 'too_big':
      return [diagnostic(file, yaml.spanOf(path), 'invalid-value', `Field ${named}: ${issue.message}.`, issue.type === 'string' ? 'Shorten the text.' : undefined)];
    case 'invalid_string':
    default:
      return [diagnostic(file, yaml.spanOf(path), 'invalid-value', `Field ${named}: ${issue.message}.`)];
  }
}

/** The fields of the object schema found at a path, looking through wrappers, lists and refinements. */
export function objectShapeAt(schema: z.ZodTypeAny, path: FieldPath): Record<string, z.ZodTypeAny> | undefined {
  let current: z.ZodTypeAny | undefined = schema;
  for (const segment of [...path, null]) {
    current = unwrap(current);
    if (segment === null) break;
    if (current instanceof z.ZodArray && typeof segment === 'number') current = current.element;
    else if (current instanceof z.ZodObject && typeof segment === 'string') current = current.shape[segment];
    else return undefined;
  }
  return current instanceof z.ZodObject ? current.shape : undefined;
}

function unwrap(schema: z.ZodTypeAny | undefined): z.ZodTypeAny | undefined {
  let s = schema;
  for (;;) {
    if (s instanceof z.ZodEffects) s = s.innerType();
    else if (s instanceof z.ZodOptional || s instanceof z.ZodNullable) s = s.unwrap();
    else if (s instanceof z.ZodDefault) s = s._def.innerType;
    else if (s instanceof z.ZodPipeline) s = s._def.in;
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
