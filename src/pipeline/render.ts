/**
 * Renders a checked body tree to HTML. Only the node types the body walk allows reach this point,
 * and each is written out here by hand, so no markup a contributor typed can pass through:
 * text is escaped, links are rewritten or marked external, components become fixed templates.
 */
import type { Nodes, Parent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { CitationNode } from './body';
import { formatLocator, parseLocator } from './citation';
import type { EntryKey, LinkTarget } from './link';

export interface RenderOptions {
  /** Site URL of an entry. */
  urlOf(key: EntryKey): string;
  /** Reference number of a source on this page, if it has one. */
  numberOf(source: string): number | undefined;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an attribute value or any other position. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Escapes text between tags, where quotes need no escaping. */
function escapeText(value: string): string {
  return value.replace(/[&<>]/g, (c) => ESCAPES[c]);
}

export function renderBody(tree: Parent, options: RenderOptions): string {
  const renderer = new Renderer(options);
  return renderer.children(tree);
}

class Renderer {
  private citationCount = 0;
  /** How often each reference number has been cited so far: the k-th citation of n is `cite-n-k`. */
  private readonly cited = new Map<number, number>();

  constructor(private readonly options: RenderOptions) {}

  children(parent: Parent): string {
    let html = '';
    for (const child of parent.children as Nodes[]) html += this.node(child);
    return html;
  }

  node(node: Nodes | CitationNode): string {
    switch (node.type) {
      case 'paragraph':
        return `<p>${this.children(node)}</p>\n`;
      case 'heading': {
        const level = Math.max(2, node.depth);
        const slug = (node.data as { slug: string }).slug;
        return `<h${level} id="${escapeHtml(slug)}">${this.children(node)} <a class="heading-anchor" href="#${escapeHtml(slug)}" aria-label="Link to this section">#</a></h${level}>\n`;
      }
      case 'text':
        return escapeText(node.value);
      case 'emphasis':
        return `<em>${this.children(node)}</em>`;
      case 'strong':
        return `<strong>${this.children(node)}</strong>`;
      case 'inlineCode':
        return `<code>${escapeHtml(node.value)}</code>`;
      case 'code': {
        const lang = node.lang ? ` class="language-${escapeHtml(node.lang)}"` : '';
        return `<pre><code${lang}>${escapeHtml(node.value)}</code></pre>\n`;
      }
      case 'blockquote':
        return `<blockquote>\n${this.children(node)}</blockquote>\n`;
      case 'list': {
        const tag = node.ordered ? 'ol' : 'ul';
        const start = node.ordered && node.start !== null && node.start !== undefined && node.start !== 1 ? ` start="${node.start}"` : '';
        return `<${tag}${start}>\n${this.children(node)}</${tag}>\n`;
      }
      case 'listItem': {
        // Tight list items hold their text directly, as Markdown renderers do.
        const inner = node.spread
          ? this.children(node)
          : (node.children as Nodes[]).map((c) => (c.type === 'paragraph' ? this.children(c) : this.node(c))).join('');
        return `<li>${inner}</li>\n`;
      }
      case 'thematicBreak':
        return '<hr>\n';
      case 'break':
        return '<br>\n';
      case 'link':
        return this.link(node);
      case 'citation':
        return this.citation(node);
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        return this.component(node);
      default:
        // Comments ({/* ... */}) and anything the walk rejected render as nothing.
        return '';
    }
  }

  private link(node: Extract<Nodes, { type: 'link' }>): string {
    const target = (node.data as { target?: LinkTarget } | undefined)?.target;
    const text = this.children(node);
    if (!target) return text;
    switch (target.type) {
      case 'entry': {
        const href = this.options.urlOf(target.target) + (target.anchor ? `#${encodeURIComponent(target.anchor)}` : '');
        return `<a href="${escapeHtml(href)}">${text}</a>`;
      }
      case 'anchor':
        return `<a href="#${escapeHtml(encodeURIComponent(target.anchor))}">${text}</a>`;
      case 'external':
        return `<a class="external" href="${escapeHtml(target.url)}" rel="noreferrer noopener">${text}</a>`;
      case 'mail':
        return `<a href="${escapeHtml(target.url)}">${text}</a>`;
      default:
        return text;
    }
  }

  private citation(node: CitationNode): string {
    const parts = node.items.map((item) => {
      const n = this.options.numberOf(item.source);
      const label = `${n ?? '?'}${item.locator ? `, ${formatLocator(item.locator)}` : ''}`;
      const prefix = item.prefix ? `${escapeHtml(item.prefix)} ` : '';
      return n === undefined ? `${prefix}${escapeHtml(label)}` : `${prefix}<a href="#ref-${n}" id="${this.citeId(n)}">${escapeHtml(label)}</a>`;
    });
    this.citationCount++;
    return `<sup class="citation" id="cite-${this.citationCount}">[${parts.join('; ')}]</sup>`;
  }

  /** The id of the next citation of reference n, which its entry in the reference list links back to. */
  private citeId(n: number): string {
    const k = (this.cited.get(n) ?? 0) + 1;
    this.cited.set(n, k);
    return `cite-${n}-${k}`;
  }

  private component(node: MdxJsxFlowElement | MdxJsxTextElement): string {
    const props = (node.data as { props?: Record<string, string | undefined> } | undefined)?.props;
    if (!props) return '';
    switch (node.name) {
      case 'Quote':
        return this.quote(node, props);
      case 'Aside': {
        const kind = props.kind ?? 'note';
        const title = props.title ?? { note: 'Note', caution: 'Caution', correction: 'Correction' }[kind] ?? 'Note';
        return `<aside class="aside aside-${escapeHtml(kind)}" aria-label="${escapeHtml(title)}">\n<p class="aside-title">${escapeHtml(title)}</p>\n${this.children(node)}</aside>\n`;
      }
      case 'Term': {
        const gloss = props.translation ? ` <span class="gloss">(${escapeHtml(props.translation)})</span>` : '';
        const term = `<span class="term" lang="${escapeHtml(props.lang!)}">${this.children(node)}</span>${gloss}`;
        return node.type === 'mdxJsxFlowElement' ? `<p>${term}</p>\n` : term;
      }
      default:
        return '';
    }
  }

  private quote(node: MdxJsxFlowElement | MdxJsxTextElement, props: Record<string, string | undefined>): string {
    const inner = (node.children as Nodes[]).every((c) => c.type === 'paragraph') ? this.children(node) : `<p>${this.children(node)}</p>`;
    const n = this.options.numberOf(props.source!);
    const locator = props.locator ? parseLocator(props.locator) : undefined;
    const where = locator && typeof locator !== 'string' ? `, ${formatLocator(locator)}` : '';
    // The page puts the source's title after the dash (src/site/reference-backlinks.ts), so the attribution is not a lone "[1]".
    const reference = n === undefined ? '' : ` <span class="quote-source">— <a class="quote-ref" href="#ref-${n}" id="${this.citeId(n)}">[${n}${escapeHtml(where)}]</a></span>`;
    const translation = props.translation
      ? `<p class="quote-translation" lang="en">${escapeHtml(props.translation)} <span class="translator">(translation: ${escapeHtml(props.translator ?? '')})</span></p>`
      : '';
    return `<figure class="quote">\n<blockquote lang="${escapeHtml(props.lang!)}">\n${inner}</blockquote>\n<figcaption>${translation}${reference}</figcaption>\n</figure>\n`;
  }
}
