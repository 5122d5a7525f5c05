/**
 * Every built page is valid HTML (html-validate, recommended rules), and a claim page stays within
 * its budget of 60 KB of HTML and CSS, uncompressed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { siteDir } from '../helpers/site';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

describe('the built HTML', () => {
  it('validates on every page', async () => {
    // Titles are the sources' own titles, which can be long; the rest is html-validate's recommended set.
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });
    const files = htmlFiles(siteDir());
    expect(files.length).toBeGreaterThan(20);
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${relative(siteDir(), file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps each claim page within 60 KB of HTML and CSS', () => {
    const css = statSync(join(siteDir(), 'styles/site.css')).size;
    const claims = readdirSync(join(siteDir(), 'claims')).filter((name) => statSync(join(siteDir(), 'claims', name)).isDirectory());
    expect(claims.length).toBeGreaterThan(3);
    for (const id of claims) {
      const html = statSync(join(siteDir(), 'claims', id, 'index.html')).size;
      expect(html + css, `claims/${id}/`).toBeLessThanOrEqual(60 * 1024);
    }
    // Only one stylesheet is loaded, so the sum above is all the CSS a claim page needs.
    const page = readFileSync(join(siteDir(), 'claims', claims[0], 'index.html'), 'utf8');
    expect(page.match(/<link rel="stylesheet"/g)).toHaveLength(1);
  });
});
