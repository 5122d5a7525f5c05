/**
 * The per-file result cache: reused only for identical bytes, pipeline and options, never past a
 * date that was in the future, and never in place of the judgement across files.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/index';
import { describe as describeDiagnostics, FIXTURE_TODAY, RULE_FIXTURES } from '../helpers/rule-fixtures';

let work: string;
let content: string;
let cacheDir: string;
const load = (today = FIXTURE_TODAY, render = false) => loadCorpus({ contentDir: content, cacheDir, workers: 0, today, render });
const edit = (file: string, from: string, to: string) => {
  const path = join(content, file);
  writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
};

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'check-cache-'));
  content = join(work, 'content');
  cacheDir = join(work, 'cache');
  cpSync(join(RULE_FIXTURES, '_base/content'), content, { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('a second run over unchanged files', () => {
  it('takes every result from the cache and reports the same', async () => {
    edit('sources/wire-story.yaml', 'police-data\n', 'police-data?utm_source=x\n');
    const first = await load();
    expect(first.cache).toEqual({ hits: 0, misses: 6 });
    const second = await load();
    expect(second.cache).toEqual({ hits: 6, misses: 0 });
    expect(describeDiagnostics(second.diagnostics)).toBe(describeDiagnostics(first.diagnostics));
    expect(second.diagnostics.map((d) => d.rule)).toEqual(['tracking-parameter']);
  });
});

describe('a changed file', () => {
  it('is parsed again, and the judgement across files sees the change in files that were not', async () => {
    await load();
    edit('sources/law-text.yaml', 'type: law', 'type: statute');
    const run = await load();
    expect(run.cache).toEqual({ hits: 5, misses: 1 });
    expect(run.diagnostics.map((d) => `${d.file} ${d.rule}`)).toEqual(['content/sources/law-text.yaml invalid-value']);
    rmSync(join(content, 'sources/law-text.yaml'));
    const after = await load();
    expect(after.cache).toEqual({ hits: 5, misses: 0 });
    expect(after.diagnostics.map((d) => `${d.file} ${d.rule}`)).toEqual([
      'content/claims/law-covers-biometrics.mdx unknown-reference',
      'content/claims/law-covers-biometrics.mdx unknown-source',
      'content/claims/law-covers-biometrics.mdx unknown-source',
      'content/entities/pipl.yaml unknown-reference',
      'content/entities/pipl.yaml unknown-reference',
    ]);
  });
});

describe('a result that depends on today', () => {
  it('is computed again once a date it reported as in the future has come', async () => {
    edit('sources/wire-story.yaml', 'accessed: "2024-01-05"', 'accessed: "2026-06-10"');
    expect((await load('2026-06-01')).diagnostics.map((d) => d.rule)).toEqual(['date-in-future']);
    expect((await load('2026-06-09')).cache).toEqual({ hits: 6, misses: 0 });
    const later = await load('2026-06-10');
    expect(later.cache).toEqual({ hits: 5, misses: 1 });
    expect(later.diagnostics).toEqual([]);
  });
});

describe('the cache file', () => {
  it('is ignored when damaged, and the results are computed again', async () => {
    await load();
    const [file] = readdirSync(cacheDir);
    writeFileSync(join(cacheDir, file), 'not a cache');
    const run = await load();
    expect(run.cache).toEqual({ hits: 0, misses: 6 });
    expect(run.diagnostics).toEqual([]);
  });

  it('holds results for one set of options only: rendered results are not reused for a check', async () => {
    await load(FIXTURE_TODAY, true);
    expect((await load(FIXTURE_TODAY, false)).cache).toEqual({ hits: 0, misses: 6 });
  });
});
