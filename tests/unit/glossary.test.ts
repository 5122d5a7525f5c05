/** The glossary: every term defined from content that exists, and the first use of a term on a page linked to it. */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/index';
import type { ValidEntry } from '../../src/corpus/index';
import { glossary, withGlossaryLinks, type GlossaryEntry } from '../../src/site/glossary';

const term = (id: string, forms: string[], entity?: string): GlossaryEntry =>
  ({ id, term: id, forms, definition: '', sources: [], ...(entity ? { entity: { id: entity } as ValidEntry<'entity'> } : {}) }) as GlossaryEntry;

describe('linking glossary terms', () => {
  const kaihe = term('kaihe', ['开盒', 'kaihe']);
  const mps = term('mps', ['MPS', 'Ministry of Public Security'], 'ministry-of-public-security');

  it('links the first occurrence of a term only, English forms as whole words', () => {
    const html = '<p>The word <span class="term" lang="zh">开盒</span> means doxxing; 开盒 again. MPSX is not MPS.</p>';
    expect(withGlossaryLinks(html, [kaihe, mps], '/')).toBe(
      '<p>The word <span class="term" lang="zh"><a class="glossary-term" href="/glossary/#kaihe">开盒</a></span> means doxxing; 开盒 again. MPSX is not <a class="glossary-term" href="/glossary/#mps">MPS</a>.</p>',
    );
  });

  it('leaves links, headings, verbatim quotes and their captions alone, and links the next plain use', () => {
    const html = '<h2 id="x">开盒</h2><blockquote lang="zh"><p>开盒</p></blockquote><p><a href="/x/">开盒</a> and kaihe</p>';
    expect(withGlossaryLinks(html, [kaihe], '/')).toBe('<h2 id="x">开盒</h2><blockquote lang="zh"><p>开盒</p></blockquote><p><a href="/x/">开盒</a> and <a class="glossary-term" href="/glossary/#kaihe">kaihe</a></p>');
  });

  it('does not link a term whose entity the page already links, or the entity of the page itself', () => {
    const html = '<p>The <a href="/entities/ministry-of-public-security/">ministry</a> (MPS) acted.</p>';
    expect(withGlossaryLinks(html, [mps], '/')).toBe(html);
    expect(withGlossaryLinks('<p>MPS</p>', [mps], '/', 'ministry-of-public-security')).toBe('<p>MPS</p>');
  });

  it('cannot be fooled by contributor text that looks like markup, which reaches the HTML escaped', () => {
    const html = '<p>&lt;a href="x"&gt;开盒&lt;/a&gt;</p>';
    expect(withGlossaryLinks(html, [kaihe], '/')).toBe('<p>&lt;a href="x"&gt;<a class="glossary-term" href="/glossary/#kaihe">开盒</a>&lt;/a&gt;</p>');
  });
});

describe('the glossary of content/', () => {
  it('defines every term from an entity or sources that exist, including the terms readers asked for', async () => {
    const { graph } = await loadCorpus({ contentDir: 'content', render: true, base: '/', workers: 0 });
    const entries = glossary(graph);
    const ids = entries.map((e) => e.id);
    for (const id of ['kaihe', 'shegongku', 'neigui', 'hukou', 'digital-certificate', 'net-number', 'skynet', 'sharp-eyes', 'ijop', 'cac', 'mps', 'spp']) expect(ids).toContain(id);
    for (const e of entries) {
      expect(e.definition.length, e.id).toBeGreaterThan(20);
      expect(Boolean(e.entity) || e.sources.length > 0, e.id).toBe(true);
    }
    expect(entries.map((e) => e.term)).toEqual([...entries.map((e) => e.term)].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    // A claim whose prose uses the Chinese word gets it linked, once.
    const claim = graph.get('claim', 'kaihe-doxxing-term')!;
    const linked = withGlossaryLinks(claim.html!, entries, '/');
    expect(linked.match(/<a class="glossary-term" href="\/glossary\/#kaihe">/g)).toHaveLength(1);
  }, 120_000);
});
