/**
 * A throwaway copy of the project (its code, not its dependencies), so that a test can break it
 * (a page that throws, a file where Pagefind writes its index) and build it in a child process,
 * exactly as `npm run build` would, without touching the checkout or other tests' builds.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const FIXTURE_CONTENT = resolve('tests/fixtures/site/content');
/** Every build here runs unable to load an image decoder (see block-image-decoder.mjs). */
const BLOCK_IMAGE_DECODER = pathToFileURL(resolve('tests/security/block-image-decoder.mjs')).href;

export interface Project {
  root: string;
  /** Starts `scripts/build.ts` in the copy; the promise settles when the process ends. */
  build(env?: Record<string, string>): Build;
  /** Names of everything beside `dist` that a build may leave: `dist.tmp-*`, `dist.old-*`, `dist.lock`. */
  leftovers(): string[];
  remove(): void;
}

export interface Build {
  process: ChildProcess;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>;
}

export function copyProject(): Project {
  const root = mkdtempSync(join(tmpdir(), 'claims-project-'));
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts']) {
    cpSync(entry, join(root, entry), { recursive: true });
  }
  symlinkSync(realpathSync('node_modules'), join(root, 'node_modules'));
  return {
    root,
    build(env = {}) {
      const child = spawn(process.execPath, ['--import', BLOCK_IMAGE_DECODER, '--import', 'tsx', 'scripts/build.ts'], {
        cwd: root,
        env: { ...process.env, CONTENT_DIR: FIXTURE_CONTENT, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout!.on('data', (chunk) => (output += chunk));
      child.stderr!.on('data', (chunk) => (output += chunk));
      const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolveDone) => {
        child.on('close', (code, signal) => resolveDone({ code, signal, output }));
      });
      return { process: child, done };
    },
    leftovers() {
      return readdirSync(root).filter((name) => name.startsWith('dist.'));
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Every file of a folder with its size and first bytes, to tell whether anything changed. */
export function snapshot(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, name);
    if (statSync(path).isFile()) files[relative(dir, path)] = `${statSync(path).size}:${readFileSync(path).subarray(0, 64).toString('base64')}`;
  }
  return files;
}

/** Resolves once `found()` returns something truthy, polling; rejects after `ms`. */
export async function until<T>(found: () => T | undefined | false, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = found();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('Timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}
