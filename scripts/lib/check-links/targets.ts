/**
 * What the online link check requests: every source's own URL, the copy it was read in (read_at)
 * and its archived copies, each with the files and fields that use it.
 */
import type { Corpus } from '../../../src/corpus/index';

export type LinkRole = 'url' | 'read_at' | 'archive';

export interface LinkUse {
  /** The source file, as the checker names it (`content/sources/x.yaml`). */
  file: string;
  /** The field, e.g. `archives[0].url`. */
  field: string;
  role: LinkRole;
  /** When the text was read (YYYY-MM-DD), for the source's own URL and its read_at copy. */
  accessed?: string;
}

export interface LinkTarget {
  url: string;
  uses: LinkUse[];
}

export function linkTargets(corpus: Corpus): LinkTarget[] {
  const byUrl = new Map<string, LinkTarget>();
  const add = (url: string, use: LinkUse) => {
    const target = byUrl.get(url) ?? { url, uses: [] };
    target.uses.push(use);
    byUrl.set(url, target);
  };
  for (const source of corpus.graph.list('source')) {
    const d = source.data;
    const accessed = d.accessed === 'unknown' ? undefined : d.accessed;
    if (d.url) add(d.url, { file: source.file, field: 'url', role: 'url', accessed });
    if (d.read_at) add(d.read_at.url, { file: source.file, field: 'read_at.url', role: 'read_at', accessed });
    d.archives.forEach((a, i) => add(a.url, { file: source.file, field: `archives[${i}].url`, role: 'archive' }));
  }
  return [...byUrl.values()].sort((a, b) => (a.url < b.url ? -1 : 1));
}
