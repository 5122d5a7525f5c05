/**
 * What the entry renderer (src/pipeline/render.ts) may ever write: a fixed set of tags and attributes,
 * and links only to the site, to anchors, to mail addresses or to checked public web addresses.
 * Anything else in rendered HTML is markup a contributor smuggled through.
 */
import { unsafeUrlReason } from '../../src/schema/common';

const TAGS = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'em', 'strong', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'hr', 'br', 'sup', 'figure', 'figcaption', 'aside', 'span']);
const ATTRIBUTES = new Set(['class', 'id', 'href', 'rel', 'lang', 'aria-label', 'start']);
const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' };

function hrefProblem(href: string): string | undefined {
  if (/^#[^\s]*$/.test(href) || /^\/(?!\/)[^\s]*$/.test(href)) return undefined;
  if (/^mailto:[^\s@]+@[^\s@]+$/.test(href)) return undefined;
  if (/^https?:\/\//.test(href)) return unsafeUrlReason(href);
  return 'is not a site path, an anchor, a mail address or a web address';
}

/** Every tag, attribute or link in rendered entry HTML that the renderer must never write. */
export function unsafeMarkup(html: string): string[] {
  const problems: string[] = [];
  const rest = html.replace(/<\/?([A-Za-z][^\s/>]*)((?:\s[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/g, (tag, name: string, attributes: string) => {
    if (!TAGS.has(name)) problems.push(`element <${name}> in ${tag}`);
    for (const [, attribute, value] of attributes.matchAll(/\s([^\s=]+)(?:="([^"]*)")?/g)) {
      if (!ATTRIBUTES.has(attribute)) problems.push(`attribute ${attribute} in ${tag}`);
      if (attribute === 'href') {
        const href = (value ?? '').replace(/&(?:amp|quot|#39|lt|gt);/g, (e) => ENTITIES[e]);
        const problem = hrefProblem(href);
        if (problem) problems.push(`href "${href}" ${problem}`);
      }
    }
    return '';
  });
  // Text is escaped, so any "<" left over is markup the pattern above could not read.
  if (rest.includes('<')) problems.push(`unreadable markup: ${rest.slice(rest.indexOf('<'), rest.indexOf('<') + 60)}`);
  return problems;
}
