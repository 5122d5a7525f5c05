/**
 * Near-duplicate statements are found by prefix filtering, which must find exactly what comparing
 * every pair would find, without comparing every pair.
 */
import { describe, expect, it } from 'vitest';
import { checkDuplicateStatements, SIMILARITY, statementWords } from '../../src/corpus/checks/statements';
import { ContentGraph } from '../../src/corpus/graph';
import type { ParsedEntry } from '../../src/pipeline/entry';
import { seededRandom } from '../../scripts/lib/seeded-random';

function claim(id: string, statement: string): ParsedEntry {
  return {
    kind: 'claim',
    id,
    file: `content/claims/${id}.mdx`,
    data: { statement } as never,
    references: [],
    headings: [],
    referenceOrder: [],
    diagnostics: [],
  };
}

describe('statement words', () => {
  it('are lowercase words without stop words, and Chinese as character pairs', () => {
    expect([...statementWords('The Police sold 10,000 records of the city.')]).toEqual(['police', 'sold', '10', '000', 'records', 'city']);
    expect([...statementWords('公安机关 sold data')]).toEqual(['公安', '安机', '机关', 'sold', 'data']);
  });
});

describe('near-duplicate statements', () => {
  it('are exactly the pairs that share at least the threshold of their words', () => {
    const rnd = seededRandom(42);
    const vocabulary = Array.from({ length: 60 }, (_, i) => `w${i}`);
    const statements: string[] = [];
    for (let i = 0; i < 400; i++) {
      if (i > 0 && rnd() < 0.3) {
        // A variation of an earlier statement: a word or two swapped.
        const words = statements[Math.floor(rnd() * statements.length)].split(' ');
        words[Math.floor(rnd() * words.length)] = vocabulary[Math.floor(rnd() * vocabulary.length)];
        if (rnd() < 0.5) words.push(vocabulary[Math.floor(rnd() * vocabulary.length)]);
        statements.push(words.join(' '));
      } else {
        statements.push(Array.from({ length: 5 + Math.floor(rnd() * 12) }, () => vocabulary[Math.floor(rnd() * vocabulary.length)]).join(' '));
      }
    }
    const graph = new ContentGraph(statements.map((s, i) => claim(`c-${String(i).padStart(3, '0')}`, s)));
    const found = new Map<string, string>();
    checkDuplicateStatements(graph, (file, _span, _rule, message) => found.set(file, message));

    const sets = statements.map(statementWords);
    const expected = new Map<string, number>();
    for (let i = 0; i < sets.length; i++) {
      for (let j = 0; j < sets.length; j++) {
        if (i === j || sets[i].size < 4 || sets[j].size < 4) continue;
        const common = [...sets[i]].filter((w) => sets[j].has(w)).length;
        if (common / (sets[i].size + sets[j].size - common) >= SIMILARITY) expected.set(`content/claims/c-${String(i).padStart(3, '0')}.mdx`, (expected.get(`content/claims/c-${String(i).padStart(3, '0')}.mdx`) ?? 0) + 1);
      }
    }
    expect(expected.size).toBeGreaterThan(20);
    expect([...found.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [file, count] of expected) {
      if (count > 1) expect(found.get(file)).toContain(`(and ${count - 1} more)`);
      else expect(found.get(file)).not.toContain('more)');
    }
  });
});
