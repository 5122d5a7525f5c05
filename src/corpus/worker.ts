/** A pool worker: reads and processes the files the main thread sends, one message per file. */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { processEntry, type ProcessOptions } from '../pipeline/entry';
import type { ContentFile } from './files';

const options = workerData as ProcessOptions;

parentPort!.on('message', (task: { index: number; file: ContentFile }) => {
  const entry = processEntry({ ...task.file, bytes: readFileSync(task.file.path) }, options);
  parentPort!.postMessage({ index: task.index, entry });
});
