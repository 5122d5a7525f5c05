/**
 * `npm run build`: check the content, build the site, index it for search. Exits 1, leaving the
 * previous `dist/` untouched, if the content has errors or any step fails.
 * CONTENT_DIR builds another folder with the same layout; SITE_BASE serves the site under a path.
 */
import { fileURLToPath } from 'node:url';
import { formatText } from '../src/diagnostics/format-text';
import { localAddressWarning } from '../src/site/address-notice';
import { buildSite, type BuildResult } from './lib/build-site';

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
