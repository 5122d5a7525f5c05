/**
 * No contributor code runs anywhere. The threat corpus (tests/fixtures/threats/rejected) tries every
 * route of docs' threat model, one family per file; this test adds the routes that are better not
 * committed as files (invisible characters, symbolic links). Each route must be rejected by the
 * checker at its own position with the rule that names it; the build must refuse the corpus before
 * Astro runs; and even if a rejected tree were rendered, the renderer must write nothing a
 * contributor typed as markup.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/index';
import type { Diagnostic } from '../../src/diagnostics/diagnostic';
import { printable } from '../../src/diagnostics/printable';
import { processEntry } from '../../src/pipeline/entry';
import { renderBody } from '../../src/pipeline/render';
import { unsafeMarkup } from './markup';

const CORPUS = 'tests/fixtures/threats/rejected/content';
const SECRET = 'SECRET-TOKEN-4242';
const RLO = '\u202E';
const LRI = '\u2066';
const ZWSP = '\u200B';
const TAG_A = '\u{E0041}';
const ALM = '\u061C';

/** Every route, as `file line:column rule`, where the checker must stop it. */
const EXPECTED: Record<string, string[]> = {
  'claims/esm.mdx': ['22:1 mdx-esm', '24:1 mdx-esm'],
  'claims/expressions.mdx': ['22:1 mdx-expression', '24:12 mdx-expression', '26:12 mdx-expression', '28:1 mdx-expression', '30:12 mdx-expression'],
  'claims/attribute-expressions.mdx': ['22:3 mdx-expression', '24:1 mdx-expression', '26:1 mdx-expression'],
  'claims/event-handlers.mdx': ['22:1 component-props', '24:1 component-props', '26:3 component-props'],
  'claims/raw-html.mdx': [
    '22:1 raw-html', // <script>
    '24:1 raw-html', // <script src>
    '26:1 raw-html', // <iframe>
    '28:1 raw-html', // <form>
    '30:1 raw-html', // <base>
    '32:1 raw-html', // <meta http-equiv="refresh">
    '34:1 raw-html', // <svg onload>
    '36:1 raw-html', // <img onerror>
    '38:1 raw-html', // <link rel="stylesheet">
    '40:1 raw-html', // <object>
    '42:1 raw-html', // <a href="javascript:">
    '44:28 raw-html', // <script> inside an allowed component
    '46:1 unknown-component', // <Script>
    '48:1 raw-html', // <svg:script>
  ],
  'claims/html-comment.mdx': ['22:2 mdx-syntax'],
  'claims/links-javascript.mdx': ['22:1 unsafe-link', '24:1 unsafe-link', '26:1 unsafe-link', '28:1 unsafe-link', '30:1 unsafe-link', '32:1 unsafe-link', '34:1 unsafe-link', '36:1 unsafe-link', '38:1 unsafe-link', '40:1 link-outside-content'],
  'claims/links-other-schemes.mdx': ['22:1 unsafe-link', '24:1 unsafe-link', '26:1 unsafe-link', '28:1 unsafe-link', '30:1 unsafe-link', '32:1 unsafe-link', '34:1 unsafe-link', '36:1 unsafe-link'],
  'claims/images.mdx': ['22:1 remote-image', '24:1 unsupported-markdown', '26:1 unsupported-markdown', '28:1 unsupported-markdown', '30:1 unsupported-markdown'],
  'sources/url-schemes.yaml': ['7:6 unsafe-url', '9:8 unsafe-url', '13:10 unsafe-url', '15:10 unsafe-url', '17:10 unsafe-url', '19:10 unsafe-url'],
  'sources/yaml-alias-bomb.yaml': ['12:12 yaml-alias', '14:9 yaml-alias', '14:10 yaml-alias', '20:42 yaml-alias'],
  'sources/yaml-prototype.yaml': ['10:1 yaml-unsafe-key', '15:3 yaml-unsafe-key', '16:5 yaml-unsafe-key'],
  'sources/yaml-tags-and-merge.yaml': ['3:8 yaml-tag', '4:11 yaml-tag', '11:3 yaml-alias'],
  // Written by this test (see addGeneratedThreats).
  'claims/bidi.mdx': ['4:8 invisible-character', '22:29 invisible-character', '24:33 invisible-character', '26:22 invisible-character'],
  'sources/bidi-url.yaml': ['2:1 invisible-character', '6:6 invisible-character', '6:6 unsafe-url'],
  [`claims/le${RLO}aks.mdx`]: ['1:1 file-name'],
  'claims/tag-characters.mdx': ['22:30 invisible-character', '24:20 invisible-character'],
  'claims/con.mdx': ['1:1 file-name'],
  'claims/LPT1.mdx': ['1:1 file-name'],
  'claims/prototype-names.mdx': ['22:1 unknown-component', '24:3 unknown-component', '26:1 component-props', '28:1 component-props'],
  'claims/links-hosts.mdx': ['22:1 unsafe-link', '24:1 unsafe-link', '26:1 unsafe-link', '28:1 unsafe-link', '30:1 unsafe-link', '32:1 unsafe-link', '34:1 unsafe-link', '36:1 unsafe-link', '38:1 unsafe-link', '40:1 unsafe-link', '42:1 unsafe-link', '44:1 unsafe-link'],
  'claims/linked-secret.mdx': ['1:1 symbolic-link'],
  'sources/dangling.yaml': ['1:1 symbolic-link'],
  'entities/': ['1:1 symbolic-link'],
  'claims/pipe.mdx': ['1:1 symbolic-link'],
  'claims/photo.avif': ['1:1 file-name'],
  'sources/logo.svg': ['1:1 file-name'],
  'claims/huge.mdx': ['1:1 file-too-large'],
};
/** Valid entries the threats stand among; they must pass. */
const VALID = ['claims/valid.mdx', 'sources/a-source.yaml', 'topics/leaks.mdx'];

