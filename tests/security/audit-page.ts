/**
 * Reads a page's live DOM in the browser, as the browser parsed it, and lists everything in it that
 * could run code, load something from another host, or take the reader elsewhere unasked. Reading the
 * parsed DOM, not the HTML text, means text that merely looks like markup is never mistaken for it.
 */
import type { Page } from 'playwright-core';

/** Runs in the page. Kept self-contained: it is serialised and evaluated there. */
function audit(): string[] {
  const problems: string[] = [];
  const here = location.origin;
  const describe = (el: Element) => `<${el.tagName.toLowerCase()}${[...el.attributes].map((a) => ` ${a.name}="${a.value.slice(0, 60)}"`).join('')}>`;
  const foreign = (url: string) => {
    try {
      return new URL(url, location.href).origin !== here;
    } catch {
      return true;
    }
  };
  for (const el of document.querySelectorAll('*')) {
    for (const attribute of el.attributes) {
      if (/^on/i.test(attribute.name)) problems.push(`event handler ${attribute.name} on ${describe(el)}`);
      if (attribute.name === 'style') problems.push(`inline style on ${describe(el)}`);
      if (/^(?:href|src|action|formaction|data|poster|xlink:href)$/i.test(attribute.name) && /^\s*(?:javascript|vbscript|data):/i.test(attribute.value)) {
        problems.push(`${attribute.name} with a script or data URL on ${describe(el)}`);
      }
    }
  }
  for (const el of document.querySelectorAll('script')) {
    const data = /^application\/(?:ld\+)?json$/i.test(el.type);
    if (!el.src && !data) problems.push(`inline script ${describe(el)}`);
    if (el.src && foreign(el.src)) problems.push(`script from another host ${describe(el)}`);
  }
  for (const el of document.querySelectorAll('style, iframe, frame, frameset, object, embed, applet, base, portal, fencedframe')) {
    problems.push(`element ${describe(el)}`);
  }
  for (const el of document.querySelectorAll('meta[http-equiv]')) {
    if (!/^content-security-policy$/i.test(el.getAttribute('http-equiv') ?? '')) problems.push(`element ${describe(el)}`);
  }
  for (const el of document.querySelectorAll('img, source, video, audio, track, input[type="image"], svg image, svg use')) {
    const url = el.getAttribute('src') ?? el.getAttribute('href') ?? el.getAttribute('xlink:href') ?? el.getAttribute('srcset') ?? '';
    if (!url || foreign(url)) problems.push(`media ${describe(el)}`);
  }
  for (const el of document.querySelectorAll('link[href]')) {
    const rel = (el.getAttribute('rel') ?? '').toLowerCase();
    if (/\b(?:canonical|alternate|author|license|me)\b/.test(rel)) continue;
    if (foreign(el.getAttribute('href')!)) problems.push(`link loading from another host ${describe(el)}`);
  }
  for (const form of document.querySelectorAll('form')) {
    if (foreign(form.action)) problems.push(`form sending to another host ${describe(form)}`);
  }
  // Read from the attribute: an SVG link's href property is an SVGAnimatedString, not a URL.
  for (const a of document.querySelectorAll('a[href]')) {
    const url = new URL(a.getAttribute('href')!, location.href);
    if (!/^(?:https?|mailto):$/.test(url.protocol)) problems.push(`link with the ${url.protocol} scheme ${describe(a)}`);
    if (url.origin !== here && url.protocol !== 'mailto:' && !/\bnoreferrer\b/.test(a.getAttribute('rel') ?? '')) {
      problems.push(`outbound link without rel="noreferrer" ${describe(a)}`);
    }
  }
  return problems;
}

export async function auditPage(page: Page): Promise<string[]> {
  const path = new URL(page.url()).pathname;
  return (await page.evaluate(audit)).map((p) => `${path}: ${p}`);
}
