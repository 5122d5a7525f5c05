/**
 * Citations in the formats readers paste into their work: a claim or a source as a CSL-JSON item,
 * then formatted by citation.js (`@citation-js/core` with its csl, bibtex and ris plugins) into
 * APA, MLA and Chicago (through citeproc and the CSL styles) and into BibTeX and RIS. Nothing here
 * formats a reference by hand; this module only decides which facts go into which CSL variable.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import chicago from 'style-chicago';
import { parsePartialDate } from '../schema/common';
import type { ClaimData } from '../schema/claim';
import type { SeriesData } from '../schema/series';
import type { SourceData, SourceType } from '../schema/source';
import type { TopicData } from '../schema/topic';
import { SITE } from './config';
import { MLA_9_STYLE } from './mla-9-style';
import { ACCESS_NOTE_LABEL, RATING_LABEL, sourceTitle, STATUS_LABEL } from './present';
import { entryPath, versionPath } from './urls';

/** A CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export type CslItem = { id: string; type: string } & Record<string, unknown>;
type CslDate = { 'date-parts': number[][] };

/** The styles shown under "Cite this claim", in order: key, citation.js template name, style. */
const CSL_STYLES = [
  { key: 'apa', template: 'apa', style: undefined },
  { key: 'mla', template: 'mla-9', style: MLA_9_STYLE },
  { key: 'chicago', template: 'chicago-author-date', style: chicago },
] as const;
export type StyleKey = (typeof CSL_STYLES)[number]['key'];
export const STYLE_KEYS: readonly StyleKey[] = CSL_STYLES.map((s) => s.key);

const cslConfig = plugins.config.get('@csl') as {
  styles: { add(name: string, style: unknown): void; has(name: string): boolean; get(name: string): unknown };
};
for (const { template, style } of CSL_STYLES) if (style && !cslConfig.styles.has(template)) cslConfig.styles.add(template, style);

/** Attributes that only act between entries: disambiguation, collapsing, repeated-author dashes. */
const BETWEEN_ENTRIES = /^(?:disambiguate-add-year-suffix|disambiguate-add-names|disambiguate-add-givenname|givenname-disambiguation-rule|collapse|cite-group-delimiter|year-suffix-delimiter|after-collapse-delimiter|subsequent-author-substitute|subsequent-author-substitute-rule)$/;

/**
 * A style for formatting one entry at a time. Every citation here is a bibliography of one item, in
 * which disambiguation, sorting and repeated-author substitution cannot change anything, and the
 * in-text citation form is never shown (citeproc still renders it for every item it registers, to
 * detect ambiguity). Dropping those parts halves citeproc's time per entry; tests/unit/cite.test.ts
 * checks that the output is the same as with the styles as published.
 */
function singleEntryStyle(style: unknown): unknown {
  if (typeof style === 'string') {
    return style
      .replace(/<citation\b[\s\S]*?<\/citation>/, MINIMAL_CITATION)
      .replace(/\s([a-z-]+)="[^"]*"/g, (attr, name: string) => (BETWEEN_ENTRIES.test(name) ? '' : attr))
      .replace(/<sort>[\s\S]*?<\/sort>/g, '');
  }
  type Node = { name: string; attrs: Record<string, string>; children: (Node | string)[] };
  const minimalCitation: Node = {
    name: 'citation',
    attrs: {},
    children: [{ name: 'layout', attrs: {}, children: [{ name: 'text', attrs: { variable: 'title' }, children: [] }] }],
  };
  const prune = (node: Node): Node =>
    node.name === 'citation'
      ? minimalCitation
      : {
          ...node,
          attrs: Object.fromEntries(Object.entries(node.attrs).filter(([name]) => !BETWEEN_ENTRIES.test(name))),
          children: node.children.filter((c) => typeof c === 'string' || c.name !== 'sort').map((c) => (typeof c === 'string' ? c : prune(c))),
        };
  return prune(style as Node);
}

const MINIMAL_CITATION = '<citation><layout><text variable="title"/></layout></citation>';

