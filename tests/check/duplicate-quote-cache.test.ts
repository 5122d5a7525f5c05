/**
 * duplicate-quote is judged across files, so the per-file cache of `npm run check` never hides it:
 * a claim that starts or stops repeating another's evidence changes the verdict on the other
 * claim too, whose own result comes from the cache (rule duplicate-quote).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/index';
import { FIXTURE_TODAY, RULE_FIXTURES } from '../helpers/rule-fixtures';

let work: string;
let content: string;
const load = () => loadCorpus({ contentDir: content, cacheDir: join(work, 'cache'), workers: 0, today: FIXTURE_TODAY });
const quoted = (corpus: Awaited<ReturnType<typeof load>>) => corpus.diagnostics.filter((d) => d.rule === 'duplicate-quote').map((d) => d.file);

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'duplicate-quote-cache-'));
  content = join(work, 'content');
  cpSync(join(RULE_FIXTURES, '_base/content'), content, { recursive: true });
  cpSync(join(RULE_FIXTURES, 'duplicate-quote/pass/content'), content, { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

it('reports the unchanged claim from the cache too, and stops when the other file changes back', async () => {
  expect(quoted(await load())).toEqual([]);
  const file = join(content, 'claims/price-in-bitcoin.mdx');
  const passing = readFileSync(file, 'utf8');
  // The law-text item goes: the claim now rests on database-offered's evidence alone.
  writeFileSync(file, passing.replace(/ {2}- source: law-text[\s\S]*?translator: project editors\n/, '').replace('; the law treats such data as sensitive [@law-text, art. 28]', ''));
  const second = await load();
  expect(second.cache).toEqual({ hits: 6, misses: 1 });
  expect(quoted(second)).toEqual(['content/claims/database-offered.mdx', 'content/claims/price-in-bitcoin.mdx']);
  writeFileSync(file, passing);
  expect(quoted(await load())).toEqual([]);
});
