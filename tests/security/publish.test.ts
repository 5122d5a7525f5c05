/**
 * The pieces of a fail-safe publish (scripts/lib/publish.ts), on folders made up for each test:
 * the swap, the lock between builds, recovery from builds that died, and the output folders refused.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkOutDir, isAlive, stage } from '../../scripts/lib/publish';

let work: string;
let out: string;
const log: string[] = [];
const options = { log: (line: string) => log.push(line), waitMs: 0 };

/** The pid of a process that has already ended. */
function deadPid(): number {
  const pid = spawnSync(process.execPath, ['-e', '']).pid!;
  expect(isAlive(pid)).toBe(false);
  return pid;
}

function site(dir: string, text: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), text);
}

const beside = () => readdirSync(work).sort();

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'publish-'));
  out = join(work, 'dist');
  log.length = 0;
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('staging and publishing', () => {
  it('swaps the new site in and removes the old one and the lock', async () => {
    site(out, 'old');
    const staging = await stage(out, options);
    expect(beside()).toEqual(['dist', 'dist.lock', staging.dir.slice(work.length + 1)]);
    site(staging.dir, 'new');
    staging.publish();
    staging.release();
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new');
    expect(beside()).toEqual(['dist']);
  });

  it('publishes into a folder that did not exist yet, creating its parent', async () => {
    out = join(work, 'deep/er/dist');
    const staging = await stage(out, options);
    site(staging.dir, 'new');
    staging.publish();
    staging.release();
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new');
  });

  it('removes the temporary folder of a build that is released unpublished', async () => {
    site(out, 'old');
    const staging = await stage(out, options);
    site(staging.dir, 'half-written');
    staging.release();
    staging.release();
    expect(beside()).toEqual(['dist']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('old');
    expect(() => staging.publish()).toThrow('This build was released and can no longer be published.');
  });

  it('puts the previous site back when the new one cannot be moved into place', async () => {
    site(out, 'old');
    const staging = await stage(out, options);
    rmSync(staging.dir, { recursive: true });
    expect(() => staging.publish()).toThrow(/ENOENT/);
    staging.release();
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('old');
    expect(beside()).toEqual(['dist']);
  });

  it('stops listening for signals once released', async () => {
    const before = ['SIGINT', 'SIGTERM', 'SIGHUP', 'exit'].map((s) => process.listenerCount(s));
    const staging = await stage(out, options);
    expect(['SIGINT', 'SIGTERM', 'SIGHUP', 'exit'].map((s) => process.listenerCount(s))).toEqual(before.map((n) => n + 1));
    staging.release();
    expect(['SIGINT', 'SIGTERM', 'SIGHUP', 'exit'].map((s) => process.listenerCount(s))).toEqual(before);
  });
});

describe('two builds of the same output folder', () => {
  it('do not interleave: the second waits for the first, and says for whom', async () => {
    const first = await stage(out, options);
    await expect(stage(out, { ...options, waitMs: 300 })).rejects.toThrow(
      `Another build (process ${process.pid}) is writing dist/. If no build is running, delete ${out}.lock and try again.`,
    );
    expect(log).toEqual([`waiting for the build in process ${process.pid} to finish`]);
    const second = stage(out, { ...options, waitMs: 5000 });
    setTimeout(() => first.release(), 300);
    (await second).release();
    expect(beside()).toEqual([]);
  });

  it('take over the lock of a build that is no longer running', async () => {
    const pid = deadPid();
    writeFileSync(`${out}.lock`, `${pid}\n`);
    const staging = await stage(out, options);
    expect(readFileSync(`${out}.lock`, 'utf8')).toBe(`${process.pid}\n`);
    staging.release();
    expect(log).toEqual([`took over dist.lock from process ${pid}, which is no longer running`]);
  });
});

describe('what killed builds leave behind', () => {
  it('is removed by the next build: temporary and old folders of processes that are gone', async () => {
    const pid = deadPid();
    site(out, 'current');
    site(join(work, `dist.tmp-${pid}-abc123`), 'half-written');
    site(join(work, `dist.old-${pid}-def456`), 'older');
    const staging = await stage(out, options);
    staging.release();
    expect(beside()).toEqual(['dist']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('current');
    expect(log.sort()).toEqual([`removed dist.old-${pid}-def456, left by an interrupted build`, `removed dist.tmp-${pid}-abc123, left by an interrupted build`]);
  });

  it('puts the previous site back when a build died between its two renames', async () => {
    const pid = deadPid();
    site(join(work, `dist.old-${pid}-abc123`), 'previous');
    site(join(work, `dist.tmp-${pid}-def456`), 'new but never confirmed');
    const staging = await stage(out, options);
    staging.release();
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous');
    expect(beside()).toEqual(['dist']);
    expect(log).toContain(`restored dist/ from dist.old-${pid}-abc123, left by an interrupted build`);
  });

  it('is kept when its process is still running (a build from another checkout)', async () => {
    const other = join(work, `dist.tmp-${process.ppid}-abc123`);
    site(other, 'in progress');
    const staging = await stage(out, options);
    staging.release();
    expect(existsSync(other)).toBe(true);
  });

  it('never includes folders that only look alike', async () => {
    for (const name of ['dist.tmp', 'dist.tmp-x', 'dist-old-1', 'dister.tmp-1-a', 'site.tmp-1-a']) site(join(work, name), 'keep');
    const staging = await stage(out, options);
    staging.release();
    expect(beside()).toEqual(['dist-old-1', 'dist.tmp', 'dist.tmp-x', 'dister.tmp-1-a', 'site.tmp-1-a']);
  });
});

describe('output folders that would destroy something', () => {
  const root = '/project';
  const project = { root, contentDir: '/project/content' };

  it.each([
    ['/project', 'the output folder "." is the project folder or contains it'],
    ['/', 'the output folder ".." is the project folder or contains it'],
    ['/project/content', 'the output folder "content" overlaps the content folder'],
    ['/project/content/claims', 'the output folder "content/claims" overlaps the content folder'],
    ['/project/src', 'the output folder "src" is inside src/'],
    ['/project/public/site', 'the output folder "public/site" is inside public/'],
    ['/project/docs', 'the output folder "docs" is inside docs/'],
    ['/project/.git', 'the output folder ".git" is inside .git/'],
    ['/project/node_modules/x', 'the output folder "node_modules/x" is inside node_modules/'],
  ])('refuses %s', (outDir, reason) => {
    expect(checkOutDir(outDir, project)).toBe(reason);
  });

  it('accepts dist/, a folder elsewhere, and an existing build', () => {
    expect(checkOutDir('/project/dist', project)).toBeUndefined();
    expect(checkOutDir('/project/build/site', project)).toBeUndefined();
    site(out, 'a previous build');
    expect(checkOutDir(out, { root: work, contentDir: join(work, 'content') })).toBeUndefined();
  });

  it('refuses an existing folder that is not a built site, and a file', () => {
    mkdirSync(join(work, 'notes'));
    writeFileSync(join(work, 'notes/todo.txt'), 'keep me');
    writeFileSync(join(work, 'file'), '');
    const at = { root: work, contentDir: join(work, 'content') };
    expect(checkOutDir(join(work, 'notes'), at)).toBe('"notes" exists and does not look like a built site (no index.html); delete it or choose another folder');
    expect(checkOutDir(join(work, 'file'), at)).toBe('"file" exists and is not a folder');
  });
});
