/**
 * When each content file last changed, from git history: one `git log` for the whole folder.
 * "Last changed" is shown beside "last reviewed", which is an editorial date kept in the entry.
 */
import { execFileSync } from 'node:child_process';
import { join, relative } from 'node:path';

export function readGitDates(contentDir: string): Map<string, string> {
  const dates = new Map<string, string>();
  let top: string;
  let log: string;
  try {
    top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: contentDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    log = execFileSync('git', ['log', '--format=@%cs', '--name-only', '--', '.'], {
      cwd: contentDir,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return dates; // Not a git checkout (a fixture or a downloaded copy): no dates to show.
  }
  const parent = join(contentDir, '..');
  let date = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('@')) date = line.slice(1);
    else if (line && date) {
      const file = relative(parent, join(top, line)).split('\\').join('/');
      // Newest commits come first, so the first date seen for a file is its last change.
      if (!dates.has(file)) dates.set(file, date);
    }
  }
  return dates;
}
