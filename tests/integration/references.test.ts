/** A claim's references lead back to where each is cited, and a quote in the text names its source. */
import { describe, expect, it } from 'vitest';
import { page } from '../helpers/site';

const reference = (html: string, n: number) => {
  const at = html.indexOf(`<li id="ref-${n}">`);
  expect(at, `reference ${n}`).toBeGreaterThan(-1);
  return html.slice(at, html.indexOf('</li>', at));
};

describe('a reference list', () => {
  const html = page('/claims/database-offered/');

  it('links back with "^ a b c" to each citation in the text and to the evidence quoting the source', () => {
    expect(reference(html, 1)).toContain(
      '<span class="ref-back">^ <a href="#cite-1-1" aria-label="Back to citation 1a">a</a> <a href="#cite-1-2" aria-label="Back to citation 1b">b</a> <a href="#evidence-ref-1" aria-label="Back to citation 1c">c</a></span>',
    );
    expect(reference(html, 2)).toContain('<span class="ref-back">^ <a href="#cite-2-1" aria-label="Back to citation 2a">a</a> <a href="#evidence-ref-2" aria-label="Back to citation 2b">b</a></span>');
  });

  it('points every way back at an element of the page', () => {
    for (const path of ['/claims/database-offered/', '/claims/doxxing-crackdown/', '/claims/camera-count-contested/']) {
      const page_ = page(path);
      const targets = [...page_.matchAll(/<span class="ref-back">[\s\S]*?<\/span>/g)].flatMap((m) => [...m[0].matchAll(/href="#([^"]+)"/g)].map((h) => h[1]));
      expect(targets.length, path).toBeGreaterThan(0);
      for (const id of targets) expect(page_, `${path} #${id}`).toContain(`id="${id}"`);
    }
  });

  it('gives a reference cited in one place a single "^"', () => {
    const html = page('/claims/camera-count-old/');
    expect(reference(html, 1)).toContain('<span class="ref-back"><a href="#evidence-ref-1" aria-label="Back to citation 1">^</a></span>');
  });
});

describe('a quote in the text of a claim', () => {
  it('is attributed to its source by title, not by a lone reference number', () => {
    const html = page('/claims/doxxing-crackdown/');
    expect(html).toContain(
      '<span class="quote-source">— <cite>The Ministry of Public Security cracks down on doxxing (translation)</cite> <a class="quote-ref" href="#ref-1" id="cite-1-2">[1]</a></span>',
    );
  });
});
