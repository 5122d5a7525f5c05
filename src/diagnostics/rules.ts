/**
 * The rule catalog: every problem the pipeline or the checker can report, defined once.
 * `docs/rules.md` is generated from this list (`npm run docs:rules`); every diagnostic names its rule,
 * and every rule has a failing and a passing fixture in `tests/fixtures/rules/<rule-id>/`.
 */
import type { Severity } from './diagnostic';

export const RULE_GROUPS = [
  'Files',
  'Frontmatter and YAML',
  'Fields',
  'Dates',
  'URLs and archived copies',
  'Body',
  'Citations and cross-links',
  'Superseded claims',
  'Sources and claims across the corpus',
  'How a claim is written',
  'Figures',
  'Evidence standard',
] as const;
export type RuleGroup = (typeof RULE_GROUPS)[number];

export interface Rule {
  group: RuleGroup;
  severity: Severity;
  /** What the rule protects against, in one line. */
  meaning: string;
  /** What a contributor does to fix it (the default advice in messages). */
  fix: string;
  /** A short example of the fixed form. */
  example: string;
}

const rules = (group: RuleGroup, list: Record<string, Omit<Rule, 'group'>>) =>
  Object.fromEntries(Object.entries(list).map(([id, r]) => [id, { group, ...r }]));
const error = (meaning: string, fix: string, example: string) => ({ severity: 'error' as const, meaning, fix, example });
const warning = (meaning: string, fix: string, example: string) => ({ severity: 'warning' as const, meaning, fix, example });

const FILES = {
  'file-name': error(
    'A content file lives in a known folder, has the right extension and a kebab-case name, which is its id.',
    'Rename the file to lowercase words joined by hyphens, with the extension its folder expects.',
    'content/claims/shanghai-police-leak-2022.mdx',
  ),
  'symbolic-link': error(
    'The content folder holds plain files and folders, no symbolic links or special files: a link could make the build read, and publish, a file from outside the content folder, and a device or pipe could hang it.',
    'Replace the link or special file with a plain file, or remove it.',
    'cp ../elsewhere/claim.mdx content/claims/claim.mdx',
  ),
  'file-encoding': error(
    'A content file is UTF-8 text without NUL bytes.',
    'Save the file as UTF-8 text; remove any binary content.',
    'Save as "UTF-8" (not UTF-16 or Latin-1) in your editor.',
  ),
  'invalid-unicode': error(
    'Text is Unicode: no half of a surrogate pair stands alone, as a YAML escape such as "\\ud800" can write, so whatever the checker accepts, the site builds.',
    'Write the character itself, or escape it whole ("\\U0001F600") or as both halves ("\\ud83d\\ude00").',
    'title: "Faces 😀 of the leak"',
  ),
  'file-too-large': error(
    'A content file, and its frontmatter, stay under the size caps, so no single entry can slow the check or the build down.',
    'Split the entry, or shorten the quotes and prose.',
    'A claim is a few paragraphs; move background to the topic overview.',
  ),
  'file-timeout': error(
    'A content file is parsed within the time limit.',
    'Simplify the file: very deep nesting or pathological syntax makes parsing slow.',
    'Flatten nested lists and quotes to a few levels.',
  ),
  'internal-error': error(
    'The checker failed on this file for a reason it did not foresee.',
    'Please report this with the file attached; meanwhile look for unusual syntax in the file.',
    'Open an issue titled "checker internal error" with the file.',
  ),
  'duplicate-id': error(
    'Each entry id is used by exactly one file of its kind.',
    'Rename one of the files so that each id is unique.',
    'content/claims/skynet-cameras-2017.mdx and content/claims/skynet-cameras-2019.mdx',
  ),
};