/** citation.js template names of the one-entry styles. */
const SINGLE = (template: string) => `${template}-single-entry`;
for (const { template } of CSL_STYLES) {
  if (!cslConfig.styles.has(SINGLE(template))) cslConfig.styles.add(SINGLE(template), singleEntryStyle(cslConfig.styles.get(template)));
}
// BibTeX keys are the entries' ids. citation.js only accepts keys without hyphens unless told
// not to check; kebab-case ids are valid BibTeX keys.
(plugins.config.get('@bibtex') as { format: { checkLabel: boolean } }).format.checkLabel = false;

/** Formatted text of one item in each bibliography style, as HTML fragments (italics kept). */
export type StyledCitations = Record<StyleKey, string>;

/** One item in the exchange formats. */
export interface MachineCitations {
  bibtex: string;
  ris: string;
  /** The CSL-JSON item as citation.js normalises it. */
  csl: CslItem;
}

/** Everything the claim page shows under "Cite this claim". */
export interface ClaimCitations extends StyledCitations {
  /** The claim, then each of its sources, as BibTeX entries. */
  bibtex: string;
  /** The same as RIS records. */
  ris: string;
  /** The same as a CSL-JSON array, pretty-printed. */
  csl: string;
}

/** Title and edition of each style as its CSL file names it, for labels ("APA Style 7th edition"). */
export function styleTitles(): Record<StyleKey, string> {
  const titles = {} as Record<StyleKey, string>;
  for (const { key, style } of CSL_STYLES) titles[key] = typeof style === 'string' ? /<title>([^<]*)<\/title>/.exec(style)![1] : style ? jsonStyleTitle(style) : APA_TITLE;
  return titles;
}
const APA_TITLE = 'APA Style 7th edition';

/** The `<info><title>` of a style shipped as citeproc's JSON form of the XML. */
function jsonStyleTitle(style: unknown): string {
  type Node = { name: string; children?: (Node | string)[] };
  const info = (style as Node).children?.find((c): c is Node => typeof c !== 'string' && c.name === 'info');
  const title = info?.children?.find((c): c is Node => typeof c !== 'string' && c.name === 'title');
  return String(title?.children?.[0] ?? '');
}

export function cslDate(value: string | undefined): CslDate | undefined {
  const d = value && value !== 'unknown' ? parsePartialDate(value) : undefined;
  if (!d) return undefined;
  return { 'date-parts': [[d.year, ...(d.month ? [d.month] : []), ...(d.day ? [d.day] : [])]] };
}

export interface CiteContext {
  /** Public address of the site, without a trailing slash. */
  siteUrl: string;
  /** Base path the site is served under. */
  base: string;
}

export function permalink(ctx: CiteContext, key: { kind: 'claim' | 'source' | 'topic' | 'series'; id: string }): string {
  return ctx.siteUrl + entryPath(ctx.base, key);
}

/** The address of a claim's version N, which never changes. */
export function versionUrl(ctx: CiteContext, id: string, number: number): string {
  return ctx.siteUrl + versionPath(ctx.base, id, number);
}

/**
 * The date of the claim's current revision: its last commit where git knows it, else the latest
 * editorial date it carries (a status change or a review).
 */
export function revisionDate(data: ClaimData, changed: string | undefined): string {
  if (changed) return changed;
  return [data.reviewed.date, ...data.status_history.map((h) => h.date)].sort().at(-1)!;
}

/** An entry of this site as a work by its contributors: what claims, topics and series share. */
function siteWorkCsl(
  id: string,
  kind: 'claim' | 'topic' | 'series',
  work: { type: string; title: string; date?: string; abstract: string; note?: string },
  ctx: CiteContext,
): CslItem {
  return {
    id,
    'citation-key': id,
    type: work.type,
    title: work.title,
    'container-title': SITE.name,
    author: [{ literal: `${SITE.name} contributors` }],
    ...(work.date ? { issued: cslDate(work.date) } : {}),
    URL: permalink(ctx, { kind, id }),
    abstract: work.abstract,
    ...(work.note ? { note: work.note } : {}),
    language: 'en',
  };
}

