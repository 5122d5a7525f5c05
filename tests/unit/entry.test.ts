import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { processEntry } from '../../src/pipeline/entry';

const FIXTURES = 'tests/fixtures/entries';

function process(contentPath: string, render = true) {
  const bytes = readFileSync(`${FIXTURES}/${contentPath}`);
  return processEntry({ file: `entries/${contentPath}`, contentPath, bytes }, { render, base: '/' });
}

/** Diagnostics as `line:column rule message`, the way a contributor reads them. */
function messages(contentPath: string): string[] {
  return process(contentPath).diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`);
}

describe('the component allow-list', () => {
  it('lets Term, Quote, Aside and comments through and renders them as fixed HTML', () => {
    const entry = process('claims/components-allowed.mdx');
    expect(entry.diagnostics).toEqual([]);
    expect(entry.html).toBe(
      [
        '<p>Allowed: <span class="term" lang="zh">开盒</span> <span class="gloss">(opening the box)</span> and a citation <sup class="citation" id="cite-1">[<a href="#ref-1" id="cite-1-1">1, p. 4</a>]</sup>.</p>',
        '<figure class="quote">',
        '<blockquote lang="en">',
        '<p>it happened</p></blockquote>',
        '<figcaption> <span class="quote-source">— <a class="quote-ref" href="#ref-1" id="cite-1-2">[1, para. 2]</a></span></figcaption>',
        '</figure>',
        '<aside class="aside aside-caution" aria-label="Unverified">',
        '<p class="aside-title">Unverified</p>',
        "<p>The seller's figures were not verified.</p>",
        '</aside>',
        '',
      ].join('\n'),
    );
  });

  it('rejects unknown components, missing or misspelled props, expressions in props and misplaced blocks', () => {
    expect(messages('claims/components-rejected.mdx')).toEqual([
      '20:1 unknown-component <Script> is not one of the allowed components (Quote, Aside, Term).',
      '22:1 component-props <Quote> needs the prop "lang".',
      '24:1 component-props <Aside> prop "kind" is "warning", which is not one of: note, caution, correction.',
      '24:1 component-props <Aside> has no prop "titel".',
      '26:8 component-placement <Quote> is a block and must stand on lines of its own, not inside a sentence.',
      '28:1 mdx-expression <Term {...props}> spreads an expression into the props; nothing in an entry is evaluated.',
      '30:1 mdx-expression <Term> prop lang={language} is an expression; nothing in an entry is evaluated.',
      '32:1 component-props <Aside> prop "kind" has no value.',
      '34:1 unknown-component Fragments ("<>...</>") are not used in entries.',
    ]);
  });
});

describe('contributor MDX is data, never code', () => {
  it('rejects ESM, expressions, raw HTML, images and unsafe links, each at its own line', () => {
    expect(messages('claims/code-rejected.mdx')).toEqual([
      '20:1 mdx-esm "import fs from "node:fs"" is an import or export statement; entries are data and never run code.',
      '22:1 mdx-esm "export const secret = process.env.SECRET" is an import or export statement; entries are data and never run code.',
      '24:6 mdx-expression "{1 + 1}" is an expression; nothing in an entry is evaluated.',
      '24:18 mdx-expression "{process.env.HOME}" is an expression; nothing in an entry is evaluated.',
      '26:1 raw-html The HTML element <div> is not allowed in entries.',
      '28:1 raw-html The HTML element <img> is not allowed in entries.',
      '30:1 remote-image The image "https://tracker.example/pixel.png" would be loaded from tracker.example by every reader\'s browser.',
      '32:1 unsafe-link The link "javascript:alert(1)" is not allowed: links with the "javascript:" scheme are not allowed.',
      '32:34 unsafe-link The link "JAVA SCRIPT:alert(1)" is not allowed: links with the "javascript:" scheme are not allowed.',
      '32:69 link-outside-content The link "/claims/x/" cannot be followed: site paths such as "/claims/x/" break in GitHub and editors; link to the content file instead.',
      '34:1 raw-html The HTML element <iframe> is not allowed in entries.',
    ]);
  });

  it('never lets rejected markup into the rendered HTML', () => {
    const html = process('claims/code-rejected.mdx').html ?? '';
    for (const banned of ['<div', '<img', '<iframe', 'javascript:', 'JAVA', 'process.env', 'onclick', 'tracker.example']) {
      expect(html).not.toContain(banned);
    }
  });
});
