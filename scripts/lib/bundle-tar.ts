/**
 * A gzipped tar archive written with Node alone (no `tar` binary, no package): POSIX ustar
 * headers, one 512-byte block each, then the file's bytes padded to a whole block, and two empty
 * blocks at the end. Every tool that opens .tar.gz (GNU tar, bsdtar on macOS and Windows, 7-Zip)
 * reads it.
 */
import { createWriteStream, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';

const BLOCK = 512;

export interface TarEntry {
  /** Path inside the archive, with `/` separators; a folder ends in `/`. */
  path: string;
  /** The file on disk to copy, or the bytes themselves. Folders have neither. */
  file?: string;
  bytes?: Uint8Array;
  /** Unix permissions, e.g. 0o644. */
  mode: number;
}

/** Writes the entries, in order, to a .tar.gz file; every entry gets the same modification time. */
export async function writeTarGz(outFile: string, entries: Iterable<TarEntry>, mtime: Date): Promise<void> {
  const seconds = Math.floor(mtime.getTime() / 1000);
  async function* blocks(): AsyncGenerator<Buffer> {
    for (const entry of entries) {
      const folder = entry.path.endsWith('/');
      const body = folder ? Buffer.alloc(0) : entry.bytes ? Buffer.from(entry.bytes) : readFileSync(entry.file!);
      yield header(entry.path, body.length, entry.mode, seconds, folder ? '5' : '0');
      if (body.length === 0) continue;
      yield body;
      const padding = (BLOCK - (body.length % BLOCK)) % BLOCK;
      if (padding) yield Buffer.alloc(padding);
    }
    yield Buffer.alloc(2 * BLOCK);
  }
  await pipeline(Readable.from(blocks()), createGzip({ level: 9 }), createWriteStream(outFile));
}

function header(path: string, size: number, mode: number, mtime: number, type: '0' | '5'): Buffer {
  const [prefix, name] = splitPath(path);
  const block = Buffer.alloc(BLOCK);
  block.write(name, 0, 100, 'utf8');
  octal(block, mode, 100, 8);
  octal(block, 0, 108, 8); // owner and group: root, as archives meant for anyone are
  octal(block, 0, 116, 8);
  octal(block, size, 124, 12);
  octal(block, mtime, 136, 12);
  block.fill(' ', 148, 156); // the checksum counts its own field as spaces
  block.write(type, 156, 1, 'ascii');
  block.write('ustar\u000000', 257, 8, 'ascii');
  block.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\u0000 `, 148, 8, 'ascii');
  return block;
}

/** ustar keeps a path in a 100-byte name and a 155-byte prefix, split at a `/`. */
function splitPath(path: string): [string, string] {
  if (!/^[\x20-\x7e]+$/.test(path)) throw new Error(`Cannot archive "${path}": paths must be printable ASCII`);
  if (path.length <= 100) return ['', path];
  const cut = path.lastIndexOf('/', path.endsWith('/') ? path.length - 2 : path.length - 1);
  for (let at = cut; at > 0; at = path.lastIndexOf('/', at - 1)) {
    if (at <= 155 && path.length - at - 1 <= 100) return [path.slice(0, at), path.slice(at + 1)];
  }
  throw new Error(`Cannot archive "${path}": the path is too long for a tar header`);
}

function octal(block: Buffer, value: number, offset: number, length: number): void {
  const digits = value.toString(8);
  if (digits.length > length - 1) throw new Error(`${value} does not fit a tar header field`);
  block.write(`${digits.padStart(length - 1, '0')}\u0000`, offset, length, 'ascii');
}