const YAML = {
  'frontmatter-missing': error(
    'An .mdx entry starts with YAML frontmatter between two lines of three hyphens.',
    'Start the file with a line "---", the fields, and another line "---".',
    '---\ntitle: ...\n---',
  ),
  'frontmatter-unterminated': error(
    'The frontmatter block is closed by a second line of three hyphens.',
    'Add a line containing only "---" after the last field.',
    '---\ntitle: ...\nstatus: reported\n---',
  ),
  'frontmatter-toml': error(
    'Frontmatter is YAML between "---" lines; TOML "+++" blocks are not read.',
    'Rewrite the block in YAML between "---" lines.',
    '---\ntitle: ...\n---',
  ),
  'yaml-syntax': error(
    'The YAML parses: indentation with spaces, closed quotes, one value per key.',
    'Fix the YAML at this position: indent with spaces (never tabs) and close every quote.',
    'title: "Closed quote"',
  ),
  'yaml-duplicate-key': error(
    'A key appears only once in a mapping; a second one would silently replace the first.',
    'Remove one of the two keys, or merge their values.',
    'entities: [pipl, mps]',
  ),
  'yaml-alias': error(
    'YAML anchors (&), aliases (*) and merge keys (<<) are not used; each value is written out.',
    'Write the value out in full where the alias was.',
    'topic: leaks',
  ),
  'yaml-tag': error(
    'Explicit YAML tags (!!str, !custom) are not used; values keep their plain types.',
    'Remove the tag; quote the value if it must be text.',
    'published: "2024"',
  ),
  'yaml-multiple-documents': error(
    'A YAML file holds exactly one document.',
    'Remove the extra "---" separator, or split the entries into separate files.',
    'One source per file in content/sources/.',
  ),
  'yaml-unsafe-key': error(
    'Keys such as `__proto__`, `constructor` and `prototype` are never used; they can alter objects in programs that read the data.',
    'Remove the key.',
    'title: ...',
  ),
  'yaml-too-deep': error(
    'YAML nesting stays within the depth cap.',
    'Flatten the structure: entries are a few levels deep at most.',
    'evidence:\n  - source: ...\n    quote:\n      text: ...',
  ),
  'date-unquoted': error(
    'Dates are quoted, so every YAML reader keeps them as text instead of converting them.',
    'Put the date in double quotes.',
    'published: "2024-11-21"',
  ),
};

const FIELDS = {
  'unknown-field': error(
    'Every field is one the content model defines; unknown fields are usually misspellings.',
    'Rename the field to the one meant, or remove it.',
    'status: reported',
  ),
  'missing-field': error('Every required field is present.', 'Add the field.', 'topic: leaks'),
  'wrong-type': error(
    'Each field has the type the content model expects (text, number, list, mapping).',
    'Change the value to the expected type.',
    'entities: [pipl]  (a list, even of one)',
  ),
  'invalid-value': error(
    'Each value is one the content model allows (a listed option, a pattern, a length).',
    'Change the value as the message says; docs/fields.md lists what every field takes.',
    'role: supports',
  ),
  'invisible-character': error(
    'No direction-changing or zero-width characters in ids, keys, URLs, props or code, and direction controls in prose only inside a passage in a right-to-left language (Trojan Source).',
    'Delete the invisible character; retype the text around it if unsure where it is.',
    'id: skynet (typed, not pasted)',
  ),
  'status-mismatch': error(
    "A claim's status is the status of the last entry of its status_history.",
    'Add a status_history entry (date, status, reason) for the current status, or correct the status.',
    'status: contested\nstatus_history:\n  - date: "2024-01-05"\n    status: reported\n    reason: ...\n  - date: "2024-06-01"\n    status: contested\n    reason: ...',
  ),
  'duplicate-evidence': error(
    'A claim lists each source once under evidence; one item says what the source does for the claim.',
    'Merge the two items into one: keep the better quote and move the other passage into the note, or cite it in the body with a locator.',
    'evidence:\n  - source: reuters-shanghai-police-leak-2022\n    role: supports\n    quote: ...',
  ),
};

const DATES = {
  'invalid-date': error(
    'Dates are real calendar dates in ISO form: YYYY-MM-DD, or YYYY-MM / YYYY where partial dates are allowed.',
    'Write the date as YYYY-MM-DD with a month from 01 to 12 and a day that exists in that month.',
    'accessed: "2024-02-29"',
  ),
  'date-in-future': error(
    'Dates of things that have happened (reading, archiving, publishing, reviewing, a status change) are not in the future.',
    'Correct the date; check the year and whether day and month are swapped.',
    'accessed: "2024-11-21"',
  ),
  'date-order': error(
    'Dates agree with each other: a source is read and archived after it was published, a status history and a list of dated events run oldest first, a claim describes no state later than its last review and is not reviewed before its sources were published.',
    'Correct whichever of the two dates is wrong, or put the list in date order.',
    'published: "2022-07-06"\naccessed: "2024-01-05"',
  ),
};

