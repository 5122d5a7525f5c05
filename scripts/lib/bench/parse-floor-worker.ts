/** A parse-floor worker: reads each file and parses its YAML and its MDX body, keeping nothing. */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { parseDocument } from 'yaml';
import { parseMdx } from '../../../src/pipeline/body';

parentPort!.on('message', (paths: string[]) => {
  for (const path of paths) {
    const text = readFileSync(path, 'utf8');
    if (path.endsWith('.mdx')) {
      const end = text.indexOf('\n---\n', 3);
      parseDocument(text.slice(4, end + 1));
      parseMdx(text.slice(end + 5));
    } else {
      parseDocument(text);
    }
  }
  parentPort!.postMessage({ type: 'parsed', count: paths.length });
});
parentPort!.postMessage({ type: 'ready' });