/** A claim as a web page of this site, by the site's contributors, dated by its current revision. */
export function claimCsl(id: string, data: ClaimData, changed: string | undefined, ctx: CiteContext): CslItem {
  return siteWorkCsl(id, 'claim', {
    type: 'webpage',
    title: data.title,
    date: revisionDate(data, changed),
    abstract: data.statement,
    note: `Claim status: ${STATUS_LABEL[data.status].toLowerCase()}; last reviewed ${data.reviewed.date}. Sources: ${data.evidence.map((e) => e.source).join(', ')}.`,
  }, ctx);
}

/** A topic overview as a web page of this site, dated by its last change or, without history, its last review. */
export function topicCsl(id: string, data: TopicData, changed: string | undefined, ctx: CiteContext): CslItem {
  return siteWorkCsl(id, 'topic', { type: 'webpage', title: data.title, date: changed ?? data.reviewed?.date, abstract: data.summary }, ctx);
}

/**
 * A series of figures as a dataset of this site, dated by its newest revision: the later of the
 * series file's last change and its claims' revisions.
 */
export function seriesCsl(id: string, data: SeriesData, revision: string, ctx: CiteContext): CslItem {
  return siteWorkCsl(id, 'series', { type: 'dataset', title: data.title, date: revision, abstract: data.point }, ctx);
}

const SOURCE_TYPE_CSL: Record<SourceType, string> = {
  news: 'article-newspaper',
  report: 'report',
  law: 'legislation',
  'official-statement': 'document',
  'court-record': 'legal_case',
  academic: 'article-journal',
  dataset: 'dataset',
  'web-page': 'webpage',
};

/**
 * A source as CSL-JSON. Authors stay literal, exactly as shown on the page (splitting names by
 * guesswork would invent a given and family name). The archived copy and the copy actually read go
 * into `archive`/`archive_location` and the note, where Zotero, BibTeX and RIS keep them.
 * With `full`, the reliability and access notes are added under `custom` (the open data files).
 */
export function sourceCsl(id: string, s: SourceData, options: { full?: boolean } = {}): CslItem {
  const archive = s.archives.at(-1);
  const item: CslItem = {
    id,
    'citation-key': id,
    type: SOURCE_TYPE_CSL[s.type],
    title: sourceTitle(s),
    ...(s.original_title ? { 'original-title': s.original_title } : {}),
    ...(s.authors.length ? { author: s.authors.map((literal) => ({ literal })) } : {}),
    ...(s.type === 'news' || s.type === 'web-page' ? { 'container-title': s.publisher } : { publisher: s.publisher }),
    ...(cslDate(s.published) ? { issued: cslDate(s.published) } : {}),
    ...(cslDate(s.accessed) ? { accessed: cslDate(s.accessed) } : {}),
    URL: s.url ?? s.read_at!.url,
    ...(archive ? { archive: new URL(archive.url).hostname, archive_location: archive.url } : {}),
    language: s.language,
  };
  for (const identifier of s.identifiers) {
    const variable = { doi: 'DOI', isbn: 'ISBN', issn: 'ISSN', arxiv: 'number', 'official-number': 'number', 'case-number': 'number' }[identifier.scheme];
    item[variable] ??= identifier.value;
  }
  const notes = [
    ...s.archives.map((a) => `Archived copy of ${a.date}: ${a.url}`),
    ...(s.no_archive ? [`No archived copy: ${s.no_archive}`] : []),
    ...(s.read_at ? [`Read in a copy: ${s.read_at.host}, ${s.read_at.url}`] : []),
    ...(s.accessed === 'unknown' ? ['Access date not recorded'] : []),
    ...(s.access_notes.length ? [`Access notes: ${[...new Set(s.access_notes.map((n) => ACCESS_NOTE_LABEL[n.kind].toLowerCase()))].join(', ')}`] : []),
    `Reliability: ${RATING_LABEL[s.reliability.rating].toLowerCase()}`,
  ];
  item.note = notes.map((n) => n.replace(/[.\s]+$/, '')).join('. ') + '.';
  if (options.full) {
    item.custom = {
      ...(s.descriptive_title ? { descriptive_title: true } : {}),
      ...(s.reprint_of ? { reprint_of: s.reprint_of } : {}),
      reliability: s.reliability,
      access_notes: s.access_notes,
      ...(s.read_at ? { read_at: s.read_at } : {}),
      archives: s.archives,
      ...(s.no_archive ? { no_archive: s.no_archive } : {}),
      ...(s.published_note ? { published_note: s.published_note } : {}),
    };
  }
  return item;
}