const URLS = {
  'unsafe-url': error(
    'URLs are public http(s) addresses, judged as a browser reads them: no other schemes, no credentials, no spaces, no local or reserved hosts or addresses however written, no host ending in a dot, no host name mixing scripts.',
    'Use the full public https:// address of the page.',
    'url: https://www.example.org/report.pdf',
  ),
  'tracking-parameter': warning(
    'URLs carry no tracking parameters (utm_*, fbclid, gclid ...): they identify who shared a link and make the same page look like different URLs.',
    'Remove the tracking parameters from the URL.',
    'url: https://www.example.org/story?id=7   (not ?id=7&utm_source=twitter)',
  ),
  'deleted-without-archive': error(
    'A source noted as deleted (dead, censored or usurped) has an archived copy, or the copy it was read in (read_at), so readers can still check what it said.',
    'Add the archived copy under archives (url and date): look the address up in the Wayback Machine (web.archive.org) or archive.today. If you read it in another copy, give that under read_at. If no copy exists anywhere, cite a source readers can still check instead.',
    'archives:\n  - url: https://web.archive.org/web/20220706/https://www.example.org/story\n    date: "2022-07-06"',
  ),
};

const BODY = {
  'mdx-syntax': error(
    'The body parses as MDX.',
    'Fix the syntax at this position; escape a literal "{" or "<" in prose as "\\{" or "\\<".',
    'Prices rose \\{see below\\}.',
  ),
  'mdx-esm': error(
    'Entries contain no import or export statements: content is data, never code.',
    'Remove the statement; use the allowed components (Quote, Aside, Term) without importing them.',
    '<Aside kind="note">...</Aside>',
  ),
  'mdx-expression': error(
    'Entries contain no {expressions}: nothing a contributor writes is evaluated.',
    'Remove the braces, write the text out, or escape a literal brace as "\\{". Comments {/* like this */} are allowed.',
    'Prices rose by 3 percent.',
  ),
  'raw-html': error(
    'Entries contain no raw HTML elements; formatting comes from Markdown and the allowed components.',
    'Replace the HTML with Markdown (*emphasis*, [link](url), lists) or an allowed component.',
    '*emphasis* instead of <em>emphasis</em>',
  ),
  'unknown-component': error(
    'Only allow-listed components are used: Quote, Aside and Term.',
    'Use Quote, Aside or Term, or plain Markdown.',
    '<Aside kind="note">...</Aside>',
  ),
  'component-props': error(
    'Components get the props they define, as plain quoted strings.',
    'Give the props the component expects, each as name="value".',
    '<Term lang="zh" translation="opening the box">开盒</Term>',
  ),
  'component-placement': error(
    'Block components (Quote, Aside) stand on lines of their own; inline components (Term) sit inside text.',
    'Put a blank line before and after a block component; keep Term inside a sentence.',
    '\n<Quote source="x" lang="en">...</Quote>\n',
  ),
  'unsupported-markdown': error(
    'Entries use the Markdown the site renders: no local images, tables, footnotes, reference-style links or definitions.',
    'Write links inline as [text](url); describe images in words and link the source.',
    '[the report](https://www.example.org/report)',
  ),
  'remote-image': error(
    "No images from other hosts: each one would make every reader's browser contact that host, which learns who reads the page.",
    'Remove the image; describe what it shows in words and link the page it appears on.',
    'The leaked screenshot, [published by the newspaper](https://www.example.org/story), shows ...',
  ),
  'code-fence-language': error(
    'A code fence names at most one plain language (letters, digits, +, #, ., -), written out, not as character references.',
    'Write only a language name after the fence, e.g. ```json, or nothing.',
    '```json',
  ),
  'chinese-without-lang': error(
    'Chinese text in the body declares its language, for screen readers and for search.',
    'Wrap the passage in <Term lang="zh">...</Term>, or quote it with <Quote lang="zh" ...>.',
    '<Term lang="zh" translation="opening the box">开盒</Term>',
  ),
  'body-too-deep': error(
    'Lists, block quotes and components nest at most a few levels deep; deeper nesting is unreadable and makes parsers slow.',
    'Flatten the structure: use a shorter list or split the quote.',
    '- a point\n  - a detail',
  ),
  'body-too-complex': error(
    'A paragraph stays within the caps on brackets, emphasis markers and angle brackets; thousands of them make Markdown parsers take seconds.',
    'Split the paragraph, or escape literal characters (\\[, \\*, \\_, \\<).',
    'The list \\[sic\\] ...',
  ),
};

