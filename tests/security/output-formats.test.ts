/**
 * Every output beside the HTML treats contributor text as text (docs/security.md, "Outputs other
 * than the pages"): each format is fed text written to break out of its record, cell or element,
 * and read back the way its consumers read it.
 */
import { describe, expect, it } from 'vitest';
import { formatMachine, joinClaimCitations, type CslItem } from '../../src/site/cite';

/** Text that closes a record and opens a forged one, in every syntax at once. */
const FORGE = 'Real title\nER  -\nTY  - JOUR\r\nTI  - Forged record\u2028ER  -\n} @misc{forged, title={Forged}\n@article{forged2,';

describe('RIS and BibTeX', () => {
  const item = (id: string): CslItem => ({ id, 'citation-key': id, type: 'webpage', title: FORGE, abstract: `Statement. ${FORGE}`, note: FORGE, URL: 'https://claims.example.org/' });
  const joined = joinClaimCitations({ apa: '', mla: '', chicago: '' }, formatMachine(item('the-claim')), [formatMachine(item('a-source'))]);

  it('writes one RIS record per entry, each value on its tag line', () => {
    const lines = joined.ris.trimEnd().split('\n');
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9]  -( |$)/);
    expect(lines.filter((l) => l.startsWith('TY  -'))).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('ER  -'))).toHaveLength(2);
    expect(joined.ris).not.toMatch(/[\r\u2028]/);
  });

  it('writes one BibTeX entry per entry, its braces balanced', () => {
    const entries = joined.bibtex.trim().split('\n\n');
    expect(entries).toHaveLength(2);
    expect(joined.bibtex.match(/^@/gm)).toHaveLength(2);
    for (const entry of entries) {
      const braces = [...entry.replace(/\\./g, '')].filter((ch) => ch === '{' || ch === '}');
      let depth = 0;
      // The entry's own brace opens first and closes last: no value closes it early.
      braces.forEach((ch, i) => {
        depth += ch === '{' ? 1 : -1;
        if (i < braces.length - 1) expect(depth, entry).toBeGreaterThan(0);
      });
      expect(depth).toBe(0);
      expect(entry.split('\n').slice(1, -1).every((l) => /^\t[a-z]+ = \{.*\},$/.test(l)), entry).toBe(true);
    }
  });
});
