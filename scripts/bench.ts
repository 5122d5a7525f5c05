/**
 * `npm run bench`: generates a synthetic corpus (default 10,000 claims and 2,000 sources) in a
 * temporary folder and prints measured figures beside their targets.
 *   npm run bench -- --claims 10000 --sources 2000 --only build,check --no-baseline --keep
 * --history commits the corpus to git and rewords a fifth of the claims, so the build also reads a
 * version history and renders the old versions.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchBuild } from './lib/bench/build';
import { benchCheck } from './lib/bench/check';
import { benchSearch } from './lib/bench/search';
import type { BenchContext, BenchSection, Figure } from './lib/bench/types';
import { writeHistory } from './lib/bench/history';
import { writeSyntheticCorpus } from './lib/synthetic-corpus';

const SECTIONS: Record<string, BenchSection> = { build: benchBuild, check: benchCheck, search: benchSearch };

const { values } = parseArgs({
  options: {
    claims: { type: 'string', default: '10000' },
    sources: { type: 'string' },
    only: { type: 'string' },
    'no-baseline': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    history: { type: 'boolean', default: false },
  },
});
const claims = Number(values.claims);
const sources = Number(values.sources ?? Math.round(claims / 5));
const names = values.only ? values.only.split(',') : Object.keys(SECTIONS);
const unknown = names.filter((n) => !SECTIONS[n]);
if (unknown.length) throw new Error(`Unknown section ${unknown.join(', ')}; sections: ${Object.keys(SECTIONS).join(', ')}`);

const work = mkdtempSync(join(tmpdir(), 'claims-bench-'));
const log = (line: string) => console.error(`[bench] ${line}`);
log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}`);
log(`corpus: ${claims} claims, ${sources} sources in ${work}`);
writeSyntheticCorpus(join(work, 'content'), { claims, sources });
if (values.history) log(`history: two commits, ${writeHistory(join(work, 'content'))} claims reworded in the second`);

const context: BenchContext = { root: fileURLToPath(new URL('..', import.meta.url)), work, claims, sources, baseline: !values['no-baseline'], log };
const figures: Figure[] = [];
try {
  for (const name of names) figures.push(...(await SECTIONS[name](context)));
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}

const mark = (f: Figure) => (f.met === undefined ? '' : f.met ? 'met' : 'NOT MET');
const rows = figures.map((f) => [f.section, f.measure, f.value, f.target ?? '', mark(f)]);
const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), 8));
for (const r of rows) console.log(r.map((cell, i) => (i < 4 ? cell.padEnd(widths[i]) : cell)).join('  ').trimEnd());