const CITATIONS = {
  'citation-syntax': error(
    'Citations follow the Pandoc form [@source-id] or [@source-id, p. 4], [@a; @b].',
    'Write the citation as [@source-id, locator] with a known locator label (p., pp., para., sec., at).',
    '[@reuters-shanghai-police-leak-2022, para. 3]',
  ),
  'unknown-source': error(
    'Every citation names a source in content/sources/.',
    'Correct the source id, or add content/sources/<id>.yaml.',
    '[@reuters-shanghai-police-leak-2022]',
  ),
  'citation-not-in-evidence': error(
    "Every source a claim's body cites or quotes is one of the claim's evidence items.",
    'Add an evidence item for the source (with role and quote), or cite a source that is already listed.',
    'evidence:\n  - source: reuters-shanghai-police-leak-2022\n    role: supports\n    quote: ...',
  ),
  'unknown-reference': error(
    'Every id named in a field (topic, entities, related, supersedes, source, claims, questions) is an existing entry.',
    'Correct the id, or add the missing entry.',
    'topic: leaks   (content/topics/leaks.mdx exists)',
  ),
  'unsafe-link': error(
    'Links in the body go to public http(s) pages (held to the same rules as URLs in fields), plain mailto: addresses (a subject at most: no cc, bcc or body), or content files.',
    'Link to the https:// address, or to the content file with a relative path.',
    '[PIPL](../entities/pipl.yaml)',
  ),
  'link-outside-content': error(
    'Cross-links are relative links to files of the content folder, so they work in GitHub and in the site.',
    'Link to the file relative to this one, for example ../entities/pipl.yaml or ./other-claim.mdx.',
    '[PIPL](../entities/pipl.yaml)',
  ),
  'broken-link': error(
    'Every cross-link points at an existing entry.',
    'Correct the path, or add the entry it points to.',
    '[PIPL](../entities/pipl.yaml)',
  ),
  'broken-anchor': error(
    'Every link to a heading (#anchor) points at a heading of the target entry.',
    'Use the anchor of an existing heading: its text in lowercase with hyphens.',
    '[background](./x.mdx#background)',
  ),
};

const SUPERSEDED = {
  'supersedes-cycle': error(
    'Supersession runs one way: a claim never supersedes itself, and no chain of supersedes leads back to where it started.',
    'Keep supersedes only on the newer claim, pointing at the older one.',
    'content/claims/cameras-2019.mdx: supersedes: [cameras-2017]',
  ),
  'supersedes-conflict': error(
    'A claim is superseded by at most one claim, so readers know which one replaced it.',
    'Let one claim supersede the old claim; have the other supersede that newer claim, or list the old one under related.',
    'cameras-2021.mdx: supersedes: [cameras-2019]   cameras-2019.mdx: supersedes: [cameras-2017]',
  ),
  'superseded-status': error(
    'A claim named in another claim\'s supersedes has the status superseded, so readers are sent to the newer claim.',
    'Set the older claim\'s status to superseded and add a status_history entry saying which claim replaced it.',
    'status: superseded\nstatus_history:\n  - ...\n  - date: "2024-06-01"\n    status: superseded\n    reason: Replaced by cameras-2019, which counts ...',
  ),
  'superseded-without-successor': warning(
    'A claim with the status superseded is named in the supersedes of the claim that replaced it.',
    'Add this claim\'s id to the supersedes list of the newer claim, or correct the status.',
    'cameras-2019.mdx: supersedes: [cameras-2017]',
  ),
};

