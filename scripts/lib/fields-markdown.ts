/**
 * `docs/fields.md`: the field reference as Markdown, written from the schemas by `npm run docs:fields`
 * and compared with the committed file by a test, so the page never drifts from the schema.
 */
import { componentDocs, kindDocs, type FieldDoc } from './field-reference';

const TITLES: Record<string, string> = {
  claim: 'Claim',
  source: 'Source',
  topic: 'Topic',
  entity: 'Entity',
  review: 'Review',
  question: 'Open question',
  series: 'Series of figures',
};

export function fieldsMarkdown(): string {
  const kinds = kindDocs();
  const components = componentDocs();
  const out: string[] = [
    '# Field reference',
    '',
    '<!-- Generated from the schemas in src/schema/ by `npm run docs:fields`; do not edit by hand.',
    '     To change a description, edit the doc comment of the field in its schema file and run the command. -->',
    '',
    'Every kind of entry, every field it has, whether it must be given, what value it takes and what it',
    'means. How to write an entry step by step is in [CONTRIBUTING.md](../CONTRIBUTING.md); the problems',
    'the checker reports are in the [rule catalog](rules.md). Start a new entry with',
    '`npm run new -- <kind> <id>`: it writes every required field, with these descriptions as comments.',
    '',
    ...kinds.map((k) => `- [${TITLES[k.kind]}](#${anchor(TITLES[k.kind])}): \`content/${k.folder}/<id>${k.extension}\``),
    '- [Body components](#body-components): `<Quote>`, `<Aside>`, `<Term>` in the body of an `.mdx` entry',
    '',
    'How values are written (YAML):',
    '',
    '- *text*: on one line, in double quotes when it contains `: ` or ` #`, or starts with a quote or bracket;',
    '  a long text can continue on the next lines after `>-`, indented.',
    '- *date*: always in double quotes, `"2024-11-21"`; a partial date is `"2024-11"` or `"2024"`.',
    '- *id*: the file name of another entry without its extension, e.g. `leaks` for `content/topics/leaks.mdx`.',
    '- *list*: `[a, b]` on one line, or one `- item` per line; a list of mappings has one `- ` per item.',
    '- A field marked *no* under "required" may be left out entirely.',
  ];
  for (const k of kinds) {
    out.push('', `## ${TITLES[k.kind]}`, '');
    const layout = k.hasBody
      ? `\`content/${k.folder}/<id>${k.extension}\`: the fields below as YAML between two \`---\` lines, then the body in Markdown.`
      : `\`content/${k.folder}/<id>${k.extension}\`: the fields below as YAML; no body.`;
    out.push(layout, '', k.summary, '', ...table(k.fields));
    const rules = [...k.rules.map((r) => ({ rule: r, path: '' })), ...nestedRules(k.fields)];
    if (rules.length) {
      out.push('', 'Also checked across fields:', '');
      for (const { rule, path } of rules) out.push(`- ${path ? `\`${path}\`: ` : ''}${sentence(rule)}`);
    }
  }
  out.push('', '## Body components', '');
  out.push(
    'The only elements allowed in the body of an entry. Props are written `name="value"`, in double',
    'quotes; nothing in braces is evaluated. A block component stands on lines of its own, with a blank',
    'line before and after; an inline one sits inside a sentence.',
  );
  for (const c of components) {
    out.push('', `### \`<${c.name}>\` (${c.placement})`, '', c.summary, '', ...table(c.props, 'prop'));
    for (const rule of c.rules) out.push('', `Also checked: ${sentence(rule)}`);
  }
  out.push('');
  return out.join('\n');
}

function table(fields: FieldDoc[], noun = 'field'): string[] {
  const rows = [`| ${noun} | required | value | what it is |`, '| --- | --- | --- | --- |'];
  const walk = (list: FieldDoc[]) => {
    for (const f of list) {
      rows.push(`| \`${f.path}\` | ${f.required ? 'yes' : 'no'} | ${cell(f.value)} | ${cell(f.doc)} |`);
      if (f.children) walk(f.children);
    }
  };
  walk(fields);
  return rows;
}

function nestedRules(fields: FieldDoc[]): { rule: string; path: string }[] {
  return fields.flatMap((f) => [...(f.rules ?? []).map((rule) => ({ rule, path: f.path })), ...nestedRules(f.children ?? [])]);
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function sentence(text: string): string {
  const t = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/** GitHub's heading anchor for a plain heading. */
function anchor(heading: string): string {
  return heading.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');
}
