/** A pool worker: processes the files the main thread sends, one message per file, after saying it is ready. */
import { parentPort, workerData } from 'node:worker_threads';
import { processEntry, type EntryFile, type ProcessOptions } from '../pipeline/entry';

const options = workerData as ProcessOptions;

parentPort!.on('message', (task: { index: number; file: EntryFile }) => {
  const entry = processEntry(task.file, options);
  parentPort!.postMessage({ type: 'entry', index: task.index, entry });
});
parentPort!.postMessage({ type: 'ready' });
