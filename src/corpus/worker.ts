/** A pool worker: processes the files the main thread sends, one message per file, after saying it is ready. */
import { parentPort, workerData } from 'node:worker_threads';
import { processEntry, type ProcessOptions } from '../pipeline/entry';
import { readTask, type WorkerTask } from './pool';

const options = workerData as ProcessOptions;

parentPort!.on('message', (task: WorkerTask) => {
  const input = readTask(task.file);
  const entry = 'diagnostics' in input ? input : processEntry(input, options);
  parentPort!.postMessage({ type: 'entry', index: task.index, entry });
});
parentPort!.postMessage({ type: 'ready' });