const CORPUS = {
  'unused-source': warning(
    'Every source is used: by a claim, a citation, an entity date, a review or an open question.',
    'Cite the source where it belongs, or remove the file.',
    'evidence:\n  - source: the-unused-source\n    ...',
  ),
  'doubtful-source': warning(
    'Claims established or reported on the support of a source rated unreliable, deprecated or retracted are listed for review, so no claim keeps a standing its evidence lost.',
    'Review each claim listed: find better evidence, or lower its status (with a status_history entry).',
    'status: contested\nstatus_history:\n  - ...\n  - date: "2024-06-01"\n    status: contested\n    reason: The only supporting report was retracted.',
  ),
  'rating-downgraded': warning(
    'When a change lowers a source to unreliable, deprecated or retracted, every claim resting on it is listed (npm run check -- --since <git-ref>).',
    'Review each claim listed in the same change: find better evidence or lower its status.',
    'npm run check -- --since origin/main',
  ),
  'duplicate-statement': warning(
    'Each claim states something different; a near-identical statement usually means the claim already exists.',
    'Add your evidence to the existing claim instead, or reword the statement to say what is different.',
    'content/claims/cameras-2017.mdx and content/claims/cameras-2019.mdx state different counts for different years.',
  ),
};

const WRITING = {
  'empty-body': warning(
    "A claim's body explains it to a reader in a few short paragraphs (what happened, who says so, what is not known); without it the page shows only the statement and the quotes.",
    'Write a few sentences below the frontmatter that explain the claim, citing the evidence where you use it with [@source-id].',
    'A seller asked for 10 bitcoin [@wire-story, para. 2]. The data was not verified.',
  ),
  'one-word-statement': warning(
    "A claim's statement is a sentence a reader can quote as the claim, not a single word or a label.",
    'Write the statement as one neutral, self-contained sentence: who did what, when and where.',
    'statement: In July 2022 a seller offered a database said to come from the Shanghai police for 10 bitcoin.',
  ),
  'quote-language-mismatch': warning(
    "A quote's language is the language it is written in, so a passage in Chinese is declared Chinese and comes with an English translation.",
    'Set quote.language to the language of the passage (zh for Chinese) and add the translation and its translator.',
    'quote:\n  text: "生物识别"\n  language: zh\n  translation: biometric identification\n  translator: project editors',
  ),
  'duplicate-quote': warning(
    'Two claims do not rest on exactly the same evidence (the same sources, in the same roles, with the same quotes): usually one claim restates the other, or one passage is stretched over two claims. Sharing one passage among other evidence is fine.',
    'If the claims say the same thing, keep one and add your evidence to it; otherwise quote, for each claim, the part of the passage that supports it.',
    'evidence:\n  - source: wire-story\n    quote:\n      text: "asked for 10 bitcoin"   (and, in the other claim, the part of the passage it rests on)',
  ),
};

const FIGURES = {
  'figure-not-in-quote': error(
    'Every figure is stated in the quote (or its translation) of the evidence from the source that counted it, so each point on a chart can be traced to a passage.',
    'Give the number as the quote states it, in plain digits (6000 for "6000余人", 1200000000 for "1.2 billion"), or quote the passage that states it.',
    'quote: { text: "起诉6000余人" }  →  value: 6000, qualifier: more-than',
  ),
  'figure-qualifier': error(
    'A figure says "more than", "about", "nearly" or "up to" exactly when its quote does (余, 多, 以上, 约, 左右, 近, 多达 ...), so no bound is shown as an exact number.',
    'Set qualifier to what the quote says, or remove it when the quote gives a plain number.',
    'quote: "more than 6,000 people"  →  qualifier: more-than',
  ),
  'figure-source-not-cited': error(
    'The source a figure names is one of the claim\'s evidence items, whose quote proves the number.',
    'Add an evidence item for the source with the passage that gives the number, or name a source the claim already cites.',
    'figures:\n  - source: chinanews-spp-prosecutions-2020-2022   (also under evidence)',
  ),
  'figure-method': error(
    'A projection or a seller\'s claim is never shown as a count: a figure resting on a seller\'s assertion is a seller-claim, and a figure about a date after its source was published is a projection.',
    'Set method to seller-claim or projection, as the message says.',
    'method: seller-claim',
  ),
  'figure-unit': error(
    'Every figure in a series counts in the unit the series gives, so its chart compares like with like.',
    'Set the figure\'s unit to the series\' unit, or put the figure in a series of its own unit.',
    'series: spp-prosecutions-per-year (unit: people)  →  unit: people',
  ),
};

