/** docs/rules.md is generated from the rule catalog; the committed file must match it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rulesDocument } from '../../scripts/lib/check/rules-doc';
import { RULE_IDS } from '../../src/diagnostics/rules';

describe('docs/rules.md', () => {
  it('is up to date with src/diagnostics/rules.ts (run npm run docs:rules after changing a rule)', () => {
    expect(readFileSync('docs/rules.md', 'utf8')).toBe(rulesDocument());
  });

  it('has a section for every rule', () => {
    const doc = rulesDocument();
    for (const id of RULE_IDS) expect(doc).toContain(`\n### ${id}\n`);
  });
});