let work: string;
let content: string;
let diagnostics: Diagnostic[];

function claim(title: string, body: string, topic = 'leaks'): string {
  return readFileSync(join(CORPUS, 'claims/esm.mdx'), 'utf8')
    .replace(/^title: .*$/m, `title: "${title}"`)
    .replace(/^statement: .*$/m, `statement: "${title}."`)
    .replace(/^topic: .*$/m, `topic: ${topic}`)
    .replace(/\n\{\/\*[\s\S]*$/, `\n${body}`);
}

/** Routes that are written here rather than committed: invisible characters and symbolic links. */
function addGeneratedThreats(): void {
  const at = (path: string) => join(content, path);
  writeFileSync(at('claims/valid.mdx'), claim('A valid claim among the threats', 'Nothing wrong here [@a-source].\n'));
  writeFileSync(
    at('claims/bidi.mdx'),
    claim(
      'Threat: invisible characters',
      `{/* Threat: bidi controls and zero-width characters in ids and URLs. */}\n\n[https](https://example.org/${RLO}gpj.exe)\n\n[cross-link anchor](./valid.mdx#${LRI}x)\n\n[mail](mailto:editors${ZWSP}@example.org)\n`,
      `"leaks${RLO}"`,
    ),
  );
  const source = readFileSync(at('sources/a-source.yaml'), 'utf8');
  writeFileSync(at('sources/bidi-url.yaml'), source.replace('title:', `ti${ZWSP}tle:`).replace(/^url: .*$/m, `url: "https://news.example.org/${RLO}gpj.exe"`));
  writeFileSync(at(`claims/le${RLO}aks.mdx`), claim('A valid claim with a reversed file name', 'Text [@a-source].\n'));
  writeFileSync(
    at('claims/tag-characters.mdx'),
    claim('Threat: tag characters and the Arabic letter mark', `{/* Threat: invisible tag characters in a URL, U+061C in code. */}\n\n[tagged](https://example.org/${TAG_A}x)\n\nThe code \`if (admin${ALM}) {}\` hides a mark.\n`),
  );
  // Windows device names: no Windows checkout of this repository could hold them as files.
  writeFileSync(at('claims/con.mdx'), claim('Police records were sold through a chat group, in a file named like a device', 'Text [@a-source].\n'));
  writeFileSync(at('claims/LPT1.mdx'), claim('Investigators traced the seller through an address in the advertisement', 'Text [@a-source].\n'));
  // Symbolic links: to a secret outside the content folder, to nothing, and a whole folder.
  mkdirSync(join(work, 'outside/entities'), { recursive: true });
  writeFileSync(join(work, 'outside/secret.mdx'), claim(`The secret is ${SECRET}`, `${SECRET} [@a-source].\n`));
  writeFileSync(join(work, 'outside/entities/leaked.yaml'), `kind: law\nname: ${SECRET}\ndescription: ${SECRET}\n`);
  symlinkSync('../../outside/secret.mdx', at('claims/linked-secret.mdx'));
  symlinkSync('../../nowhere.yaml', at('sources/dangling.yaml'));
  symlinkSync('../outside/entities', at('entities'));
  // A named pipe: reading it would wait forever for a writer.
  const fifo = spawnSync('mkfifo', [at('claims/pipe.mdx')]);
  if (fifo.status !== 0) throw new Error(`mkfifo failed: ${fifo.stderr}`);
  // Files that are not entries (images the build could decode), and pathological input.
  writeFileSync(at('claims/photo.avif'), Buffer.from('0000001c667479706176696600000000', 'hex'));
  writeFileSync(at('sources/logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
  writeFileSync(at('claims/huge.mdx'), claim('A huge entry', `${'Padding. '.repeat(40_000)}\n`));
  writeFileSync(at('claims/emphasis-bomb.mdx'), claim('Emphasis bomb', `${'*'.repeat(20_000)}x${'*'.repeat(20_000)}\n`));
}
/** Input that would hang a parser (emphasis resolution is quadratic): stopped, whatever rule the checker finds for it. */
const PATHOLOGICAL = ['claims/emphasis-bomb.mdx'];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'threats-'));
  content = join(work, 'content');
  cpSync(CORPUS, content, { recursive: true });
  addGeneratedThreats();
  // On worker threads, as `npm run check` does, so that the time limit per file applies.
  ({ diagnostics } = await loadCorpus({ contentDir: content, workers: 2 }));
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const located = (d: Diagnostic) => `${d.line}:${d.column} ${d.rule}`;
const ofFile = (file: string) => diagnostics.filter((d) => d.file === `content/${file}` || d.file === `content/${file.replace(/\/$/, '')}`);

function run(script: string, env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

describe('the checker on the threat corpus', () => {
  it.each(Object.entries(EXPECTED))('stops every route in %s at its own line, with the rule that names it', (file, expected) => {
    const found = ofFile(file);
    expect(found.map(located)).toEqual(expect.arrayContaining(expected));
    expect(found.every((d) => d.severity === 'error' && d.message && d.fix)).toBe(true);
  });

  it.each(PATHOLOGICAL)('stops %s within the time limit, with an error, without stopping the check', (file) => {
    const found = ofFile(file);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((d) => d.severity === 'error' && d.line >= 1)).toBe(true);
  });

  it('covers every file of the corpus, and passes the valid entries among them', () => {
    const files = readdirSync(CORPUS, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(?:mdx|yaml)$/.test(f));
    for (const file of files) expect(VALID.includes(file) || Object.hasOwn(EXPECTED, file), file).toBe(true);
    for (const file of VALID) expect(ofFile(file), file).toEqual([]);
  });

  it('never reads what a symbolic link points at, not even into a message', () => {
    expect(diagnostics.filter((d) => `${d.message} ${d.fix}`.includes(SECRET))).toEqual([]);
    expect(diagnostics.filter((d) => d.file.includes('outside') || d.file.includes('leaked'))).toEqual([]);
  });

  it('fails `npm run check` and lists every route by file, line and column', { timeout: 180_000 }, () => {
    const check = run('scripts/check.ts', { CONTENT_DIR: content });
    expect(check.status).toBe(1);
    for (const [file, expected] of Object.entries(EXPECTED)) {
      // The text format prints a file name's control characters escaped (printable.ts).
      for (const at of expected) expect(check.stdout).toContain(`content/${printable(file.replace(/\/$/, ''))}:${at.split(' ')[0]} `);
    }
    expect(check.stdout).not.toContain(SECRET);
  });
});

describe('the build of the threat corpus', { timeout: 180_000 }, () => {
  it('stops after checking, before Astro renders anything, and leaves the previous site as it was', () => {
    const site = join(work, 'site');
    mkdirSync(join(site, 'pagefind'), { recursive: true });
    writeFileSync(join(site, 'index.html'), 'the previous site');
    const build = run('scripts/build.ts', { CONTENT_DIR: content, OUT_DIR: site });
    expect(build.status).toBe(1);
    expect(build.stdout).toContain('[build] load and check content');
    expect(build.stdout).not.toContain('render pages');
    expect(build.stderr).toContain('The content has errors; nothing was built');
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe('the previous site');
    expect(readdirSync(work).filter((f) => f.startsWith('site'))).toEqual(['site']);
    expect(`${build.stdout}${build.stderr}`).not.toContain(SECRET);
  });
});

describe('rendering, even of what the checker rejected', () => {
  const bodies = Object.keys(EXPECTED).filter((f) => f.endsWith('.mdx'));

  // Entries with content to render: not the link, the oversized file or the pipe.
  const renderable = bodies.filter((f) => !/linked-secret|huge|pipe/.test(f));

  it('writes only allow-listed tags, attributes and links for every rejected body', () => {
    for (const file of renderable) {
      const entry = processEntry({ file, contentPath: file, bytes: readFileSync(join(content, file)) }, { render: true, base: '/' });
      expect(unsafeMarkup(entry.html ?? ''), file).toEqual([]);
    }
  });

  it('writes nothing a contributor typed as markup, even from a tree the checker never walked', () => {
    const parser = unified().use(remarkParse).use(remarkMdx);
    let rendered = 0;
    for (const file of renderable) {
      const body = readFileSync(join(content, file), 'utf8').split(/^---$/m).slice(2).join('---');
      let tree: Root;
      try {
        tree = parser.parse(body) as Root;
      } catch {
        continue; // Does not parse (an HTML comment): nothing to render.
      }
      // The walk gives headings their slug; nothing else of its work is redone here.
      const headings = (node: { type: string; data?: unknown; children?: unknown[] }): void => {
        if (node.type === 'heading') node.data = { slug: 'heading' };
        for (const child of node.children ?? []) headings(child as typeof node);
      };
      headings(tree);
      const html = renderBody(tree, { urlOf: () => '/x/', numberOf: () => 1 });
      expect(unsafeMarkup(html), file).toEqual([]);
      expect(html).not.toMatch(/javascript:|vbscript:|data:text|evil\.example|tracker\.example|process\.env|onerror|onload/i);
      rendered++;
    }
    expect(rendered).toBeGreaterThan(8);
  });

  it('the allow-list check itself rejects markup a renderer should never write', () => {
    expect(unsafeMarkup('<p>fine <a href="/claims/x/">link</a> &lt;script&gt;</p>')).toEqual([]);
    expect(unsafeMarkup('<p onclick="x">a</p>')).toEqual(['attribute onclick in <p onclick="x">']);
    expect(unsafeMarkup('<script>alert(1)</script>')).toEqual(['element <script> in <script>', 'element <script> in </script>']);
    expect(unsafeMarkup('<a href="java&#x09;script:alert(1)">a</a>')).toHaveLength(1);
    expect(unsafeMarkup('<a href="https://127.0.0.1/">a</a>')).toHaveLength(1);
    expect(unsafeMarkup('<img src=x onerror=alert(1)>')).not.toEqual([]);
  });
});