// The standard itself is stated in src/policy/evidence-standard.ts; these rules report against it.
const STANDARD = {
  'below-evidence-standard': error(
    "A claim's evidence meets the standard for its status: established needs two supporting sources from independent publishers (at least one not rated doubtful) or one primary text rated generally reliable; reported needs one supporting source; contested and refuted need an evidence item that contests the claim.",
    'Add the evidence the status needs, or lower the status with a status_history entry saying why.',
    'status: reported\nstatus_history:\n  - ...\n  - date: "2024-06-01"\n    status: reported\n    reason: Only one outlet has reported it so far.',
  ),
  'number-not-in-quote': warning(
    "Every quantity in a claim's statement (a number with thousands separators or decimals, a percentage, a sum of money, a count in millions) is in a supporting quote or its translation, or the evidence note says where it comes from.",
    'Quote the passage that gives the number, or say in the evidence note how it was worked out (a sum, a conversion).',
    'note: 120,698 yuan converted at the 2023 average rate of 7.08 yuan to the dollar.',
  ),
  'access-date-unknown': warning(
    'A source records when its text was read, so readers know how old the reading is.',
    'Read the source again and give the date under accessed (YYYY-MM-DD).',
    'accessed: "2024-11-21"',
  ),
  'evidence-without-locator': warning(
    'Each evidence item says where in the source its passage is, or why no place can be given.',
    'Add a locator (page, section, paragraph or timestamp), or locator: not_recorded with the reason.',
    'locator:\n  paragraph: 4',
  ),
  'descriptive-title': warning(
    "A source's title is its own headline; a description standing in for a headline nobody has seen is listed until the headline is found.",
    'Find the headline (on the publisher\'s page, an archived copy or another copy) and write it as the title, then remove descriptive_title.',
    'title: Hacker claims to have stolen police data',
  ),
  'review-overdue': warning(
    'A claim or review is checked against its sources at least once a year.',
    'Read the sources again, update the entry where they changed, and set reviewed.date to the day of this check.',
    'reviewed:\n  date: "2026-11-21"\n  by: project editors',
  ),
};

export const RULES = {
  ...(rules('Files', FILES) as Record<keyof typeof FILES, Rule>),
  ...(rules('Frontmatter and YAML', YAML) as Record<keyof typeof YAML, Rule>),
  ...(rules('Fields', FIELDS) as Record<keyof typeof FIELDS, Rule>),
  ...(rules('Dates', DATES) as Record<keyof typeof DATES, Rule>),
  ...(rules('URLs and archived copies', URLS) as Record<keyof typeof URLS, Rule>),
  ...(rules('Body', BODY) as Record<keyof typeof BODY, Rule>),
  ...(rules('Citations and cross-links', CITATIONS) as Record<keyof typeof CITATIONS, Rule>),
  ...(rules('Superseded claims', SUPERSEDED) as Record<keyof typeof SUPERSEDED, Rule>),
  ...(rules('Sources and claims across the corpus', CORPUS) as Record<keyof typeof CORPUS, Rule>),
  ...(rules('How a claim is written', WRITING) as Record<keyof typeof WRITING, Rule>),
  ...(rules('Figures', FIGURES) as Record<keyof typeof FIGURES, Rule>),
  ...(rules('Evidence standard', STANDARD) as Record<keyof typeof STANDARD, Rule>),
};

export type RuleId = keyof typeof RULES;
export const RULE_IDS = Object.keys(RULES) as RuleId[];
