/**
 * The field reference is made from the schema: every field has a doc comment, and docs/fields.md is
 * exactly what `npm run docs:fields` writes today.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { componentDocs, flatten, kindDoc, kindDocs } from '../../scripts/lib/field-reference';
import { fieldsMarkdown } from '../../scripts/lib/fields-markdown';

describe('the field reference', () => {
  it('finds a doc comment for every field of every kind and every component prop', () => {
    const undocumented = [
      ...kindDocs().flatMap((k) => flatten(k.fields).filter((f) => !f.doc).map((f) => `${k.kind}: ${f.path}`)),
      ...componentDocs().flatMap((c) => c.props.filter((p) => !p.doc).map((p) => `<${c.name}>: ${p.path}`)),
    ];
    expect(undocumented).toEqual([]);
  });

  it('reads from the schema whether a field is required, what it takes and what it names', () => {
    const fields = new Map(flatten(kindDoc('claim').fields).map((f) => [f.path, f]));
    expect(fields.get('topic')).toMatchObject({ required: true, value: 'id of a topic', references: 'topic' });
    expect(fields.get('entities')).toMatchObject({ required: false, value: 'list of entity ids' });
    expect(fields.get('evidence')).toMatchObject({ required: true, minItems: 1, value: 'list of mappings (fields below), at least 1' });
    expect(fields.get('evidence[].locator.paragraph')).toMatchObject({ required: false, value: 'whole number, 1 or more' });
    expect(fields.get('status_history[].date')).toMatchObject({ date: true, value: 'date, "YYYY-MM-DD" (in quotes)' });
    const source = new Map(flatten(kindDoc('source').fields).map((f) => [f.path, f]));
    expect(source.get('accessed')?.value).toBe('date, "YYYY-MM-DD" (in quotes), or unknown');
    expect(kindDoc('source').rules).toContain('add an archived copy (archives: url and date) or say why there is none (no_archive)');
  });

  it('is written to docs/fields.md as npm run docs:fields writes it (run it after changing a schema)', () => {
    expect(readFileSync('docs/fields.md', 'utf8')).toBe(fieldsMarkdown());
  });
});
