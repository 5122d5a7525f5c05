/**
 * `npm run new`: what it refuses and how it says so, what it asks in a terminal, and the entries it
 * writes: every one fails the checker at its placeholders, and passes once they are filled in.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { buildScaffold, idFromTitle, writeScaffold, type Answers } from '../../scripts/lib/scaffold';
import { runNew } from '../../scripts/lib/scaffold-cli';
import { loadCorpus } from '../../src/corpus/index';
import type { Kind } from '../../src/schema/index';
import { copyContent } from './run';

const TODAY = '2026-11-29';
let work: ReturnType<typeof copyContent> | undefined;
afterEach(() => {
  work?.remove();
  work = undefined;
});

/** Runs the command in-process, as in a terminal (answers given) or not (answers undefined). */
async function newEntry(args: string[], answers?: string[]) {
  work ??= copyContent();
  const input = new PassThrough();
  const output = new PassThrough();
  const error = new PassThrough();
  let out = '';
  let err = '';
  output.on('data', (d) => (out += d));
  error.on('data', (d) => (err += d));
  input.end(answers ? `${answers.join('\n')}\n` : '');
  const code = await runNew(args, { input, output, error, interactive: answers !== undefined }, { contentDir: work.contentDir, today: TODAY });
  return { code, out, err, contentDir: work.contentDir };
}

describe('npm run new refuses', () => {
  it('an id that is not kebab-case, and suggests one', async () => {
    const run = await newEntry(['claim', 'Weibo_Hashtag']);
    expect(run.code).toBe(1);
    expect(run.err).toBe('"Weibo_Hashtag" is not a valid id: an id is kebab-case, lowercase letters and digits joined by single hyphens, at most 80 characters, for example "weibo-hashtag".\n');
  });

  it('an id that already exists', async () => {
    const run = await newEntry(['claim', 'database-offered']);
    expect(run.code).toBe(1);
    expect(run.err).toBe('content/claims/database-offered.mdx already exists. Choose another id, or edit that file to change the claim.\n');
  });

  it('a kind that does not exist, an option the kind does not have, and a topic or source that does not exist', async () => {
    expect((await newEntry(['clam', 'x'])).err).toMatch(/^"clam" is not a kind of entry\. Did you mean "claim"\? The kinds are: claim, source, topic, entity, review, question, series\.\n/);
    expect((await newEntry(['claim', 'x', '--titel', 'A title'])).err).toBe(
      'npm run new -- claim has no option --titel. Did you mean --title? Its options are: --title, --statement, --topic, --status, --source, --entity, --content, --no-prompt, --help.\n',
    );
    expect((await newEntry(['claim', 'x', '--topic', 'leak'])).err).toBe(
      '--topic: There is no topic "leak" (no content/topics/leak.mdx). Did you mean "leaks"? To add it first: npm run new -- topic leak\n',
    );
    expect((await newEntry(['claim', 'x', '--source', 'wire-story,law-txt'])).err).toBe(
      '--source: There is no source "law-txt" (no content/sources/law-txt.yaml). Did you mean "law-text"? To add it first: npm run new -- source law-txt\n',
    );
    expect((await newEntry(['claim', 'x', '--status', 'confirmed'])).err).toBe(
      '--status: "confirmed" is not one of: established, reported, contested, unverified, refuted, superseded.\n',
    );
  });

  it('to guess an id when no one is at a terminal to ask', async () => {
    const run = await newEntry(['claim', '--title', 'A title']);
    expect(run.code).toBe(1);
    expect(run.err).toBe('Give the new claim an id, its file name: npm run new -- claim <id>, e.g. npm run new -- claim weibo-blocked-data-leak-hashtag.\n');
  });

  it('and writes nothing when it refuses', async () => {
    const run = await newEntry(['claim', 'new-claim', '--topic', 'nope']);
    expect(run.code).toBe(1);
    expect(() => readFileSync(join(run.contentDir, 'claims', 'new-claim.mdx'))).toThrow(/ENOENT/);
  });
});

describe('npm run new in a terminal', () => {
  it('asks for each value, asks again after a wrong answer, and offers an id made from the title', async () => {
    const run = await newEntry(['claim'], [
      'Weibo blocked a hashtag', // title
      '', // statement: skipped
      'leak', // topic: no such topic
      'leaks',
      'reportd', // status: misspelled
      'reported',
      'wire-story, news-analysis', // sources
      '', // entities: skipped
      '', // id: take the one offered
    ]);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain('topic: Id of the topic the claim belongs to (a file in `content/topics/`).\n  The topics: disputes, law, leaks, surveillance.\n> ');
    expect(run.out).toContain('  There is no topic "leak" (no content/topics/leak.mdx). Did you mean "leaks"?');
    expect(run.out).toContain('  "reportd" is not one of: established, reported, contested, unverified, refuted, superseded. Did you mean "reported"?');
    expect(run.out).toContain('sources (one evidence item each): Id of the source, the file name in `content/sources/` without `.yaml`.\n  Several: separate them with commas.\n> ');
    expect(run.out).toContain('Id [weibo-blocked-a-hashtag]: Created content/claims/weibo-blocked-a-hashtag.mdx\n');
    expect(run.out).toContain('  statement, status_history[0].reason, evidence[0].role, evidence[0].kind, evidence[0].locator.paragraph, evidence[0].quote.text, evidence[1].role, evidence[1].kind, evidence[1].locator.paragraph, evidence[1].quote.text\n');
    const mdx = readFileSync(join(run.contentDir, 'claims', 'weibo-blocked-a-hashtag.mdx'), 'utf8');
    expect(mdx).toContain('title: "Weibo blocked a hashtag"\n');
    expect(mdx).toContain('topic: leaks\n');
    expect(mdx).toMatch(/ {2}- source: wire-story\n[\s\S]* {2}- source: news-analysis\n/);
  });
});

