/**
 * The rule catalog: every problem the pipeline or the checker can report, defined once.
 * `docs/rules.md` is generated from this list (`npm run docs:rules`); every diagnostic names its rule.
 */
import type { Severity } from './diagnostic';

export interface Rule {
  severity: Severity;
  /** What the rule protects against, in one line. */
  meaning: string;
  /** What a contributor does to fix it (the default advice in messages). */
  fix: string;
  /** A short example of the fixed form. */
  example: string;
}

const rule = (severity: Severity, meaning: string, fix: string, example: string): Rule => ({
  severity,
  meaning,
  fix,
  example,
});

export const RULES = {
  // Files
  'file-name': rule(
    'error',
    'A content file lives in a known folder, has the right extension and a kebab-case name, which is its id.',
    'Rename the file to lowercase words joined by hyphens, with the extension its folder expects.',
    'content/claims/shanghai-police-leak-2022.mdx',
  ),
  'file-encoding': rule(
    'error',
    'A content file is UTF-8 text without NUL bytes.',
    'Save the file as UTF-8 text; remove any binary content.',
    'Save as "UTF-8" (not UTF-16 or Latin-1) in your editor.',
  ),
  'file-too-large': rule(
    'error',
    'A content file stays under the size cap, so no single entry can slow the build down.',
    'Split the entry, or shorten the quotes and prose.',
    'A claim is a few paragraphs; move background to the topic overview.',
  ),
  'file-symlink': rule(
    'error',
    'Content files and folders are plain files and folders, never symbolic links or special files, which could pull in files from elsewhere on the machine.',
    'Replace the link with a copy of the file or folder it points to.',
    'content/sources/x.yaml (a file, not a link to ../elsewhere/x.yaml)',
  ),
  'file-timeout': rule(
    'error',
    'A content file is parsed within the time limit.',
    'Simplify the file: very deep nesting or pathological syntax makes parsing slow.',
    'Flatten nested lists and quotes to a few levels.',
  ),
  'internal-error': rule(
    'error',
    'The pipeline failed on this file for a reason it did not foresee.',
    'Please report this with the file attached; meanwhile look for unusual syntax near the start of the file.',
    'Open an issue titled "checker internal error" with the file.',
  ),
  'duplicate-id': rule(
    'error',
    'Each entry id is used by exactly one file of its kind.',
    'Rename one of the files so that each id is unique.',
    'content/claims/skynet-cameras-2017.mdx and content/claims/skynet-cameras-2019.mdx',
  ),

  // Frontmatter and YAML
  'frontmatter-missing': rule(
    'error',
    'An .mdx entry starts with YAML frontmatter between two lines of three hyphens.',
    'Start the file with a line "---", the fields, and another line "---".',
    '---\ntitle: ...\n---',
  ),
  'frontmatter-unterminated': rule(
    'error',
    'The frontmatter block is closed by a second line of three hyphens.',
    'Add a line containing only "---" after the last field.',
    '---\ntitle: ...\nstatus: reported\n---',
  ),
  'frontmatter-toml': rule(
    'error',
    'Frontmatter is YAML between "---" lines; TOML "+++" blocks are not read.',
    'Rewrite the block in YAML between "---" lines.',
    '---\ntitle: ...\n---',
  ),
  'yaml-syntax': rule(
    'error',
    'The YAML parses: indentation with spaces, closed quotes, one value per key.',
    'Fix the YAML at this position: indent with spaces (never tabs) and close every quote.',
    'title: "Closed quote"',
  ),
  'yaml-duplicate-key': rule(
    'error',
    'A key appears only once in a mapping; a second one would silently replace the first.',
    'Remove one of the two keys, or merge their values.',
    'entities: [pipl, mps]',
  ),
  'yaml-alias': rule(
    'error',
    'YAML anchors (&), aliases (*) and merge keys (<<) are not used; each value is written out.',
    'Write the value out in full where the alias was.',
    'topic: leaks',
  ),
  'yaml-tag': rule(
    'error',
    'Explicit YAML tags (!!str, !custom) are not used; values keep their plain types.',
    'Remove the tag; quote the value if it must be text.',
    'published: "2024"',
  ),
  'yaml-multiple-documents': rule(
    'error',
    'A YAML file holds exactly one document.',
    'Remove the extra "---" separator, or split the entries into separate files.',
    'One source per file in content/sources/.',
  ),
  'yaml-unsafe-key': rule(
    'error',
    'Keys such as __proto__, constructor and prototype are never used; they can alter objects in programs that read the data.',
    'Remove the key.',
    'title: ...',
  ),
  'yaml-too-deep': rule(
    'error',
    'YAML nesting stays within the depth cap.',
    'Flatten the structure: entries are a few levels deep at most.',
    'evidence:\n  - source: ...\n    quote:\n      text: ...',
  ),
  'date-unquoted': rule(
    'error',
    'Dates are quoted, so every YAML reader keeps them as text instead of converting them.',
    'Put the date in double quotes.',
    'published: "2024-11-21"',
  ),

  // Schema
  'unknown-field': rule(
    'error',
    'Every field is one the content model defines; unknown fields are usually misspellings.',
    'Rename the field to the one meant, or remove it.',
    'status: reported',
  ),
  'missing-field': rule(
    'error',
    'Every required field is present.',
    'Add the field.',
    'topic: leaks',
  ),
  'wrong-type': rule(
    'error',
    'Each field has the type the content model expects (text, number, list, mapping).',
    'Change the value to the expected type.',
    'entities: [pipl]  (a list, even of one)',
  ),
  'invalid-value': rule(
    'error',
    'Each value is one the content model allows (a listed option, a pattern, a length).',
    'Use one of the allowed values.',
    'role: supports',
  ),
  'invalid-date': rule(
    'error',
    'Dates are real calendar dates in ISO form: YYYY-MM-DD, or YYYY-MM / YYYY where partial dates are allowed.',
    'Write the date as YYYY-MM-DD with a month from 01 to 12 and a day that exists in that month.',
    'accessed: "2024-02-29"',
  ),
  'unsafe-url': rule(
    'error',
    'URLs are public http(s) addresses: no other schemes, no credentials, no private hosts, no spaces.',
    'Use the full public https:// address of the page.',
    'url: https://www.example.org/report.pdf',
  ),

  // Body
  'mdx-syntax': rule(
    'error',
    'The body parses as MDX.',
    'Fix the syntax at this position; escape a literal "{" or "<" in prose as "\\{" or "\\<".',
    'Prices rose \\{see below\\}.',
  ),
  'mdx-esm': rule(
    'error',
    'Entries contain no import or export statements: content is data, never code.',
    'Remove the statement; use the allowed components (Quote, Aside, Term) without importing them.',
    '<Aside kind="note">...</Aside>',
  ),
  'mdx-expression': rule(
    'error',
    'Entries contain no {expressions}: nothing a contributor writes is evaluated.',
    'Remove the braces, write the text out, or escape a literal brace as "\\{". Comments {/* like this */} are allowed.',
    'Prices rose by 3 percent.',
  ),
  'raw-html': rule(
    'error',
    'Entries contain no raw HTML elements; formatting comes from Markdown and the allowed components.',
    'Replace the HTML with Markdown (*emphasis*, [link](url), lists) or an allowed component.',
    '*emphasis* instead of <em>emphasis</em>',
  ),
  'unknown-component': rule(
    'error',
    'Only allow-listed components are used: Quote, Aside and Term.',
    'Use Quote, Aside or Term, or plain Markdown.',
    '<Aside kind="note">...</Aside>',
  ),
  'component-props': rule(
    'error',
    'Components get the props they define, as plain quoted strings.',
    'Give the props the component expects, each as name="value".',
    '<Term lang="zh" translation="opening the box">开盒</Term>',
  ),
  'component-placement': rule(
    'error',
    'Block components (Quote, Aside) stand on lines of their own; inline components (Term) sit inside text.',
    'Put a blank line before and after a block component; keep Term inside a sentence.',
    '\n<Quote source="x" lang="en">...</Quote>\n',
  ),
  'unsupported-markdown': rule(
    'error',
    'Entries use the Markdown the site renders: no images, reference-style links or definitions.',
    'Write links inline as [text](url); describe images in words and link the source.',
    '[the report](https://www.example.org/report)',
  ),
  'citation-syntax': rule(
    'error',
    'Citations follow the Pandoc form [@source-id] or [@source-id, p. 4], [@a; @b].',
    'Write the citation as [@source-id, locator] with a known locator label (p., pp., para., sec., at).',
    '[@reuters-shanghai-police-leak-2022, para. 3]',
  ),
  'unsafe-link': rule(
    'error',
    'Links in the body go to public http(s) pages, mailto: addresses, or content files.',
    'Link to the https:// address, or to the content file with a relative path.',
    '[PIPL](../entities/pipl.yaml)',
  ),
  'link-outside-content': rule(
    'error',
    'Cross-links are relative links to files of the content folder, so they work in GitHub and in the site.',
    'Link to the file relative to this one, for example ../entities/pipl.yaml or ./other-claim.mdx.',
    '[PIPL](../entities/pipl.yaml)',
  ),
  'chinese-without-lang': rule(
    'error',
    'Chinese text in the body declares its language, for screen readers and for search.',
    'Wrap the passage in <Term lang="zh">...</Term>, or quote it with <Quote lang="zh" ...>.',
    '<Term lang="zh" translation="opening the box">开盒</Term>',
  ),
  'invisible-character': rule(
    'error',
    'No direction-changing or zero-width characters outside body text (Trojan Source).',
    'Delete the invisible character; retype the text around it if unsure where it is.',
    'id: skynet (typed, not pasted)',
  ),

  // Across files
  'unknown-reference': rule(
    'error',
    'Every id named in a field (topic, entities, related, supersedes, source) is an existing entry.',
    'Correct the id, or add the missing entry.',
    'topic: leaks   (content/topics/leaks.mdx exists)',
  ),
  'unknown-source': rule(
    'error',
    'Every citation names a source in content/sources/.',
    'Correct the source id, or add content/sources/<id>.yaml.',
    '[@reuters-shanghai-police-leak-2022]',
  ),
  'citation-not-in-evidence': rule(
    'error',
    "Every source a claim's body cites is one of the claim's evidence items.",
    'Add an evidence item for the source (with role and quote), or cite a source that is already listed.',
    'evidence:\n  - source: reuters-shanghai-police-leak-2022\n    role: supports\n    quote: ...',
  ),
  'broken-link': rule(
    'error',
    'Every cross-link points at an existing entry.',
    'Correct the path, or add the entry it points to.',
    '[PIPL](../entities/pipl.yaml)',
  ),
  'broken-anchor': rule(
    'error',
    'Every link to a heading (#anchor) points at a heading of the target entry.',
    'Use the anchor of an existing heading: its text in lowercase with hyphens.',
    '[background](./x.mdx#background)',
  ),
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;
export const RULE_IDS = Object.keys(RULES) as RuleId[];
