/** A citation worker: formats the CSL-JSON items the build sends, a batch per message. */
import { parentPort } from 'node:worker_threads';
import { formatMachine, formatStyledMany } from './cite';
import type { CitationResult, CitationTask } from './citation-pool';

parentPort!.on('message', (batch: CitationTask[]) => {
  const styled = formatStyledMany(batch.map((task) => task.item));
  const values: CitationResult[] = batch.map((task, i) => ({ styled: styled[i], machine: formatMachine(task.item) }));
  parentPort!.postMessage({ keys: batch.map((t) => t.key), values });
});
