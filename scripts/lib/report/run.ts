/**
 * `npm run report`: the maintenance lists (src/corpus/maintenance.ts) as text, positioned like the
 * checker's messages so an editor can jump to each item. Loads the corpus as the checker does;
 * prints nothing itself.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadCorpus } from '../../../src/corpus/index';
import { maintenanceLists, type MaintenanceList } from '../../../src/corpus/maintenance';
import { defaultWorkers } from '../../../src/corpus/pool';
import { printable } from '../../../src/diagnostics/printable';

export interface ReportOptions {
  contentDir: string;
  /** Today's date, for tests. */
  today?: string;
  workers?: number;
}

export async function runReport(options: ReportOptions): Promise<{ lists: MaintenanceList[]; output: string }> {
  const contentDir = resolve(options.contentDir);
  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) throw new Error(`There is no content folder at ${options.contentDir}.`);
  const corpus = await loadCorpus({ contentDir, workers: options.workers ?? defaultWorkers(Number.MAX_SAFE_INTEGER), today: options.today });
  const lists = maintenanceLists(corpus);
  return { lists, output: formatReport(lists) };
}

export function formatReport(lists: MaintenanceList[]): string {
  const out: string[] = [];
  for (const list of lists) {
    out.push(`${list.title} (${list.items.length})`, `  ${list.why}`);
    for (const item of list.items) out.push(`  ${printable(item.file)}:${item.line}:${item.column}  ${printable(item.note)}`);
    out.push('');
  }
  out.push(lists.map((l) => `${l.items.length} ${l.id}`).join(', '));
  return out.join('\n');
}
