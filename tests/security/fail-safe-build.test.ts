/**
 * Real builds, in a throwaway copy of the project, that fail or are killed at each step: the
 * previous `dist/` must come through every one of them unchanged, and no temporary folder or lock may
 * stay behind where it can be avoided. (scripts/lib/publish.ts; its pieces are tested in publish.test.ts.)
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, FIXTURE_CONTENT, snapshot, until, type Project } from './project';

let project: Project;
let dist: string;
let previous: Record<string, string>;

beforeAll(() => {
  project = copyProject();
  dist = join(project.root, 'dist');
  // The previous site, which every failed or interrupted build must leave exactly as it was.
  mkdirSync(join(dist, 'pagefind'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>The previous site</title>');
  writeFileSync(join(dist, 'pagefind/pagefind.js'), '// the previous index');
  previous = snapshot(dist);
});

afterAll(() => project?.remove());

// Each test runs one or two real builds; on a busy machine a build takes well over the default minute.
const BUILDS = { timeout: 300_000 };

describe('a build that fails', BUILDS, () => {
  it('on a content error, stops before Astro and leaves dist/ as it was', async () => {
    const content = mkdtempSync(join(tmpdir(), 'broken-content-'));
    cpSync(FIXTURE_CONTENT, content, { recursive: true });
    writeFileSync(join(content, 'topics/leaks.mdx'), readFileSync(join(content, 'topics/leaks.mdx'), 'utf8').replace('title: Leaks', 'title: [Leaks'));
    const result = await project.build({ CONTENT_DIR: content }).done;
    rmSync(content, { recursive: true, force: true });
    expect(result.code).toBe(1);
    expect(result.output).toContain('[yaml-syntax]');
    expect(result.output).toContain('The content has errors; nothing was built and dist/ was left as it was.');
    expect(result.output).not.toContain('render pages');
    expect(snapshot(dist)).toEqual(previous);
    expect(project.leftovers()).toEqual([]);
  });

  it('when Astro fails on a page, leaves dist/ as it was and removes its temporary folder', async () => {
    const page = join(project.root, 'src/pages/broken.astro');
    writeFileSync(page, "---\nthrow new Error('this page fails on purpose');\n---\n");
    const result = await project.build().done;
    rmSync(page);
    expect(result.code).toBe(1);
    expect(result.output).toContain('[build] render pages (Astro) failed: this page fails on purpose');
    expect(result.output).toContain('The build stopped; dist/ was left as it was.');
    expect(snapshot(dist)).toEqual(previous);
    expect(project.leftovers()).toEqual([]);
  });

  it('when Pagefind fails (its process crashes), leaves dist/ as it was and removes its temporary folder', async () => {
    // A file where Pagefind must write its index folder makes its backend panic.
    const blocker = join(project.root, 'public/pagefind');
    writeFileSync(blocker, 'not a folder');
    const result = await project.build().done;
    rmSync(blocker);
    expect(result.code).toBe(1);
    expect(result.output).toContain('[build] index for search (Pagefind) failed:');
    expect(result.output).toContain('The build stopped; dist/ was left as it was.');
    expect(snapshot(dist)).toEqual(previous);
    expect(project.leftovers()).toEqual([]);
  });
});

describe('a build that is interrupted', BUILDS, () => {
  // A page that takes two minutes, so that the build is always still running when it is stopped.
  const slowPage = () => join(project.root, 'src/pages/slow.astro');
  beforeAll(() => writeFileSync(slowPage(), '---\nawait new Promise((resolve) => setTimeout(resolve, 120_000));\n---\n<p>slow</p>\n'));
  afterAll(() => rmSync(slowPage(), { force: true }));

  /** Starts a build and waits until it has checked the content and is writing its temporary folder. */
  async function midBuild() {
    const build = project.build();
    const temporary = await until(() => project.leftovers().find((n) => n.startsWith('dist.tmp-')));
    return { build, temporary };
  }

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('by %s (Ctrl+C, a cancelled CI job), leaves dist/ as it was and removes its temporary folder and lock', async (signal, code) => {
    const { build } = await midBuild();
    build.process.kill(signal);
    const result = await build.done;
    expect([signal, code]).toContain(result.signal ?? result.code);
    expect(snapshot(dist)).toEqual(previous);
    expect(project.leftovers()).toEqual([]);
  });

  it('by SIGKILL, leaves dist/ as it was, and the next build clears what it left and publishes', async () => {
    const { build, temporary } = await midBuild();
    build.process.kill('SIGKILL');
    expect((await build.done).signal).toBe('SIGKILL');
    expect(snapshot(dist)).toEqual(previous);
    // Nothing can clean up after SIGKILL: the folder and the lock stay until the next build.
    expect(project.leftovers().sort()).toEqual(['dist.lock', temporary]);

    rmSync(slowPage());
    const next = await project.build().done;
    expect(next.code).toBe(0);
    expect(next.output).toContain(`[build] took over dist.lock from process ${build.process.pid}, which is no longer running`);
    expect(next.output).toContain(`[build] removed ${temporary}, left by an interrupted build`);
    const site = snapshot(dist);
    expect(site).not.toEqual(previous);
    for (const file of ['index.html', '_headers', 'pagefind/pagefind.js', 'claims/database-offered/index.html']) expect(site[file], file).toBeDefined();
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain('Surveillance Claims');
    // It built without ever loading an image decoder (the build ran with sharp blocked, project.ts).
    expect(next.output).not.toContain('sharp');
    expect(project.leftovers()).toEqual([]);
  });
});

describe('the output folder', BUILDS, () => {
  it('is refused, before anything is read or written, when it would replace the project itself', async () => {
    const before = readdirSync(project.root).sort();
    const result = await project.build({ OUT_DIR: '.' }).done;
    expect(result.code).toBe(1);
    expect(result.output).toContain('[build] Refusing to build: the output folder "." is the project folder or contains it.');
    expect(readdirSync(project.root).sort()).toEqual(before);
    expect(existsSync(join(project.root, 'src/site/security-policy.ts'))).toBe(true);
  });
});
