/**
 * `npm run build`: check the content, build the site, index it for search. Exits 1, leaving the
 * previous `dist/` untouched, if the content has errors or any step fails.
 * CONTENT_DIR builds another folder with the same layout; SITE_BASE serves the site under a path;
 * SEARCH_RECORDS_PER_INDEX sets how many records one search index holds (less memory, more files).
 */
import { fileURLToPath } from 'node:url';
import { formatText } from '../src/diagnostics/format-text';
import { localAddressWarning } from '../src/site/address-notice';
import { buildSite, type BuildResult } from './lib/build-site';

function recordsPerIndex(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^[1-9]\d*$/.test(value)) throw new Error(`SEARCH_RECORDS_PER_INDEX must be a whole number of records above 0, not "${value}".`);
  return Number(value);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();
const outDir = process.env.OUT_DIR ?? 'dist';
let result: BuildResult | undefined;
try {
  result = await buildSite({
    root,
    contentDir: process.env.CONTENT_DIR ?? 'content',
    outDir,
    base: process.env.SITE_BASE ?? '/',
    recordsPerIndex: recordsPerIndex(process.env.SEARCH_RECORDS_PER_INDEX),
    log: (line) => console.log(`[build] ${line}`),
  });
} catch (error) {
  // A failed step carries what went wrong inside it (Astro's or Pagefind's own error) as its cause.
  if ((error as Error).cause) console.error((error as Error).cause);
  console.error(`[build] ${(error as Error).message}\n[build] The build stopped; ${outDir}/ was left as it was.`);
  process.exitCode = 1;
}
if (result?.diagnostics.length) console.log(formatText(result.diagnostics, process.stdout.isTTY));
if (result && !result.ok) {
  console.error(`[build] The content has errors; nothing was built and ${outDir}/ was left as it was.`);
  process.exitCode = 1;
} else if (result) {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`[build] ${result.entries} entries, ${result.pages} pages indexed, in ${seconds} s.`);
  const warning = localAddressWarning();
  if (warning) console.log(`[build] ${warning}`);
}
