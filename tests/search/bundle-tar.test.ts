/** The tar writer of the offline edition, read back by the system's `tar`. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeTarGz } from '../../scripts/lib/bundle-tar';

let work: string;
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('writeTarGz', () => {
  it('writes folders, files and paths longer than 100 characters that tar unpacks as they were', async () => {
    work = mkdtempSync(join(tmpdir(), 'claims-tar-'));
    const deep = `edition/site/claims/${'a-very-long-claim-id-'.repeat(3)}x/${'segment-'.repeat(6)}end/index.html`;
    expect(deep.length).toBeGreaterThan(100);
    const archive = join(work, 'out.tar.gz');
    await writeTarGz(
      archive,
      [
        { path: 'edition/', mode: 0o755 },
        { path: 'edition/README.txt', bytes: Buffer.from('Read me.\n'), mode: 0o644 },
        { path: 'edition/serve.mjs', file: 'scripts/serve.mjs', mode: 0o755 },
        { path: deep, bytes: Buffer.from('x'.repeat(513)), mode: 0o644 },
        { path: 'edition/empty.txt', bytes: Buffer.alloc(0), mode: 0o644 },
      ],
      new Date('2026-03-01T00:00:00Z'),
    );
    const tar = spawnSync('tar', ['-xzf', archive, '-C', work], { encoding: 'utf8' });
    expect(tar.stderr).toBe('');
    expect(readFileSync(join(work, 'edition/README.txt'), 'utf8')).toBe('Read me.\n');
    expect(readFileSync(join(work, 'edition/serve.mjs'), 'utf8')).toBe(readFileSync('scripts/serve.mjs', 'utf8'));
    expect(readFileSync(join(work, deep), 'utf8')).toBe('x'.repeat(513));
    expect(readFileSync(join(work, 'edition/empty.txt'), 'utf8')).toBe('');
    expect(statSync(join(work, 'edition/serve.mjs')).mode & 0o777).toBe(0o755);
    expect(statSync(join(work, 'edition/README.txt')).mtime.toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });

  it('refuses a path a tar header cannot hold, saying which', async () => {
    work = mkdtempSync(join(tmpdir(), 'claims-tar-'));
    await expect(writeTarGz(join(work, 'out.tar.gz'), [{ path: 'edition/résumé.txt', bytes: Buffer.from('x'), mode: 0o644 }], new Date())).rejects.toThrow(
      'Cannot archive "edition/résumé.txt": paths must be printable ASCII',
    );
  });
});
