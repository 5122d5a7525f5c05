/**
 * Puts a finished build in place. The new site is built in a temporary folder beside the output
 * folder and swapped in by renaming, so a failed or interrupted build never leaves a half-written
 * or missing site behind.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';

export function temporaryDir(outDir: string): string {
  return `${outDir}.tmp-${process.pid}`;
}

export function publish(builtDir: string, outDir: string): void {
  const previous = `${outDir}.old-${process.pid}`;
  if (existsSync(outDir)) renameSync(outDir, previous);
  try {
    renameSync(builtDir, outDir);
  } catch (error) {
    if (existsSync(previous)) renameSync(previous, outDir);
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}

export function discard(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
