/**
 * The knowledge base in content/ against its own evidence standard: no claim falls below the
 * standard for its status, and the only warnings are the backlog named here, each with the reason
 * it stands. Fixing one of them fails this test until it is taken off the list, so the list stays true.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/corpus/index';
import { assessClaim } from '../../src/policy/evidence-standard';
import { CONTENT_BACKLOG } from '../helpers/content-backlog';

let corpus: Corpus;

beforeAll(async () => {
  corpus = await loadCorpus({ contentDir: 'content', workers: 2 });
});

describe('the knowledge base in content/', () => {
  it('has no claim below the evidence standard for its status (rule below-evidence-standard)', () => {
    expect(corpus.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line} ${d.rule} ${d.message}`)).toEqual([]);
  });

  it('establishes every established claim on two independent publishers or a primary text', () => {
    const sourceOf = (id: string) => corpus.graph.get('source', id)?.data;
    const established = corpus.graph.list('claim').filter((c) => c.data.status === 'established');
    expect(established.length).toBeGreaterThan(20);
    expect(established.filter((c) => !assessClaim(c.data, sourceOf).meets).map((c) => c.id)).toEqual([]);
  });

  it('warns only about the backlog named in tests/helpers/content-backlog.ts', () => {
    const found: Record<string, string[]> = {};
    for (const d of corpus.diagnostics) (found[d.rule] ??= []).push(d.file);
    const expected = Object.fromEntries(Object.entries(CONTENT_BACKLOG).map(([rule, { files }]) => [rule, files]));
    expect(Object.fromEntries(Object.entries(found).map(([rule, files]) => [rule, [...new Set(files)].sort()]))).toEqual(expected);
  });
});
