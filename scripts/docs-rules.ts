/** `npm run docs:rules`: writes docs/rules.md from the rule catalog. */
import { writeFileSync } from 'node:fs';
import { rulesDocument } from './lib/check/rules-doc';

writeFileSync(new URL('../docs/rules.md', import.meta.url), rulesDocument());
console.log('Wrote docs/rules.md.');
