/**
 * `--since <git-ref>`: sources whose reliability rating became unreliable, deprecated or retracted
 * between that revision and the working tree, each with the claims that rest on it. The old file is
 * read with `git show` and run through the same pipeline as the new one.
 */
import { spawnSync } from 'node:child_process';
import { diagnostic, FILE_START, type Diagnostic } from '../../../src/diagnostics/diagnostic';
import { claimsRestingOn, describeClaims } from '../../../src/corpus/checks/sources';
import type { Corpus } from '../../../src/corpus/index';
import { processEntry } from '../../../src/pipeline/entry';
import { DOUBTFUL_RATINGS, RELIABILITY_RATINGS, type ReliabilityRating } from '../../../src/schema/source';
import { UsageError } from './options';

function git(cwd: string, args: string[]): { ok: boolean; stdout: Buffer; stderr: string } {
  const run = spawnSync('git', ['-C', cwd, ...args], { maxBuffer: 16 * 1024 * 1024 });
  return { ok: run.status === 0, stdout: run.stdout ?? Buffer.alloc(0), stderr: run.stderr?.toString() ?? String(run.error ?? '') };
}

const rank = (rating: ReliabilityRating) => RELIABILITY_RATINGS.indexOf(rating);

export function ratingChanges(corpus: Corpus, ref: string): Diagnostic[] {
  const dir = corpus.contentDir;
  if (!git(dir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).ok) {
    throw new UsageError(`--since: "${ref}" is not a revision of the git repository that holds ${dir}.`);
  }
  const found: Diagnostic[] = [];
  for (const source of corpus.graph.list('source')) {
    const rating = source.data.reliability.rating;
    if (!DOUBTFUL_RATINGS.includes(rating)) continue;
    const contentPath = `sources/${source.id}.yaml`;
    const old = git(dir, ['show', `${ref}:./${contentPath}`]);
    // A source added since the revision had no earlier rating to lose.
    if (!old.ok) continue;
    const before = processEntry({ file: source.file, contentPath, bytes: old.stdout }, { render: false, base: '/' }).data as
      | { reliability: { rating: ReliabilityRating } }
      | undefined;
    const was = before?.reliability.rating;
    if (was !== undefined && rank(was) >= rank(rating)) continue;
    const claims = claimsRestingOn(corpus.graph, source.id);
    const rest = claims.length ? describeClaims(claims) : 'no claim rests on it.';
    found.push(
      diagnostic(
        source.file,
        source.fields?.['reliability.rating'] ?? FILE_START,
        'rating-downgraded',
        `The rating changed from ${was ?? 'an unreadable value'} to ${rating} since ${ref}; ${rest}`,
      ),
    );
  }
  return found;
}
