/**
 * The check section of `npm run bench` runs end to end on a tiny corpus: the parse-only floor, cold
 * and warm checks. Its figures are not judged here (timed tests on shared machines prove nothing);
 * only that every figure is measured.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { benchCheck } from '../../scripts/lib/bench/check';
import { writeSyntheticCorpus } from '../../scripts/lib/synthetic-corpus';

const work = mkdtempSync(join(tmpdir(), 'bench-check-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the check benchmark', () => {
  it('measures the floor, cold and warm checks on a synthetic corpus', async () => {
    writeSyntheticCorpus(join(work, 'content'), { claims: 20, sources: 6 });
    process.env.CHECK_BENCH_RUNS = '1';
    let figures;
    try {
      figures = await benchCheck({ root: process.cwd(), work, claims: 20, sources: 6, baseline: false, log: () => {} });
    } finally {
      delete process.env.CHECK_BENCH_RUNS;
    }
    expect(figures.map((f) => f.measure)).toEqual([
      expect.stringMatching(/^parse-only floor, 20 claims, 6 sources, \d workers$/),
      'check, cold (no cache)',
      '  cold ÷ parse-only floor, wall',
      '  cold ÷ parse-only floor, CPU',
      'check, cold, writing the cache',
      'check, warm (all results cached)',
      'check, warm, 1 claim edited',
    ]);
    for (const f of figures) expect(f.value).toMatch(/^\d+\.\d+(?: s \(|×)/);
  }, 180_000);
});
