/**
 * What `npm run archive` asks the Wayback Machine to capture: each source's own URL and the copy
 * it was read in (read_at) that has no archived copy yet. An archived copy names the page it
 * copies in its address (`https://web.archive.org/web/<time>/<url>`, and likewise archive.today's
 * long form); one whose address names no page (archive.today's short form) counts for a source
 * with a single URL.
 */
import { join } from 'node:path';
import type { Corpus } from '../../../src/corpus/index';

export interface ArchiveTarget {
  /** The source's id. */
  source: string;
  /** The source file, as the checker names it (`content/sources/x.yaml`). */
  file: string;
  /** The source file on disk. */
  path: string;
  /** The page to capture. */
  url: string;
  field: 'url' | 'read_at.url';
}

export interface Skipped {
  source: string;
  file: string;
  url: string;
  reason: string;
}

/** The page an archived copy copies, when its address says (scheme, `www.` and a final slash aside). */
export function archivedPage(archiveUrl: string): string | undefined {
  const match = /^https?:\/\/[^/]+\/(?:[^/]+\/)*?[^/]*?(https?:\/\/.+)$/.exec(archiveUrl);
  return match ? pageKey(match[1]) : undefined;
}

export function pageKey(url: string): string {
  return url.replace(/^https?:\/\/(?:www\.)?/i, '').replace(/\/$/, '').replace(/^[^/]+/, (host) => host.toLowerCase());
}

export function archiveTargets(corpus: Corpus): { targets: ArchiveTarget[]; skipped: Skipped[] } {
  const targets: ArchiveTarget[] = [];
  const skipped: Skipped[] = [];
  for (const source of corpus.graph.list('source')) {
    const d = source.data;
    const path = join(corpus.contentDir, 'sources', `${source.id}.yaml`);
    const pages = [
      ...(d.url ? [{ url: d.url, field: 'url' as const }] : []),
      ...(d.read_at ? [{ url: d.read_at.url, field: 'read_at.url' as const }] : []),
    ];
    const archived = new Set(d.archives.map((a) => archivedPage(a.url)));
    const unnamed = archived.has(undefined);
    for (const page of pages) {
      if (archived.has(pageKey(page.url)) || (unnamed && pages.length === 1)) continue;
      // A capture of a page noted as deleted would preserve the error page, not the source.
      if (page.field === 'url' && d.access_notes.some((n) => n.kind === 'deleted')) {
        skipped.push({ source: source.id, file: source.file, url: page.url, reason: 'noted as deleted: a capture now would keep the error page' });
        continue;
      }
      targets.push({ source: source.id, file: source.file, path, url: page.url, field: page.field });
    }
  }
  return { targets, skipped };
}
