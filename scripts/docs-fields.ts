/**
 * `npm run docs:fields`: writes docs/fields.md, the field reference, from the schemas and their doc
 * comments. A test fails when the committed file differs from what this writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fieldsMarkdown } from './lib/fields-markdown';

const path = fileURLToPath(new URL('../docs/fields.md', import.meta.url));
const text = fieldsMarkdown();
let previous = '';
try {
  previous = readFileSync(path, 'utf8');
} catch {
  // First run: nothing to compare with.
}
if (previous === text) console.log('docs/fields.md is up to date.');
else {
  writeFileSync(path, text);
  console.log('docs/fields.md written.');
}