/**
 * The bibliography entry of one item in each style, as HTML. citeproc wraps it in a div and may
 * add inline `style` attributes, which a strict Content-Security-Policy would refuse; both go.
 * Contributor text reaches citeproc as plain text (`asPlainText`), and its HTML is rebuilt from a
 * known-safe subset (`safeCitationHtml`).
 * `asPublished` uses the styles unpruned (for the test that pruning changes nothing).
 */
export function formatStyled(item: CslItem, options: { asPublished?: boolean } = {}): StyledCitations {
  return formatStyledMany([item], options)[0];
}

/**
 * Several items at once, each exactly as formatted alone: the pruned styles have nothing that acts
 * between entries, and one bibliography per style spares citeproc its per-call setup.
 */
export function formatStyledMany(items: CslItem[], options: { asPublished?: boolean } = {}): StyledCitations[] {
  const out = items.map(() => ({}) as StyledCitations);
  // Contributor text made plain first, so that the style's own nocase spans are the only markup.
  const plain = items.map((item) => keepDomainCase(asPlainText(item)));
  for (const { key, template } of CSL_STYLES) {
    const name = options.asPublished ? template : SINGLE(template);
    const html = plugins.output.format('bibliography', plain, { format: 'html', template: name, lang: 'en-US' }) as string;
    const entries = [...html.matchAll(/<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/g)];
    if (entries.length !== items.length) throw new Error(`citeproc returned ${entries.length} ${key} entries for ${items.length} items`);
    entries.forEach((m, i) => (out[i][key] = safeCitationHtml(m[1]).trim()));
  }
  return out;
}

/** A domain name in a title or publisher: "jang.com.pk", "China.org.cn". */
const DOMAIN = /(?<![\p{L}\p{N}.-])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|cn|ai|pk|hk|tw|io|info|gov|edu)(?![\p{L}\p{N}-])/giu;

/**
 * Styles title-case titles and containers, which would turn "newsogoos.com" into "Newsogoos.Com".
 * citeproc leaves text inside `<span class="nocase">` as it is; only the styled formats get it.
 */
function keepDomainCase(item: CslItem): CslItem {
  const out = { ...item };
  for (const key of ['title', 'container-title', 'publisher'] as const) {
    const value = out[key];
    if (typeof value === 'string') out[key] = value.replace(DOMAIN, (domain) => `<span class="nocase">${domain}</span>`);
  }
  return out;
}

/** One item as BibTeX, RIS and normalised CSL-JSON. */
export function formatMachine(item: CslItem): MachineCitations {
  // Plain text here too: citation.js would write a title's "<b>" as BibTeX's \textbf.
  const cite = new Cite(asPlainText(oneLine(item)));
  // citation.js's mapping of the current RIS specification drops a newspaper article's authors and
  // day of publication; its mapping of the older one (A1, Y1, JF) keeps them, and readers know both.
  const ris = cite.format('ris', item.type === 'article-newspaper' ? { spec: 'old' } : {});
  const { _graph, ...csl } = cite.data[0] as CslItem & { _graph?: unknown };
  return { bibtex: withoutStandIns(bibtexDates(cite.format('bibtex').trim(), item)), ris: withoutStandIns(unwrapRis(ris)), csl: withoutStandIns(csl) };
}

/**
 * Follows every "<" in contributor text. citeproc and citation.js read `<b>`, `<i>`, `<sup>`,
 * `<sc>` and `<span style=...>` in any string as rich text and write them out as live elements (or
 * as BibTeX's \textbf); with this private-use character after the "<", no tag is recognised, the
 * "<" is escaped as the text it is, and the character is taken out of every output again.
 */
const STAND_IN = '\uE000';

function asPlainText<T>(value: T): T {
  return mapStrings(value, (s) => s.replace(/</g, `<${STAND_IN}`));
}

function withoutStandIns<T>(value: T): T {
  return mapStrings(value, (s) => s.replaceAll(STAND_IN, ''));
}

