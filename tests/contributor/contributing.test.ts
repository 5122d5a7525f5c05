/**
 * CONTRIBUTING.md is tested like code: its complete example passes the checker, and every
 * `npm run new` command it shows uses a kind and options the command has.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../scripts/lib/scaffold-templates';
import { loadCorpus } from '../../src/corpus/index';
import { KIND_NAMES, type Kind } from '../../src/schema/index';
import { copyContent } from './run';

const guide = readFileSync('CONTRIBUTING.md', 'utf8');

/** Code blocks introduced by a bold file name: **`content/claims/x.mdx`** ... ```mdx ... ``` */
function exampleFiles(): { path: string; text: string }[] {
  return [...guide.matchAll(/\*\*`(content\/[^`]+)`\*\*[\s\S]*?\n```[a-z]*\n([\s\S]*?\n)```\n/g)].map((m) => ({ path: m[1], text: m[2] }));
}

describe('CONTRIBUTING.md', () => {
  const work = copyContent();
  afterAll(() => work.remove());

  it('has a complete example, a source and a claim, that passes the checker', async () => {
    const files = exampleFiles();
    expect(files.map((f) => f.path)).toEqual(['content/sources/reuters-shanghai-police-leak-2022.yaml', 'content/claims/weibo-blocked-data-leak-hashtag.mdx']);
    for (const { path, text } of files) {
      const target = join(work.contentDir, path.replace(/^content\//, ''));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
    // The example links an incident and a claim of the real knowledge base; the fixture corpus
    // lends two of its entries to stand in for them.
    copyFileSync(join(work.contentDir, 'entities/police-database.yaml'), join(work.contentDir, 'entities/shanghai-police-database-leak-2022.yaml'));
    // Its own statement and quotes, so that it is not a duplicate of the claim it is copied from.
    const standIn = readFileSync(join(work.contentDir, 'claims/database-offered.mdx'), 'utf8')
      .replace(/^statement: .*$/m, 'statement: "A stand-in for the claim the example links to."')
      .replace(/^(\s+text: ")/gm, '$1stand-in: ');
    writeFileSync(join(work.contentDir, 'claims/shanghai-police-database-offered-2022.mdx'), standIn);

    const corpus = await loadCorpus({ contentDir: work.contentDir, workers: 0 });
    expect(corpus.diagnostics).toEqual([]);
    expect(corpus.graph.get('claim', 'weibo-blocked-data-leak-hashtag')?.data?.status).toBe('reported');
  });

  it('links only to headings and files that exist', () => {
    const anchors = (markdown: string) => {
      const slugger = new GithubSlugger();
      return new Set([...markdown.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slugger.slug(m[1])));
    };
    const here = anchors(guide);
    const fields = anchors(readFileSync('docs/fields.md', 'utf8'));
    const links = [...guide.matchAll(/\]\(((?!https?:)[^)\s]+)\)/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(20);
    for (const link of links) {
      const [path, anchor] = link.split('#');
      if (path && !path.startsWith('./') && !path.startsWith('../')) expect(existsSync(path), link).toBe(true);
      if (anchor && !path) expect(here, link).toContain(anchor);
      if (anchor && path === 'docs/fields.md') expect(fields, link).toContain(anchor);
    }
  });

  it('shows only npm run new commands whose kind and options exist', () => {
    const commands = [...guide.matchAll(/npm run new -- ([a-z]+)\b([^`\n]*)/g)];
    expect(commands.length).toBeGreaterThanOrEqual(8);
    for (const [command, kind, rest] of commands) {
      expect(KIND_NAMES, command).toContain(kind);
      const options = [...TEMPLATES[kind as Kind].questions.map((q) => q.flag), 'content', 'no-prompt', 'help'];
      for (const [, flag] of rest.matchAll(/--([a-z-]+)/g)) expect(options, command).toContain(flag);
    }
  });
});
