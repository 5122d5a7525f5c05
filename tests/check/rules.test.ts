/**
 * The rule catalog against its fixtures: every rule has a failing case that produces exactly the
 * diagnostics in its `expected.txt` (messages, positions, fixes) and a passing case that produces
 * none. Rules that no content folder can trigger are tested elsewhere, named below.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS, RULES } from '../../src/diagnostics/rules';
import { checkCase, describe as describeDiagnostics, RULE_FIXTURES } from '../helpers/rule-fixtures';

/** Rules tested without a fixture corpus, and the test file that covers each. */
const TESTED_ELSEWHERE: Record<string, string> = {
  // A folder cannot hold two files with the same name; the graph check is tested directly.
  'duplicate-id': 'tests/check/judge.test.ts',
  // Only a bug reaches it; the test makes the pipeline fail on purpose.
  'internal-error': 'tests/check/robustness.test.ts',
  // Needs a git history; the test builds one.
  'rating-downgraded': 'tests/check/since.test.ts',
};

const update = process.env.UPDATE_RULE_FIXTURES === '1';

describe('the rule catalog', () => {
  it('gives every rule a kebab-case id, a meaning, a fix and an example', () => {
    for (const id of RULE_IDS) {
      expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(RULES[id].meaning.length, id).toBeGreaterThan(20);
      expect(RULES[id].fix.length, id).toBeGreaterThan(10);
      expect(RULES[id].example.length, id).toBeGreaterThan(3);
    }
  });

  it('has a failing and a passing fixture for every rule, or names the test that covers it', () => {
    const missing = RULE_IDS.filter((id) => {
      const elsewhere = TESTED_ELSEWHERE[id];
      if (elsewhere) return !existsSync(elsewhere) || !readFileSync(elsewhere, 'utf8').includes(`(rule ${id})`);
      return !existsSync(join(RULE_FIXTURES, id, 'fail', 'expected.txt')) || !existsSync(join(RULE_FIXTURES, id, 'pass'));
    });
    expect(missing).toEqual([]);
  });
});

describe('the base fixture corpus', () => {
  it('is clean, so each case shows only its own problem', async () => {
    expect(await checkCase(join(RULE_FIXTURES, '_base'))).toEqual([]);
  });
});

for (const id of RULE_IDS.filter((r) => !TESTED_ELSEWHERE[r])) {
  describe(`rule ${id}`, () => {
    const dir = join(RULE_FIXTURES, id);

    it('reports exactly the expected problems in the failing fixture', async () => {
      const diagnostics = await checkCase(join(dir, 'fail'));
      const actual = describeDiagnostics(diagnostics);
      const expectedFile = join(dir, 'fail', 'expected.txt');
      if (update) writeFileSync(expectedFile, actual);
      expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
      expect(diagnostics.some((d) => d.rule === id)).toBe(true);
    });

    it('reports nothing in the passing fixture', async () => {
      expect(describeDiagnostics(await checkCase(join(dir, 'pass')))).toBe('');
    });
  });
}