function mapStrings<T>(value: T, map: (s: string) => string): T {
  if (typeof value === 'string') return map(value) as T;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, map)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, map)])) as T;
  return value;
}

/** The elements citeproc's HTML uses for a style's own formatting; rebuilt without attributes. */
const CITEPROC_ELEMENTS = new Set(['i', 'b', 'sup', 'sub', 'span']);
const TEXT_ESCAPES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' };

/**
 * citeproc's HTML rebuilt from a known-safe subset: its formatting elements without attributes
 * (the inline styles a strict Content-Security-Policy refuses go too), its character references,
 * and everything else escaped as text. No "<" a contributor typed is read as a tag by now
 * (`asPlainText`); this keeps the page safe even if citeproc ever wrote one through.
 */
function safeCitationHtml(html: string): string {
  return withoutStandIns(html).replace(/<(\/?)([a-z][a-z0-9]*)\b[^<>]*>|&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});|[<>&"]/gi, (m, close?: string, name?: string) => {
    if (name !== undefined) return CITEPROC_ELEMENTS.has(name.toLowerCase()) ? `<${close}${name.toLowerCase()}>` : m.replace(/[<>&"]/g, (c) => TEXT_ESCAPES[c]);
    return m.length > 1 ? m : TEXT_ESCAPES[m];
  });
}

const isoDate = (d: CslDate) => d['date-parts'][0].map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('-');

/**
 * citation.js writes a day into the month field (`month = {nov 29}`), which BibTeX cannot read.
 * The month becomes BibTeX's own macro (`month = nov`), and the full dates go where biblatex and
 * Zotero read them: `date` for publication, `urldate` for access.
 */
function bibtexDates(bibtex: string, item: CslItem): string {
  const issued = item.issued as CslDate | undefined;
  const accessed = item.accessed as CslDate | undefined;
  const extra = [
    ...(issued && issued['date-parts'][0].length > 1 ? [`\tdate = {${isoDate(issued)}},`] : []),
    ...(accessed ? [`\turldate = {${isoDate(accessed)}},`] : []),
  ];
  const fixed = bibtex.replace(/^\tmonth = \{([a-z]{3})(?: \d{1,2})?\},$/m, '\tmonth = $1,');
  return extra.length ? fixed.replace(/^\t(?:month|year) = [^\n]*$(?![\s\S]*^\t(?:month|year) = )/m, (line) => [line, ...extra].join('\n')) : fixed;
}

/** Line breaks and other control characters, which would end an RIS tag line or a BibTeX line. */
const BREAKS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/**
 * The item with every string on one line: RIS has one value per tag line, so a line break in a
 * title could close the record ("ER  -") and forge another; BibTeX readers that scan for `@` at the
 * start of a line could be fooled the same way. citation.js already escapes BibTeX braces.
 */
function oneLine<T>(value: T): T {
  if (typeof value === 'string') return value.replace(BREAKS, ' ') as T;
  if (Array.isArray(value)) return value.map(oneLine) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, oneLine(v)])) as T;
  return value;
}

/**
 * citation.js breaks RIS values every 70 characters, even inside a word, and RIS readers (its own
 * among them) join continuation lines with a space, so "cases" would come back as "ca ses".
 * Continuation lines are joined back to the tag line they belong to, and the space after "ER  -"
 * goes (RIS readers accept the tag alone, and the page then has no trailing white space).
 */
function unwrapRis(ris: string): string {
  return ris.replace(/\n(?![A-Z][A-Z0-9]  -)/g, '').replace(/ +$/gm, '').trim();
}

/** A claim's citations with its sources appended to the exchange formats. */
export function joinClaimCitations(styled: StyledCitations, claim: MachineCitations, sources: MachineCitations[]): ClaimCitations {
  const all = [claim, ...sources];
  return {
    ...styled,
    bibtex: all.map((m) => m.bibtex).join('\n\n') + '\n',
    ris: all.map((m) => m.ris).join('\n') + '\n',
    csl: cslJson(all.map((m) => m.csl)),
  };
}

/** A CSL-JSON array with one item per line: valid JSON, and a third the size of pretty-printing. */
export function cslJson(items: CslItem[]): string {
  return `[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]\n`;
}
