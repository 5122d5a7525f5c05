/**
 * `npm run report`: what needs a contributor's attention (claims at or below the evidence standard,
 * single-source claims, sources read only in copies or without archives, evidence without locators,
 * overdue reviews, open questions, other warnings), the lists the site publishes at /maintenance/.
 * `--content <folder>` reports on another content folder.
 */
import { parseArgs } from 'node:util';
import { runReport } from './lib/report/run';

try {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { content: { type: 'string' } }, strict: true });
  const { output } = await runReport({ contentDir: values.content ?? process.env.CONTENT_DIR ?? 'content' });
  console.log(output);
} catch (error) {
  console.error((error as Error)?.message ?? String(error));
  process.exitCode = 2;
}