describe('the entries npm run new writes', () => {
  it('carry the doc comment of each field from the schema, optional fields commented out, and ask for the locator', () => {
    work = copyContent();
    const { text } = buildScaffold('claim', 'x', new Map(), { contentDir: work.contentDir, today: TODAY });
    expect(text).toContain('# The claim itself: one neutral, self-contained sentence a journalist can quote.\nstatement: ""\n');
    expect(text).toContain('# For quantities or states that change: the date the statement describes.\n# as_of: ""\n');
    // Most quotes had no locator while it was commented out: it is written out, with the paragraph to fill in.
    expect(text).toContain(
      '    # Where the quoted passage is in the source: a page, section, paragraph or timestamp, or\n    # not_recorded with the reason.\n    locator:\n      # Page or page range as printed, e.g. `"4"` or `"12-13"`.\n      # page: ""\n',
    );
    expect(text).toContain('      # Paragraph number counted from the start of the text (or of the section, if given).\n      paragraph: ""\n');
    expect(text.startsWith('---\n# New claim, written by npm run new.')).toBe(true);
  });

  it('number a new topic after the existing ones', () => {
    work = copyContent();
    expect(buildScaffold('topic', 'x', new Map(), { contentDir: work.contentDir, today: TODAY }).text).toContain('\norder: 4\n');
  });

  it('make ids from titles', () => {
    expect(idFromTitle('Weibo blocked the "data leak" hashtag (July 2022)')).toBe('weibo-blocked-the-data-leak-hashtag-july-2022');
    expect(idFromTitle('Café société')).toBe('cafe-societe');
  });

  // What a contributor writes in place of each placeholder, kind by kind.
  const FILLED: Record<Kind, { answers: [string, string[]][]; values: string[]; body?: string }> = {
    claim: {
      answers: [['topic', ['leaks']], ['evidence[].source', ['wire-story']]],
      values: ['A title', 'A statement.', 'reported', 'reported', 'A reason.', 'supports', 'news-report', '2', 'asked for 10 bitcoin'],
      body: 'A seller asked for 10 bitcoin [@wire-story].\n',
    },
    source: {
      answers: [],
      values: ['news', 'A title', 'en', 'A publisher', '"2024-11"', 'https://news.example.org/a', '"2026-11-29"', 'https://web.archive.org/web/2026/https://news.example.org/a', '"2026-11-29"', 'marginal', 'A note.'],
    },
    entity: { answers: [], values: ['law', 'A law', '个人信息保护法', 'What it is.'] },
    topic: { answers: [], values: ['A topic', 'What it covers.'], body: 'An overview linking [a claim](../claims/database-offered.mdx).\n' },
    review: {
      answers: [['source', ['news-analysis']], ['assertions[].claims', ['database-offered']]],
      values: ['A review', 'The finding.', 'an assertion', 'supported', 'Why.'],
      body: 'This review checks an article.\n',
    },
    question: { answers: [['topic', ['leaks']]], values: ['A question?', 'What is known.', 'What would settle it.'] },
    series: { answers: [['topics', ['leaks']]], values: ['A series', 'people', 'What a point means.', 'Why the points may not compare.'] },
  };

  for (const kind of Object.keys(FILLED) as Kind[]) {
    it(`fail the checker at each placeholder, and pass once they are filled in: ${kind}`, async () => {
      work = copyContent();
      const context = { contentDir: work.contentDir, today: TODAY };
      const answers: Answers = new Map(FILLED[kind].answers);
      const scaffold = buildScaffold(kind, `new-${kind}`, answers, context);
      writeScaffold(scaffold);

      const all = (await loadCorpus({ contentDir: work.contentDir, workers: 0 })).diagnostics;
      const lines = scaffold.text.split('\n');
      // A claim's body is still the template's comment: a warning until the contributor writes it.
      expect(all.filter((d) => d.severity === 'warning').map((d) => d.rule)).toEqual(kind === 'claim' ? ['empty-body'] : []);
      const before = all.filter((d) => d.severity === 'error');
      expect(before.length).toBeGreaterThan(0);
      for (const d of before) {
        expect(d.file).toBe(scaffold.file);
        expect(d.severity).toBe('error');
        expect(lines[d.line - 1], `${d.line}: ${d.message}`).toMatch(/: ""$/);
      }
      expect(before.length).toBe(scaffold.placeholders.length);

      let index = 0;
      const values = FILLED[kind].values;
      const filled = lines.map((line) => (/^\s*(?:- )?[a-z_]+: ""$/.test(line) ? line.replace(/""$/, values[index++]) : line));
      expect(index).toBe(values.length);
      let text = filled.join('\n');
      const body = FILLED[kind].body;
      if (body !== undefined) {
        // The body's comment is what the contributor writes over.
        expect(text).toMatch(/\n---\n\n\{\/\*[\s\S]*\*\/\}\n$/);
        text = text.replace(/\{\/\*[\s\S]*\*\/\}\n$/, body);
      }
      writeFileSync(scaffold.path, text);
      const after = (await loadCorpus({ contentDir: work.contentDir, workers: 0 })).diagnostics;
      // A new source stays unused until a claim cites it: a warning, not an error. A new claim's
      // locator is one of its placeholders, so once filled in the claim has no warning left.
      const expected = kind === 'source' ? [`${scaffold.file} warning unused-source`] : [];
      expect(after.map((d) => `${d.file} ${d.severity} ${d.rule}`)).toEqual(expected);
    });
  }
});
