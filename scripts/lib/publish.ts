/**
 * Puts a finished build in place, and never a broken one. A build writes into a temporary folder
 * beside the output folder (`dist.tmp-<pid>-<random>`); only when every step succeeded is the old
 * output renamed aside (`dist.old-<pid>-<random>`), the new one renamed into place and the old one
 * removed. Around that:
 * - a lock (`dist.lock`, holding the builder's pid) lets one build at a time write an output folder;
 *   a second build waits for it;
 * - SIGINT, SIGTERM and SIGHUP remove the temporary folder and the lock before the process ends;
 * - what a build killed outright (SIGKILL, power loss) leaves behind is cleared by the next build:
 *   temporary and old folders of dead processes are removed, and an output folder renamed aside by
 *   a build that died between its two renames is put back.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

export interface StageOptions {
  /** How long to wait for another build of the same output folder (default: 10 minutes). */
  waitMs?: number;
  log?: (line: string) => void;
}

export interface Staging {
  /** The temporary folder to build into. */
  dir: string;
  /** Swaps the temporary folder into the output folder's place. */
  publish(): void;
  /** Removes the temporary folder unless it was published, and releases the lock. Safe to call twice. */
  release(): void;
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Takes the output folder's lock, clears what killed builds left, and makes a fresh temporary folder. */
export async function stage(outDir: string, options: StageOptions = {}): Promise<Staging> {
  const log = options.log ?? (() => {});
  const out = resolve(outDir);
  mkdirSync(dirname(out), { recursive: true });
  const lock = await acquireLock(`${out}.lock`, options.waitMs ?? 10 * 60_000, log);
  let dir: string;
  try {
    recover(out, log);
    dir = mkdtempSync(`${out}.tmp-${process.pid}-`);
  } catch (error) {
    lock.release();
    throw error;
  }
  let published = false;
  let released = false;
  const cleanUp = () => {
    if (!published) rmSync(dir, { recursive: true, force: true });
    lock.release();
  };
  // A signal handler runs between two steps of the build; it cleans up, then lets the signal end
  // the process as it would have.
  const onSignal = (signal: NodeJS.Signals) => {
    release();
    process.kill(process.pid, signal);
  };
  const release = () => {
    if (released) return;
    released = true;
    for (const signal of SIGNALS) process.off(signal, onSignal);
    process.off('exit', cleanUp);
    cleanUp();
  };
  for (const signal of SIGNALS) process.once(signal, onSignal);
  // Also when something calls process.exit() in the middle of the build.
  process.once('exit', cleanUp);

  return {
    dir,
    publish() {
      if (released) throw new Error('This build was released and can no longer be published.');
      swap(dir, out);
      published = true;
    },
    release,
  };
}

/** Renames the built folder into place. The window without an output folder is two renames long. */
function swap(built: string, out: string): void {
  const previous = `${out}.old-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  if (existsSync(out)) renameSync(out, previous);
  try {
    renameSync(built, out);
  } catch (error) {
    if (existsSync(previous)) renameSync(previous, out);
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}

/** Leftovers of an output folder: `<out>.tmp-<pid>-…` and `<out>.old-<pid>-…`. */
function leftovers(out: string): { path: string; kind: 'tmp' | 'old'; pid: number; mtimeMs: number }[] {
  const name = basename(out);
  const pattern = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(tmp|old)-(\\d+)(?:-.*)?$`);
  const found = [];
  for (const entry of readdirSync(dirname(out))) {
    const m = pattern.exec(entry);
    if (!m) continue;
    const path = join(dirname(out), entry);
    found.push({ path, kind: m[1] as 'tmp' | 'old', pid: Number(m[2]), mtimeMs: statSync(path).mtimeMs });
  }
  return found;
}

/**
 * Clears what builds that died left behind. Runs under the lock, so no other build of this output
 * folder is running; a leftover of a live process is still kept, in case it belongs to a build of
 * another checkout that did not take the same lock.
 */
function recover(out: string, log: (line: string) => void): void {
  const dead = leftovers(out).filter((l) => l.pid === process.pid || !isAlive(l.pid));
  if (!existsSync(out)) {
    // A build died between its two renames: the previous site is in the newest old folder.
    const previous = dead.filter((l) => l.kind === 'old').sort((a, b) => b.mtimeMs - a.mtimeMs)[0];
    if (previous) {
      renameSync(previous.path, out);
      log(`restored ${basename(out)}/ from ${basename(previous.path)}, left by an interrupted build`);
      dead.splice(dead.indexOf(previous), 1);
    }
  }
  for (const l of dead) {
    rmSync(l.path, { recursive: true, force: true });
    log(`removed ${basename(l.path)}, left by an interrupted build`);
  }
}

interface Lock {
  release(): void;
}

/**
 * An exclusive lock: a file created only if it does not exist, holding the owner's pid. A lock whose
 * owner is no longer running is taken over.
 */
export async function acquireLock(path: string, waitMs: number, log: (line: string) => void): Promise<Lock> {
  const deadline = Date.now() + waitMs;
  let told = false;
  for (;;) {
    try {
      writeFileSync(path, `${process.pid}\n`, { flag: 'wx' });
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          if (readPid(path) === process.pid) rmSync(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = readPid(path);
    if (owner !== undefined && !isAlive(owner)) {
      rmSync(path, { force: true });
      log(`took over ${basename(path)} from process ${owner}, which is no longer running`);
      continue;
    }
    if (Date.now() >= deadline) {
      throw new Error(
        `Another build (process ${owner ?? 'unknown'}) is writing ${basename(path).replace(/\.lock$/, '')}/. ` +
          `If no build is running, delete ${path} and try again.`,
      );
    }
    if (!told) {
      log(`waiting for the build in process ${owner ?? 'unknown'} to finish`);
      told = true;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

function readPid(path: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Refuses an output folder whose replacement would destroy the project: the project folder or one
 * that contains it, the content folder or anything around or inside it, a source folder, or an
 * existing folder that is not a previous build of a site.
 */
export function checkOutDir(outDir: string, project: { root: string; contentDir: string }): string | undefined {
  const out = resolve(outDir);
  const root = resolve(project.root);
  const content = resolve(project.contentDir);
  const within = (inner: string, outer: string) => inner === outer || inner.startsWith(outer.endsWith(sep) ? outer : outer + sep);
  const shown = relative(root, out) || '.';
  if (within(root, out)) return `the output folder "${shown}" is the project folder or contains it`;
  if (within(content, out) || within(out, content)) return `the output folder "${shown}" overlaps the content folder`;
  for (const source of ['src', 'public', 'scripts', 'tests', 'docs', 'node_modules', '.git']) {
    if (within(out, join(root, source))) return `the output folder "${shown}" is inside ${source}/`;
  }
  if (existsSync(out)) {
    if (!statSync(out).isDirectory()) return `"${shown}" exists and is not a folder`;
    const names = readdirSync(out);
    if (names.length > 0 && !names.includes('index.html') && !names.includes('pagefind')) {
      return `"${shown}" exists and does not look like a built site (no index.html); delete it or choose another folder`;
    }
  }
  return undefined;
}
