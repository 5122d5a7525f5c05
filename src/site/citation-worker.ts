/** A citation worker: formats the CSL-JSON items the build sends, a batch per message. */
import { parentPort } from 'node:worker_threads';
import { formatMachine, formatStyled } from './cite';
import type { CitationResult, CitationTask } from './citation-pool';

parentPort!.on('message', (batch: CitationTask[]) => {
  const values: CitationResult[] = batch.map((task) =>
    task.kind === 'claim' ? { styled: formatStyled(task.item), machine: formatMachine(task.item) } : formatMachine(task.item),
  );
  parentPort!.postMessage({ keys: batch.map((t) => t.key), values });
});
