/**
 * The floor the checker is measured against: every file of a content folder read and parsed once
 * with the same parsers (`yaml` parseDocument for frontmatter and YAML files, the pipeline's MDX
 * parser for bodies) on the same number of worker threads, and nothing else: no validation, no
 * checks, no results sent back. Run as a child process by the bench; prints the file count.
 *   node --import tsx scripts/lib/bench/parse-floor.ts <content-folder> <workers>
 */
import { Worker } from 'node:worker_threads';
import { listContentFiles } from '../../../src/corpus/files';

const [contentDir, workerCount = '2'] = process.argv.slice(2);
const { files } = listContentFiles(contentDir);
const paths = files.map((f) => f.path);
const BATCH = 64;
let next = 0;
let done = 0;

await new Promise<void>((resolve) => {
  for (let i = 0; i < Number(workerCount); i++) {
    const worker = new Worker(new URL('./parse-floor-entry.mjs', import.meta.url));
    const feed = () => {
      const batch = paths.slice(next, next + BATCH);
      next += batch.length;
      if (batch.length === 0) return void worker.terminate();
      worker.postMessage(batch);
    };
    worker.on('message', (message: { type: 'ready' } | { type: 'parsed'; count: number }) => {
      if (message.type === 'parsed' && (done += message.count) === paths.length) resolve();
      feed();
    });
  }
});
console.log(`${done} files parsed`);
