/**
 * The corpus: every entry of a content folder, processed, linked into a graph and judged.
 * The site, the checker and the tests all read content through `loadCorpus`.
 */
import { resolve } from 'node:path';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic';
import { listContentFiles } from './files';
import { ContentGraph } from './graph';
import { judge } from './judge';
import { processFiles, type PoolOptions } from './pool';

export interface Corpus {
  /** Absolute path of the content folder. */
  contentDir: string;
  graph: ContentGraph;
  /** Every diagnostic, per file and across files, sorted by file and position. */
  diagnostics: Diagnostic[];
}

export interface LoadOptions extends Partial<PoolOptions> {
  contentDir: string;
}

export async function loadCorpus(options: LoadOptions): Promise<Corpus> {
  const contentDir = resolve(options.contentDir);
  const { files, diagnostics } = listContentFiles(contentDir);
  const entries = await processFiles(files, { render: options.render ?? false, base: options.base ?? '/', workers: options.workers, timeoutMs: options.timeoutMs });
  const graph = new ContentGraph(entries);
  const all = [...diagnostics, ...entries.flatMap((e) => e.diagnostics), ...judge(graph)].sort(compareDiagnostics);
  return { contentDir, graph, diagnostics: all };
}

export { ContentGraph, keyOf, type Edge, type ValidEntry } from './graph';
