/**
 * A version history for the synthetic corpus (`npm run bench -- --history`): the corpus is
 * committed to a git repository of its own, then the statement of every fifth claim is reworded
 * in a second commit, so that the build reads a history and renders an old version of each of
 * those claims (docs/architecture.md, "Citable versions").
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The developer's own git settings (signing, hooks, a default branch) must not reach these commits.
const GIT_ENV = {
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@localhost',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@localhost',
};

function git(cwd: string, args: string[], date: string): void {
  execFileSync('git', args, { cwd, stdio: 'ignore', env: { ...process.env, ...GIT_ENV, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
}

/** Commits the corpus, rewords every `every`-th claim's statement, commits again; returns how many changed. */
export function writeHistory(contentDir: string, every = 5): number {
  git(contentDir, ['init', '-q'], '2026-01-01T12:00:00Z');
  git(contentDir, ['add', '-A'], '2026-01-01T12:00:00Z');
  git(contentDir, ['commit', '-q', '-m', 'The corpus'], '2026-01-01T12:00:00Z');
  const claims = readdirSync(join(contentDir, 'claims')).filter((name) => name.endsWith('.mdx')).sort();
  let changed = 0;
  claims.forEach((name, i) => {
    if (i % every !== 0) return;
    const file = join(contentDir, 'claims', name);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^statement: (.*)$/m, 'statement: $1 It was later confirmed.'));
    changed++;
  });
  git(contentDir, ['commit', '-q', '-a', '-m', 'Reworded statements'], '2026-02-01T12:00:00Z');
  return changed;
}
