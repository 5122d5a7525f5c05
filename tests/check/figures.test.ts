/**
 * Figures on claims, beyond the rule fixtures: the schema's own refinements (value or range, low
 * below high, a real date and a period that runs forward, known units and methods), and a figure
 * that names a series that does not exist. Each case's `expected.txt` holds the exact messages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCase, describe as describeDiagnostics } from '../helpers/rule-fixtures';

const CASES = 'tests/fixtures/figures';
const expected = (name: string) => readFileSync(join(CASES, name, 'expected.txt'), 'utf8');

describe('figures on a claim', () => {
  it('are refused when they give a value and a range, an empty range, an unknown unit, an impossible date, an unknown method or a backward period', async () => {
    expect(describeDiagnostics(await checkCase(join(CASES, 'schema')))).toBe(expected('schema'));
  });

  it('name a series that exists, with "did you mean" for a misspelt one', async () => {
    expect(describeDiagnostics(await checkCase(join(CASES, 'unknown-series')))).toBe(expected('unknown-series'));
  });
});
