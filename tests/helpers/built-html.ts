/** Checks on a built site's HTML that hold for any corpus: valid markup, and claim pages within budget. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';

/**
 * A claim page's budget: HTML and CSS, uncompressed. 60 KB until the evidence summary, versions and
 * figures joined the page (docs/reading.md); the largest real claim page is about 63 KB with them.
 */
export const CLAIM_PAGE_BUDGET = 64 * 1024;

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** Every html-validate finding (recommended rules) on every page, as `path:line:column rule: message`. */
export async function invalidHtml(site: string): Promise<string[]> {
  // Titles are the sources' own titles, which can be long; the rest is html-validate's recommended set.
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });
  const problems: string[] = [];
  for (const file of htmlFiles(site)) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${relative(site, file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  return problems;
}

/** Each claim page's HTML plus the site's one stylesheet, in bytes, by URL path. */
export function claimPageSizes(site: string): Map<string, number> {
  const css = statSync(join(site, 'styles/site.css')).size;
  const claims = readdirSync(join(site, 'claims')).filter((name) => statSync(join(site, 'claims', name)).isDirectory());
  return new Map(claims.map((id) => [`/claims/${id}/`, statSync(join(site, 'claims', id, 'index.html')).size + css]));
}

/** Elements a reader sees as separate blocks (or lines), so their texts never join into one word. */
const BLOCK_TAGS =
  /<\/?(?:address|article|aside|blockquote|br|caption|dd|details|div|dl|dt|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)\b[^>]*>/gi;

/** A page's text as a reader sees it: blocks on lines of their own, inline markup gone, entities decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<head\b[\s\S]*?<\/head>/i, '')
    .replace(BLOCK_TAGS, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|nbsp));/gi, (_, dec, hex, name) =>
      dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ' }[name.toLowerCase() as 'amp'],
    );
}

/** A word that ends a sentence or clause and the next word, with no space between: "Doxxing.Sixth". */
const RUN_TOGETHER = /\p{Ll}[.,;:)]\p{Lu}\p{Ll}/u;

/** Every place on every page where two words run together, as `path: …context…`. */
export function wordsRunTogether(site: string): string[] {
  const found: string[] = [];
  for (const file of htmlFiles(site)) {
    for (const line of visibleText(readFileSync(file, 'utf8')).split('\n')) {
      const m = RUN_TOGETHER.exec(line);
      if (m) found.push(`${relative(site, file)}: …${line.slice(Math.max(0, m.index - 30), m.index + 30).trim()}…`);
    }
  }
  return found;
}
