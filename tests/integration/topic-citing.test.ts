/** Topic pages can be cited and read in order; source pages cite in the three styles too. */
import { describe, expect, it } from 'vitest';
import { page } from '../helpers/site';

const cite = (html: string) => html.slice(html.indexOf('<section class="cite"'), html.indexOf('</section>', html.indexOf('<section class="cite"')));

describe('a topic page', () => {
  it('has "Cite this topic" in APA, MLA 9 and Chicago and the exchange formats, with when it last changed and was reviewed', () => {
    const box = cite(page('/topics/leaks/'));
    expect(box).toContain('<h2 id="cite">Cite this topic</h2>');
    expect(box).toMatch(/<p class="cite-intro">This overview: (last changed \d{1,2} \w+ \d{4}|no version history in this copy); last reviewed 29 November 2026 by project editors\./);
    expect(cite(page('/topics/law/'))).toMatch(/; not yet reviewed as a whole\./);
    expect(box).toContain('MLA Handbook 9th edition');
    expect(box).toMatch(/Surveillance Claims contributors\. “Leaks\.” <i>Surveillance Claims<\/i>, \d{1,2} \w+\.? \d{4}, http:\/\/localhost:4321\/topics\/leaks\/\./);
    expect(box).toContain('@misc{leaks,');
    expect(box).toContain('TY  - ELEC');
  });

  it('links the previous and next topic in the reading order', () => {
    expect(page('/topics/leaks/')).toContain('<p>Topic 1 of 4 in the reading order.</p>');
    const law = page('/topics/law/');
    expect(law).toContain('Previous: <a href="/topics/leaks/" rel="prev">Leaks</a>');
    expect(law).toContain('Next: <a href="/topics/disputes/" rel="next">Disputed figures</a>');
    expect(page('/topics/surveillance/')).not.toContain('rel="next"');
  });
});

describe('a source page', () => {
  it('offers APA, MLA 9 and Chicago beside BibTeX, RIS and CSL-JSON', () => {
    const box = cite(page('/sources/wire-story/'));
    for (const key of ['apa', 'mla', 'chicago', 'bibtex', 'ris', 'csl']) expect(box).toContain(`id="cite-text-${key}"`);
    expect(box).not.toMatch(/N\.p\.|\bWeb\./);
    expect(box).toMatch(/\tmonth = [a-z]{3},\n\tdate = \{\d{4}-\d{2}-\d{2}\},/);
    expect(box).not.toContain('month = {');
  });
});
