/**
 * Cross-file checks on graphs built by hand, for what no content folder can produce.
 */
import { describe, expect, it } from 'vitest';
import { ContentGraph } from '../../src/corpus/graph';
import { judge } from '../../src/corpus/judge';
import type { ParsedEntry } from '../../src/pipeline/entry';

const topic = (file: string): ParsedEntry => ({
  kind: 'topic',
  id: 'leaks',
  file,
  data: { title: 'Leaks', summary: 'Databases.', order: 1 },
  references: [],
  headings: [],
  referenceOrder: [],
  diagnostics: [],
});

describe('duplicate ids', () => {
  it('reports the second entry with the same kind and id, naming the first (rule duplicate-id)', () => {
    // A folder cannot hold two files of the same name, but a corpus assembled from elsewhere could.
    const graph = new ContentGraph([topic('content/topics/leaks.mdx'), topic('other/topics/leaks.mdx')]);
    expect(judge(graph).map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message}`)).toEqual([
      'other/topics/leaks.mdx:1:1 duplicate-id The topic id "leaks" is already used by content/topics/leaks.mdx.',
    ]);
  });
});
