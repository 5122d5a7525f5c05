/**
 * `npm run archive`: asks the Wayback Machine's Save Page Now for a capture of every source URL and
 * read_at copy that has no archived copy yet, politely, and writes each copy into the source's YAML
 * (comments and formatting kept). Needs a network and Internet Archive keys; never part of the
 * offline build or CI. Exits 1 when a capture failed. docs/deploy.md describes the workflow.
 *   npm run archive -- [--dry-run] [--content <folder>] [--limit 20] [--interval 10000] [--retries 2]
 *                      [--wait 180000] [--reuse-within 30d] [--endpoint https://web.archive.org]
 * Keys: WAYBACK_ACCESS_KEY and WAYBACK_SECRET_KEY in the environment (https://archive.org/account/s3.php).
 */
import { parseArgs } from 'node:util';
import { loadCorpus } from '../src/corpus/index';
import { hasErrors } from '../src/diagnostics/diagnostic';
import { formatText } from '../src/diagnostics/format-text';
import { SITE } from '../src/site/config';
import { archiveSources, formatArchiveReport } from './lib/archive/run';
import { archiveTargets } from './lib/archive/targets';

const { values } = parseArgs({
  options: {
    content: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    limit: { type: 'string', default: '20' },
    interval: { type: 'string', default: '10000' },
    retries: { type: 'string', default: '2' },
    timeout: { type: 'string', default: '60000' },
    poll: { type: 'string', default: '10000' },
    wait: { type: 'string', default: '180000' },
    'reuse-within': { type: 'string', default: '30d' },
    endpoint: { type: 'string', default: 'https://web.archive.org' },
  },
});

const accessKey = process.env.WAYBACK_ACCESS_KEY ?? '';
const secretKey = process.env.WAYBACK_SECRET_KEY ?? '';
const dryRun = values['dry-run'];
const corpus = await loadCorpus({ contentDir: values.content ?? process.env.CONTENT_DIR ?? 'content' });
if (hasErrors(corpus.diagnostics)) {
  console.error(`${formatText(corpus.diagnostics)}\n\nFix the content first (npm run check); archiving edits only valid sources.`);
  process.exitCode = 1;
} else if (!dryRun && (!accessKey || !secretKey)) {
  console.error(
    'Save Page Now needs Internet Archive keys: set WAYBACK_ACCESS_KEY and WAYBACK_SECRET_KEY (from https://archive.org/account/s3.php), or run with --dry-run to see what would be archived.',
  );
  process.exitCode = 1;
} else {
  const { targets, skipped } = archiveTargets(corpus);
  for (const s of skipped) console.error(`skipped ${s.url} [${s.file}]: ${s.reason}`);
  const limit = Number(values.limit);
  console.error(
    `${targets.length} pages have no archived copy; ${dryRun ? 'listing' : 'capturing'} at most ${limit}, one request to the archive every ${values.interval} ms ...`,
  );
  const results = await archiveSources(targets, {
    endpoint: values.endpoint.replace(/\/$/, ''),
    accessKey,
    secretKey,
    userAgent: `${SITE.name.toLowerCase().replace(/\s+/g, '-')}-archive/1.0 (archives cited sources${SITE.repository ? `; ${SITE.repository}` : ''})`,
    intervalMs: Number(values.interval),
    timeoutMs: Number(values.timeout),
    retries: Number(values.retries),
    retryDelayMs: Number(values.interval),
    pollMs: Number(values.poll),
    waitMs: Number(values.wait),
    reuseWithin: values['reuse-within'] || undefined,
    limit,
    dryRun,
    onResult: (r, done, total) => console.error(`[${done}/${total}] ${r.outcome}: ${r.target.url}`),
  });
  console.log(formatArchiveReport(results));
  if (results.some((r) => r.outcome === 'failed')) process.exitCode = 1;
}
