/**
 * `npm run headers`: writes the security policy (src/site/security-policy.ts) out to public/_headers
 * and to the generated configuration blocks of docs/security.md.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { headersFile, updateGeneratedBlocks } from './lib/host-headers';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => (existsSync(root + path) ? readFileSync(root + path, 'utf8') : '');
const write = (path: string, text: string) => {
  if (read(path) === text) return;
  writeFileSync(root + path, text);
  console.log(`[headers] wrote ${path}`);
};
write('public/_headers', headersFile());
write('docs/security.md', updateGeneratedBlocks(read('docs/security.md')));
