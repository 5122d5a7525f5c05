/**
 * The body of an entry: parsed with the MDX parser, never compiled. One walk over the syntax tree
 * rejects what is not allowed (ESM, expressions, raw HTML, unknown components, images ...), validates
 * component props, turns Pandoc citations into citation nodes, and collects the references, links
 * and headings the graph and the site need.
 */
import type { Nodes, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import GithubSlugger, { slug as slugOf } from 'github-slugger';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { diagnostic, type Diagnostic, type Span } from '../diagnostics/diagnostic';
import { COMPONENTS, type ComponentName } from '../schema/components';
import { findCitations, parseLocator, UNCLOSED_CITATION, type CitationItem } from './citation';
import { INVISIBLE_OR_BIDI } from '../schema/common';
import { isPageId } from '../site/page-ids';
import { resolveLink, type EntryKey } from './link';
import { describeTracking, trackingParameters } from './tracking';
import type { PositionIndex } from './position';
import { didYouMean } from './suggest';
import { formatPath, isMissing, issuePath, objectShapeAt } from './validate';

/** A citation group in the prose, replacing the text `[@a, p. 4; @b]`. */
export interface CitationNode {
  type: 'citation';
  items: CitationItem[];
  position?: Parent['position'];
}

declare module 'mdast' {
  interface PhrasingContentMap {
    citation: CitationNode;
  }
  interface RootContentMap {
    citation: CitationNode;
  }
}

export type Via = 'citation' | 'quote' | 'link' | 'field';

/** One outgoing reference from an entry to another, with where it was made. */
export interface Reference {
  to: EntryKey;
  via: Via;
  span: Span;
  /** Heading anchor in the target, for links with #anchor. */
  anchor?: string;
  /** The field path, for references made in frontmatter (e.g. `evidence[2].source`). */
  field?: string;
  /** The sentence around a link in the prose, for backlinks. */
  context?: string;
}

export interface Heading {
  depth: number;
  text: string;
  slug: string;
}

export interface Body {
  tree: Root;
  references: Reference[];
  headings: Heading[];
  /** Source ids in the order the body first cites or quotes them. */
  cited: string[];
  /** Anchors of links to headings of this same entry, checked once the headings are known. */
  selfAnchors: { anchor: string; span: Span }[];
}

const parser = unified().use(remarkParse).use(remarkMdx);

/** The MDX parser every body goes through (and the benchmark's parse-only floor): a syntax tree, nothing run. */
export function parseMdx(text: string): Root {
  return parser.parse(text) as Root;
}

const ALLOWED = new Set([
  'root',
  'paragraph',
  'heading',
  'text',
  'emphasis',
  'strong',
  'inlineCode',
  'code',
  'blockquote',
  'list',
  'listItem',
  'thematicBreak',
  'break',
  'link',
]);
const UNSUPPORTED: Record<string, string> = {
  image: 'Images are not shown in entries; describe the image in words and link the source that shows it.',
  imageReference: 'Images are not shown in entries; describe the image in words and link the source that shows it.',
  linkReference: 'Reference-style links ([text][label]) are not used; write the link inline as [text](url).',
  definition: 'Link definitions ([label]: url) are not used; write each link inline as [text](url).',
  footnoteReference: 'Footnotes are not used; cite sources with [@source-id] instead.',
  footnoteDefinition: 'Footnotes are not used; cite sources with [@source-id] instead.',
  table: 'Tables are not supported in entries; use a list.',
  html: 'Raw HTML is not allowed.',
};
const HAN = /\p{Script=Han}/u;
const NON_ASCII = /[^\x00-\x7f]/;
const CJK_LANGUAGE = /^(?:zh|ja|ko|yue|lzh|wuu|hak|nan)(?:-|$)/;
/** Scope marker: a language is declared, but its value is broken and reported elsewhere. */
const ANY_LANGUAGE = '*';
const LOCATOR_FIX = 'Write the locator as "p. 4", "pp. 3-4", "para. 3", "sec. Article 37", "art. 37" or "at 1:02:30".';
const COMMENT_ONLY = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/;

export interface BodyContext {
  file: string;
  /** Path of the file inside the content folder, e.g. `claims/x.mdx`. */
  contentPath: string;
  /** Offset of the body in the file. */
  offset: number;
  positions: PositionIndex;
  /** Sources a claim lists as evidence; citations must come from these. Undefined for other kinds. */
  evidence?: ReadonlySet<string>;
  /** Record the sentence around each cross-link (for the site's backlinks; the checker needs none). */
  sentences?: boolean;
}

/** Lists, block quotes and components nested inside each other. */
export const MAX_BODY_DEPTH = 8;

export function parseBody(text: string, ctx: BodyContext): { body?: Body; diagnostics: Diagnostic[] } {
  let tree: Root;
  try {
    tree = parseMdx(text);
  } catch (error) {
    return { diagnostics: [syntaxDiagnostic(error, ctx)] };
  }
  const walker = new BodyWalker(ctx);
  walker.children(tree, { lang: undefined, context: undefined, depth: 0 });
  walker.finish();
  return {
    body: {
      tree,
      references: walker.references,
      headings: walker.headings,
      cited: [...walker.cited],
      selfAnchors: walker.selfAnchors,
    },
    diagnostics: walker.diagnostics,
  };
}

interface Scope {
  /** Language declared by an enclosing Term or Quote. */
  lang: string | undefined;
  /** The block the walk is in, for the sentence around a link. */
  context: Nodes | undefined;
  /** How many lists, block quotes and components enclose the walk. */
  depth: number;
}

const CONTAINERS = new Set(['blockquote', 'list', 'mdxJsxFlowElement', 'mdxJsxTextElement']);
/** Direction controls: allowed in prose only inside a passage declared in a right-to-left language. */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const RTL_LANGUAGE = /^(?:ar|fa|he|ug|ur|ps|yi|ckb|dv|syr)(?:-|$)/;

class BodyWalker {
  readonly references: Reference[] = [];
  readonly headings: Heading[] = [];
  readonly cited = new Set<string>();
  readonly selfAnchors: { anchor: string; span: Span }[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private readonly slugger = new GithubSlugger();
  /** Links whose sentence is read once the walk has replaced citations in their block. */
  private readonly pendingContexts: { reference: Reference; block: Nodes | undefined; link: Nodes }[] = [];
  /** Paragraphs already reported for untagged Chinese, so one passage yields one message. */
  private readonly reportedHan = new Set<Nodes>();
  private reportedDepth = false;

  constructor(private readonly ctx: BodyContext) {}

  span(node: { position?: Parent['position'] }): Span {
    const p = node.position;
    if (!p || p.start.offset === undefined) return this.ctx.positions.span(this.ctx.offset);
    return this.ctx.positions.span(this.ctx.offset + p.start.offset, this.ctx.offset + (p.end.offset ?? p.start.offset));
  }

  report(node: { position?: Parent['position'] }, rule: Parameters<typeof diagnostic>[2], message: string, fix?: string): void {
    this.diagnostics.push(diagnostic(this.ctx.file, this.span(node), rule, message, fix));
  }

  children(parent: Parent, scope: Scope): void {
    const out: RootContent[] = [];
    // Comments go first, so that no heading id, sentence, page or search index ever sees their text.
    const kept = (parent.children as RootContent[]).filter((child) => !isComment(child));
    for (const child of mergeText(kept).map(asBlock)) {
      if (child.type === 'text') out.push(...this.text(child, scope));
      else {
        this.node(child, scope);
        out.push(child);
      }
    }
    parent.children = out as Parent['children'];
  }

  node(node: RootContent, outer: Scope): void {
    let scope = outer;
    if (CONTAINERS.has(node.type)) {
      scope = { ...outer, depth: outer.depth + 1 };
      if (scope.depth > MAX_BODY_DEPTH) {
        if (!this.reportedDepth) {
          this.reportedDepth = true;
          this.report(node, 'body-too-deep', `Lists, block quotes and components nest more than ${MAX_BODY_DEPTH} levels deep here.`);
        }
        return;
      }
    }
    switch (node.type) {
      case 'mdxjsEsm':
        this.report(node, 'mdx-esm', `"${firstLine(node.value)}" is an import or export statement; entries are data and never run code.`);
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!COMMENT_ONLY.test(node.value)) {
          this.report(node, 'mdx-expression', `"{${shorten(node.value)}}" is an expression; nothing in an entry is evaluated.`);
        }
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        this.element(node, scope);
        return;
      case 'heading': {
        if (node.depth === 1) {
          this.report(node, 'unsupported-markdown', 'A level-1 heading ("# ...") repeats the page title; sections start at "##".', 'Use "## " for sections and "### " below them.');
        }
        const text = textWithoutComments(node).trim();
        // An id the page itself uses takes a prefix: "References" is #section-references.
        const slug = this.slugger.slug(isPageId(slugOf(text)) ? `${SECTION_PREFIX}${text}` : text);
        this.headings.push({ depth: node.depth, text, slug });
        node.data = { ...node.data, slug } as typeof node.data;
        this.children(node, { ...scope, context: node });
        return;
      }
      case 'paragraph':
        this.children(node, { ...scope, context: node });
        return;
      case 'link':
        this.link(node, scope);
        this.children(node, scope);
        return;
      case 'code':
        this.code(node);
        return;
      case 'inlineCode':
        this.invisible(node, node.value, 'code');
        return;
      case 'thematicBreak':
      case 'break':
        return;
      case 'image':
        if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(node.url.trim())) {
          this.report(node, 'remote-image', `The image "${shorten(node.url)}" would be loaded from ${hostOf(node.url)} by every reader's browser.`);
          return;
        }
        this.report(node, 'unsupported-markdown', UNSUPPORTED.image);
        return;
      default:
        if (!ALLOWED.has(node.type)) {
          const explanation = UNSUPPORTED[node.type] ?? `This kind of content (${node.type}) is not supported in entries.`;
          this.report(node, node.type === 'html' ? 'raw-html' : 'unsupported-markdown', explanation);
          return;
        }
        if ('children' in node) this.children(node, scope);
    }
  }

  /** Splits a text node around its citations; checks the text for Chinese without a declared language. */
  text(node: Text, scope: Scope): PhrasingContent[] {
    // Most text is plain ASCII, with no Chinese and no direction controls to look for.
    if (NON_ASCII.test(node.value)) {
      if (scope.lang !== ANY_LANGUAGE && !(scope.lang && CJK_LANGUAGE.test(scope.lang))) this.checkHan(node, scope);
      if (!(scope.lang && (scope.lang === ANY_LANGUAGE || RTL_LANGUAGE.test(scope.lang)))) this.invisible(node, node.value, 'text');
    }
    if (!node.value.includes('@')) return [node];
    const matches = findCitations(node.value);
    const unclosed = UNCLOSED_CITATION.exec(node.value.slice(matches.at(-1)?.end ?? 0));
    if (unclosed) {
      const at = node.position?.start.offset === undefined ? -1 : this.sourceOf(node).lastIndexOf(unclosed[0].split('\n')[0]);
      const start = this.ctx.offset + (node.position?.start.offset ?? 0) + at;
      this.diagnostics.push(
        diagnostic(
          this.ctx.file,
          at >= 0 ? this.ctx.positions.span(start, start + 1) : this.span(node),
          'citation-syntax',
          `The citation "${shorten(unclosed[0])}" is not closed in the same run of text.`,
          'Close it with "]" on the same line, and keep formatting such as *emphasis* out of citations.',
        ),
      );
    }
    if (matches.length === 0) return [node];
    const pieces: PhrasingContent[] = [];
    let last = 0;
    const base = node.position?.start.offset;
    const raw = base === undefined ? undefined : this.sourceOf(node);
    for (const match of matches) {
      if (match.start > last) pieces.push({ type: 'text', value: node.value.slice(last, match.start) });
      const literal = node.value.slice(match.start, match.end);
      const at = raw?.indexOf(literal) ?? -1;
      const start = base !== undefined && at >= 0 ? base + at : base;
      const position =
        start === undefined
          ? node.position
          : { start: this.bodyPoint(start), end: this.bodyPoint(start + (at >= 0 ? literal.length : 0)) };
      const citation: CitationNode = { type: 'citation', items: match.items, position };
      if (match.problem) {
        this.report(citation, 'citation-syntax', `The citation "${literal}" is malformed: ${match.problem}.`);
      }
      for (const item of match.items) this.cite(item.source, 'citation', citation);
      pieces.push(citation);
      last = match.end;
    }
    if (last < node.value.length) pieces.push({ type: 'text', value: node.value.slice(last) });
    return pieces;
  }

  private sourceOf(node: { position?: Parent['position'] }): string {
    const p = node.position!;
    return this.ctx.positions.text.slice(this.ctx.offset + p.start.offset!, this.ctx.offset + (p.end.offset ?? p.start.offset!));
  }

  private bodyPoint(offset: number) {
    const point = this.ctx.positions.point(this.ctx.offset + offset);
    return { ...point, offset };
  }

  private checkHan(node: Text, scope: Scope): void {
    if (!HAN.test(node.value)) return;
    const key = scope.context ?? node;
    if (this.reportedHan.has(key)) return;
    this.reportedHan.add(key);
    const passage = node.value.match(/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]+/u)?.[0] ?? '';
    this.report(node, 'chinese-without-lang', `The Chinese passage "${shorten(passage)}" has no declared language.`);
  }

  private cite(source: string, via: 'citation' | 'quote', node: { position?: Parent['position'] }): void {
    this.cited.add(source);
    const span = this.span(node);
    this.references.push({ to: { kind: 'source', id: source }, via, span });
    if (this.ctx.evidence && !this.ctx.evidence.has(source)) {
      this.diagnostics.push(
        diagnostic(
          this.ctx.file,
          span,
          'citation-not-in-evidence',
          `The body ${via === 'quote' ? 'quotes' : 'cites'} "${source}", which is not among this claim's evidence.`,
          didYouMean(source, this.ctx.evidence) || undefined,
        ),
      );
    }
  }

  private link(node: Extract<Nodes, { type: 'link' }>, scope: Scope): void {
    const target = resolveLink(node.url, this.ctx.contentPath);
    const span = this.span(node);
    switch (target.type) {
      case 'entry':
        const reference: Reference = { to: target.target, via: 'link', span, anchor: target.anchor };
        this.references.push(reference);
        if (this.ctx.sentences) this.pendingContexts.push({ reference, block: scope.context, link: node });
        node.data = { ...node.data, target } as typeof node.data;
        return;
      case 'anchor':
        this.selfAnchors.push({ anchor: target.anchor, span });
        node.data = { ...node.data, target } as typeof node.data;
        return;
      case 'external': {
        const tracking = trackingParameters(node.url);
        if (tracking) {
          this.report(node, 'tracking-parameter', `The link "${shorten(node.url)}" carries ${describeTracking(tracking)}.`, `Remove ${tracking.names.length === 1 ? 'it' : 'them'}: ${tracking.clean}`);
        }
        node.data = { ...node.data, target } as typeof node.data;
        return;
      }
      case 'mail':
        node.data = { ...node.data, target } as typeof node.data;
        return;
      case 'unsafe':
        // An invisible character is reported where it sits, under its own rule.
        if (INVISIBLE_OR_BIDI.test(node.url)) this.invisible(node, node.url, 'url');
        else this.report(node, 'unsafe-link', `The link "${shorten(node.url)}" is not allowed: ${target.reason}.`);
        return;
      case 'outside':
        this.report(node, 'link-outside-content', `The link "${shorten(node.url)}" cannot be followed: ${target.reason}.`);
    }
  }

  /** A fenced code block: a plain language name, and no invisible characters in the code. */
  private code(node: Extract<Nodes, { type: 'code' }>): void {
    const start = node.position?.start.offset;
    if (start !== undefined) {
      const text = this.ctx.positions.text;
      const from = this.ctx.offset + start;
      const lineEnd = text.indexOf('\n', from);
      const fenceLine = text.slice(from, lineEnd === -1 ? text.length : lineEnd);
      const info = fenceLine.replace(/^\s*(?:`{3,}|~{3,})/, '').trim();
      if (info && !/^[A-Za-z0-9_+#.-]{1,30}$/.test(info)) {
        const why = info.includes('&')
          ? 'is written with character references'
          : /\s/.test(info)
            ? 'has more than one word'
            : INVISIBLE_OR_BIDI.test(info)
              ? 'contains an invisible character'
              : 'is not a plain language name';
        const at = from + fenceLine.indexOf(info);
        this.diagnostics.push(diagnostic(this.ctx.file, this.ctx.positions.span(at, at + info.length), 'code-fence-language', `The code fence info "${shorten(info)}" ${why}.`));
      }
    }
    this.invisible(node, node.value, 'code');
  }

  /**
   * Reports an invisible or direction-changing character: anywhere in code, URLs and props; in prose
   * only direction controls (the walk skips prose in a declared right-to-left language).
   */
  private invisible(node: { position?: Parent['position'] }, value: string, where: 'text' | 'code' | 'url' | 'prop'): void {
    const pattern = where === 'text' ? BIDI : INVISIBLE_OR_BIDI;
    const m = pattern.exec(value);
    if (!m) return;
    const code = `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    let span = this.span(node);
    const p = node.position;
    if (p?.start.offset !== undefined && where !== 'prop') {
      const at = this.sourceOf(node).indexOf(m[0]);
      if (at >= 0) span = this.ctx.positions.span(this.ctx.offset + p.start.offset + at, this.ctx.offset + p.start.offset + at + 1);
    }
    const message = {
      text: `The text contains a direction-changing character (${code}) outside a passage in a right-to-left language.`,
      code: `The code contains an invisible or direction-changing character (${code}), which can make it read differently from how it runs.`,
      url: `The link address contains an invisible or direction-changing character (${code}).`,
      prop: `A prop value contains an invisible or direction-changing character (${code}).`,
    }[where];
    const fix =
      where === 'text'
        ? 'Delete it; if the passage is in a right-to-left script (Uyghur, for example), wrap it in <Term lang="ug">...</Term> or <Quote lang="ug" ...>.'
        : undefined;
    this.diagnostics.push(diagnostic(this.ctx.file, span, 'invisible-character', message, fix));
  }

  private element(node: MdxJsxFlowElement | MdxJsxTextElement, scope: Scope): void {
    const name = node.name;
    if (!name) {
      this.report(node, 'unknown-component', 'Fragments ("<>...</>") are not used in entries.', 'Remove the "<>" and "</>" around the text.');
      return;
    }
    if (/^[a-z]/.test(name) || /[-:]/.test(name)) {
      this.report(node, 'raw-html', `The HTML element <${name}> is not allowed in entries.`);
      return;
    }
    // Own keys only: "__proto__" or "toString" must not find Object's prototype.
    if (!Object.hasOwn(COMPONENTS, name)) {
      this.report(node, 'unknown-component', `<${name}> is not one of the allowed components (${Object.keys(COMPONENTS).join(', ')}).`, didYouMean(name, Object.keys(COMPONENTS)) || undefined);
      return;
    }
    const component = COMPONENTS[name as ComponentName];
    const { props: given, ok } = this.props(node, name);
    const props = ok ? given : undefined;
    if (component.placement === 'block' && node.type === 'mdxJsxTextElement') {
      this.report(node, 'component-placement', `<${name}> is a block and must stand on lines of its own, not inside a sentence.`);
    }
    const parsed = props ? component.props.safeParse(props, { reportInput: true }) : undefined;
    if (parsed && !parsed.success) {
      const known = Object.keys(objectShapeAt(component.props, []) ?? {});
      for (const issue of parsed.error.issues) {
        const prop = formatPath(issuePath(issue));
        if (issue.code === 'unrecognized_keys') {
          for (const key of issue.keys) {
            this.report(node, 'component-props', `<${name}> has no prop "${key}".`, didYouMean(key, known) || `Its props are: ${known.join(', ')}.`);
          }
        } else if (issue.code === 'invalid_value') {
          const options = issue.values.map(String);
          this.report(
            node,
            'component-props',
            `<${name}> prop "${prop}" is "${String(issue.input)}", which is not one of: ${options.join(', ')}.`,
            didYouMean(String(issue.input), options) || `Use one of: ${options.join(', ')}.`,
          );
        } else if (isMissing(issue)) {
          this.report(node, 'component-props', `<${name}> needs the prop "${prop}".`, `Add ${prop}="..." to the opening tag.`);
        } else {
          this.report(node, 'component-props', `<${name}> prop "${prop}": ${issue.message}.`);
        }
      }
    }
    const valid = parsed?.success ? (parsed.data as Record<string, string | undefined>) : undefined;
    node.data = { ...node.data, props: valid } as unknown as typeof node.data;

    // A Term or Quote declares the language of its text; if its props are broken, that is reported
    // on the element, and its text is not reported again as undeclared.
    let lang = scope.lang;
    if (name === 'Term' || name === 'Quote') lang = given.lang ?? ANY_LANGUAGE;
    if (name === 'Quote') {
      if (props?.source) this.cite(props.source, 'quote', node);
      if (props?.locator !== undefined) {
        const locator = parseLocator(props.locator);
        if (typeof locator === 'string') this.report(node, 'component-props', `<Quote> prop "locator": ${locator}.`, LOCATOR_FIX);
      }
    } else if (name === 'Term') {
      if (node.children.some((c) => c.type !== 'text')) {
        this.report(node, 'component-props', '<Term> holds plain text only: no links, formatting or components inside it.');
      }
    }
    this.children(node, { lang, context: node.type === 'mdxJsxFlowElement' ? node : scope.context, depth: scope.depth });
  }

  /** Attribute values as plain strings; expressions, spreads and bare attributes are reported. */
  private props(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): { props: Record<string, string>; ok: boolean } {
    // A Map, then own properties: a prop named "__proto__" is a prop like any other, reported as unknown.
    const props = new Map<string, string>();
    let ok = true;
    for (const attribute of node.attributes as (MdxJsxAttribute | MdxJsxExpressionAttribute)[]) {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        this.report(node, 'mdx-expression', `<${name} {${shorten(attribute.value)}}> spreads an expression into the props; nothing in an entry is evaluated.`, 'Write each prop as name="value".');
        ok = false;
      } else if (attribute.value === null || attribute.value === undefined) {
        this.report(node, 'component-props', `<${name}> prop "${attribute.name}" has no value.`, `Write it as ${attribute.name}="...".`);
        ok = false;
      } else if (typeof attribute.value !== 'string') {
        this.report(node, 'mdx-expression', `<${name}> prop ${attribute.name}={${shorten(attribute.value.value)}} is an expression; nothing in an entry is evaluated.`, `Write it as ${attribute.name}="..." with the text in double quotes.`);
        ok = false;
      } else if (INVISIBLE_OR_BIDI.test(attribute.value) || INVISIBLE_OR_BIDI.test(attribute.name)) {
        this.invisible(node, attribute.name + attribute.value, 'prop');
        ok = false;
      } else if (props.has(attribute.name)) {
        this.report(node, 'component-props', `<${name}> has the prop "${attribute.name}" twice.`, 'Keep one of them.');
        ok = false;
      } else {
        props.set(attribute.name, attribute.value);
      }
    }
    return { props: Object.fromEntries(props), ok };
  }

  /** Checks links to headings of this same entry now that all headings are known; reads link sentences. */
  finish(): void {
    for (const { reference, block, link } of this.pendingContexts) reference.context = sentenceAround(block, link);
    const slugs = new Set(this.headings.map((h) => h.slug));
    for (const { anchor, span } of this.selfAnchors) {
      if (!slugs.has(anchor) && isPageId(anchor)) {
        this.diagnostics.push(diagnostic(this.ctx.file, span, 'broken-anchor', pageIdMessage(`The link "#${anchor}"`), pageIdFix(anchor, this.headings)));
      } else if (!slugs.has(anchor)) {
        this.diagnostics.push(
          diagnostic(this.ctx.file, span, 'broken-anchor', `The link "#${anchor}" points at no heading of this entry.`, didYouMean(anchor, slugs) || `The headings here are: ${[...slugs].join(', ') || 'none'}.`),
        );
      }
    }
  }
}

/** What a link to an id the page itself uses (`#references`) is told. */
export function pageIdMessage(link: string): string {
  return `${link} points at an id the page itself uses, not at a heading of the entry: no heading takes it, and the link would land on whatever the site puts there.`;
}

/** The heading a contributor probably meant: the one whose id was prefixed for taking the page's. */

export function pageIdFix(anchor: string, headings: readonly Heading[]): string {
  const renamed = headings.find((h) => h.slug === `${SECTION_PREFIX}${anchor}`);
  return renamed ? `The heading "${renamed.text}" has the id "${renamed.slug}": link to #${renamed.slug}.` : 'Link to a heading of the entry, or to the entry itself without an #anchor.';
}

/** Put before a heading whose id the page itself uses. */
const SECTION_PREFIX = 'section-';

/** An MDX comment, `{/* ... *\/}`: an expression holding nothing but a comment. */
function isComment(node: RootContent): boolean {
  return (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && COMMENT_ONLY.test(node.value);
}

/** The text of a node as `mdast-util-to-string` reads it, comments left out. */
function textWithoutComments(node: Nodes): string {
  if (isComment(node as RootContent)) return '';
  if ('children' in node) return node.children.map((child) => textWithoutComments(child as Nodes)).join('');
  return 'value' in node ? node.value : '';
}

/**
 * Joins adjacent text nodes. The parser splits text at brackets it tried to read as links, and a
 * citation such as `[@a, p. 4]` must be seen whole.
 */
function mergeText(children: RootContent[]): RootContent[] {
  const merged: RootContent[] = [];
  for (const child of children) {
    const last = merged[merged.length - 1];
    if (child.type === 'text' && last?.type === 'text') {
      merged[merged.length - 1] = {
        type: 'text',
        value: last.value + child.value,
        position: last.position && child.position ? { start: last.position.start, end: child.position.end } : undefined,
      };
    } else merged.push(child);
  }
  return merged;
}

/**
 * A paragraph that holds nothing but one block component (`<Quote ...>text</Quote>` written on one
 * line) is that component standing as a block.
 */
function asBlock(node: RootContent): RootContent {
  if (node.type !== 'paragraph') return node;
  const content = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const only = content[0];
  if (content.length !== 1 || only.type !== 'mdxJsxTextElement' || !only.name) return node;
  if (!Object.hasOwn(COMPONENTS, only.name) || COMPONENTS[only.name as ComponentName].placement !== 'block') return node;
  return { ...only, type: 'mdxJsxFlowElement', children: only.children } as RootContent;
}

/** The sentence of a block that contains a link, without citation markup, for backlinks. */
function sentenceAround(block: Nodes | undefined, link: Nodes): string | undefined {
  if (!block) return undefined;
  const text = toString(block, { includeImageAlt: false }).replace(/\s+/g, ' ').trim();
  const linkText = toString(link).trim();
  const sentences = text.split(/(?<=[.!?。！？])\s+/);
  const sentence = sentences.find((s) => linkText && s.includes(linkText)) ?? text;
  return sentence.length > 300 ? `${sentence.slice(0, 297)}...` : sentence;
}

function hostOf(url: string): string {
  try {
    return new URL(url.startsWith('//') ? `https:${url}` : url).hostname || 'another host';
  } catch {
    return 'another host';
  }
}

function firstLine(value: string): string {
  return shorten(value.split('\n')[0]);
}

function shorten(value: string, max = 60): string {
  const one = value.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 3)}...` : one;
}

function syntaxDiagnostic(error: unknown, ctx: BodyContext): Diagnostic {
  const e = error as { reason?: string; message?: string; place?: { line: number; column: number; offset?: number } | { start: { offset?: number; line: number; column: number } } };
  const place = e.place && 'start' in e.place ? e.place.start : e.place;
  const offset =
    place?.offset !== undefined
      ? ctx.offset + place.offset
      : place
        ? ctx.positions.lineStart(ctx.positions.point(ctx.offset).line + place.line - 1) + place.column - 1
        : ctx.offset;
  const reason = (e.reason ?? e.message ?? String(error)).replace(/\s+/g, ' ');
  return diagnostic(ctx.file, ctx.positions.span(offset), 'mdx-syntax', `The body does not parse as MDX: ${reason}`);
}
