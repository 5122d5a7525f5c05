/**
 * `--since <git-ref>`: sources whose reliability rating became unreliable, deprecated or retracted
 * between that revision and the working tree, each with the claims that rest on it. The old file is
 * read with `git show` and run through the same pipeline as the new one.
 */
import { spawnSync } from 'node:child_process';
import { basename } from 'node:path';
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

/**
 * The files of the content folder that differ from `ref` (committed since, changed in the working
 * tree, or new and not ignored), by the paths diagnostics use (`content/claims/x.mdx`).
 */
export function changedFiles(corpus: Corpus, ref: string): Set<string> {
  const dir = corpus.contentDir;
  const folder = basename(dir);
  const list = (args: string[]) => {
    const run = git(dir, args);
    if (!run.ok) throw new UsageError(`--since: git could not list the files changed since "${ref}": ${run.stderr.trim()}`);
    return run.stdout.toString('utf8').split('\0').filter(Boolean);
  };
  // Paths relative to the content folder (`--relative`), so the repository's layout does not matter.
  const paths = [...list(['diff', '--name-only', '-z', '--relative', ref, '--', '.']), ...list(['ls-files', '-z', '--others', '--exclude-standard', '--', '.'])];
  return new Set(paths.map((p) => `${folder}/${p}`));
}
