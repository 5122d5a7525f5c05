/**
 * `npm run check:links`: requests every source URL, read_at copy and archived copy, politely, and
 * prints a table of dead, redirected and changed pages so maintainers can record archived copies
 * before sources disappear. Needs a network; never part of the offline build or CI.
 * Exits 1 when a page is dead.
 *   npm run check:links -- [--content <folder>] [--all] [--concurrency 4] [--interval 2000] [--timeout 15000]
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultCacheDir } from '../src/corpus/cache';
import { loadCorpus } from '../src/corpus/index';
import { hasErrors } from '../src/diagnostics/diagnostic';
import { formatText } from '../src/diagnostics/format-text';
import { SITE } from '../src/site/config';
import { formatTable } from './lib/check-links/report';
import { checkLinks } from './lib/check-links/run';
import { linkTargets } from './lib/check-links/targets';

const { values } = parseArgs({
  options: {
    content: { type: 'string' },
    all: { type: 'boolean', default: false },
    concurrency: { type: 'string', default: '4' },
    interval: { type: 'string', default: '2000' },
    timeout: { type: 'string', default: '15000' },
    state: { type: 'string', default: join(defaultCacheDir(), 'links.json') },
  },
});

const corpus = await loadCorpus({ contentDir: values.content ?? process.env.CONTENT_DIR ?? 'content' });
if (hasErrors(corpus.diagnostics)) {
  console.error(`${formatText(corpus.diagnostics)}\n\nFix the content first (npm run check); the link check reads only valid sources.`);
  process.exitCode = 1;
} else {
  const targets = linkTargets(corpus);
  console.error(`Checking ${targets.length} URLs, at most ${values.concurrency} at once and one per host every ${values.interval} ms ...`);
  const findings = await checkLinks(targets, {
    concurrency: Number(values.concurrency),
    perHostIntervalMs: Number(values.interval),
    timeoutMs: Number(values.timeout),
    userAgent: `${SITE.name.toLowerCase().replace(/\s+/g, '-')}-link-check/1.0 (checks that cited sources are still online${SITE.repository ? `; ${SITE.repository}` : ''})`,
    stateFile: values.state,
    onResult: (f, done, total) => {
      if (f.verdict !== 'ok') console.error(`[${done}/${total}] ${f.verdict}: ${f.target.url}`);
    },
  });
  console.log(formatTable(findings, values.all));
  if (findings.some((f) => f.verdict === 'dead')) process.exitCode = 1;
}
