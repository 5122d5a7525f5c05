/** Checks on a built site's HTML that hold for any corpus: valid markup, and claim pages within budget. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';

/** A claim page's budget: HTML and CSS, uncompressed. */
export const CLAIM_PAGE_BUDGET = 60 * 1024;

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
