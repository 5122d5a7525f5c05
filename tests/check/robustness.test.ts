/**
 * Whatever a file holds, the checker answers with positioned diagnostics: never a stack trace, never
 * a hang, and every problem in one run.
 */
import { describe, expect, it } from 'vitest';
import { processEntry } from '../../src/pipeline/entry';

const options = { render: false, base: '/', today: '2026-06-01' };

describe('a failure inside the pipeline', () => {
  it('becomes an internal-error diagnostic on the file, not an exception (rule internal-error)', () => {
    // Bytes that throw when read stand in for a bug in any stage.
    const bytes = new Proxy(new Uint8Array(0), {
      get(target, key) {
        if (key === 'length') throw new Error('the stage broke');
        return Reflect.get(target, key);
      },
    });
    const entry = processEntry({ file: 'content/claims/x.mdx', contentPath: 'claims/x.mdx', bytes }, options);
    expect(entry.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`)).toEqual([
      '1:1 internal-error The pipeline failed on this file: the stage broke.',
    ]);
  });
});

describe('text that is not Unicode', () => {
  it('is an error at the value when a YAML escape writes half of a surrogate pair, so the build never meets it', () => {
    const yaml = 'type: law\ntitle: "Law \\ud800 text"\naliases: ["\\ud83d\\ude00 a whole pair is a character"]\n';
    const entry = processEntry({ file: 'content/sources/x.yaml', contentPath: 'sources/x.yaml', bytes: new TextEncoder().encode(yaml) }, options);
    expect(entry.diagnostics.filter((d) => d.rule === 'invalid-unicode').map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`)).toEqual([
      '2:8 invalid-unicode The value of "title" holds half of a surrogate pair (U+D800) alone, written as an escape: it is not a character, and no page, feed or search index can hold it.',
    ]);
  });
});

describe('files over the byte cap', () => {
  it('are reported without being parsed', () => {
    const bytes = new TextEncoder().encode(`---\ntitle: x\n---\n\n${'a'.repeat(300 * 1024)}\n`);
    const entry = processEntry({ file: 'content/topics/big.mdx', contentPath: 'topics/big.mdx', bytes }, options);
    expect(entry.diagnostics.map((d) => `${d.rule} ${d.message}`)).toEqual(['file-too-large The file is 301 KB; entries are at most 256 KB.']);
  });
});

describe('pathological input', () => {
  // Each of these takes the Markdown or YAML parser seconds to minutes when it is not caught first.
  const cases: [string, string, string][] = [
    ['50,000 nested block quote markers', `---\ntitle: x\nsummary: y\norder: 1\n---\n\n${'>'.repeat(50_000)} x\n`, 'body-too-deep'],
    ['400 nested list levels', `---\ntitle: x\nsummary: y\norder: 1\n---\n\n${Array.from({ length: 400 }, (_, i) => `${' '.repeat(2 * i)}- x`).join('\n')}\n`, 'body-too-deep'],
    ['50,000 brackets', `---\ntitle: x\nsummary: y\norder: 1\n---\n\n${'['.repeat(50_000)}x${']'.repeat(50_000)}\n`, 'body-too-complex'],
    ['50,000 emphasis markers', `---\ntitle: x\nsummary: y\norder: 1\n---\n\n${'*'.repeat(50_000)}x${'*'.repeat(50_000)}\n`, 'body-too-complex'],
    ['30,000 unclosed links', `---\ntitle: x\nsummary: y\norder: 1\n---\n\n${'[a]('.repeat(30_000)}\n`, 'body-too-complex'],
    ['20,000 keys', `${Array.from({ length: 20_000 }, (_, i) => `k${i}: v`).join('\n')}\n`, 'file-too-large'],
    ['100,000 nested flow sequences', `title: ${'['.repeat(100_000)}\n`, 'yaml-too-deep'],
  ];
  for (const [name, text, rule] of cases) {
    it(`reports ${name} at once (rule ${rule})`, () => {
      const yaml = !text.startsWith('---');
      const contentPath = yaml ? 'entities/x.yaml' : 'topics/x.mdx';
      const started = performance.now();
      const entry = processEntry({ file: `content/${contentPath}`, contentPath, bytes: new TextEncoder().encode(text) }, options);
      expect(performance.now() - started).toBeLessThan(1000);
      expect(entry.diagnostics.map((d) => d.rule)).toEqual([rule]);
    });
  }
});

describe('a file that cannot be read', () => {
  it('is reported on the file, not thrown (rule internal-error)', async () => {
    const { readTask } = await import('../../src/corpus/pool');
    const entry = readTask({ path: '/nonexistent/claims/gone.mdx', file: 'content/claims/gone.mdx', contentPath: 'claims/gone.mdx' });
    expect('diagnostics' in entry && entry.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message}`)).toEqual([
      'content/claims/gone.mdx:1:1 internal-error The file could not be read (ENOENT).',
    ]);
  });
});
