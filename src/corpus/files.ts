/**
 * Finds the entry files of a content folder. Anything else in a content folder is reported, so a
 * misplaced or misnamed file never silently drops out of the site.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { diagnostic, FILE_START, type Diagnostic } from '../diagnostics/diagnostic';
import { KINDS, kindOfFolder } from '../schema/index';

export interface ContentFile {
  /** Absolute path on disk. */
  path: string;
  /** Path shown to contributors, relative to the content folder's parent (`content/claims/x.mdx`). */
  file: string;
  /** Path inside the content folder (`claims/x.mdx`). */
  contentPath: string;
}

/** Files that may sit in the content folder without being entries. */
const IGNORED = /^(?:\..*|README\.md)$/;

export function listContentFiles(contentDir: string): { files: ContentFile[]; diagnostics: Diagnostic[] } {
  const files: ContentFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const display = (path: string) => relative(join(contentDir, '..'), path).split('\\').join('/');
  for (const name of readdirSync(contentDir).sort()) {
    if (IGNORED.test(name)) continue;
    const path = join(contentDir, name);
    const kind = kindOfFolder(name);
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) {
      diagnostics.push(notPlain(display(path), `${name}/`));
      continue;
    }
    if (!stat.isDirectory() || !kind) {
      diagnostics.push(
        diagnostic(display(path), FILE_START, 'file-name', `"${name}" is not one of the content folders.`, `Entries go in ${Object.values(KINDS).map((k) => `${k.folder}/`).join(', ')}.`),
      );
      continue;
    }
    for (const entryName of readdirSync(path).sort()) {
      if (IGNORED.test(entryName)) continue;
      const entryPath = join(path, entryName);
      const stat = lstatSync(entryPath);
      if (stat.isDirectory()) {
        diagnostics.push(
          diagnostic(display(entryPath), FILE_START, 'file-name', `"${name}/${entryName}/" is a folder; entries sit directly in ${name}/.`, `Move its files up into ${name}/.`),
        );
        continue;
      }
      if (!stat.isFile()) {
        diagnostics.push(notPlain(display(entryPath), `${name}/${entryName}`));
        continue;
      }
      files.push({ path: entryPath, file: display(entryPath), contentPath: `${name}/${basename(entryPath)}` });
    }
  }
  return { files, diagnostics };
}

/**
 * A symbolic link (or a device, pipe or socket) is never read: it could pull a file from outside the
 * content folder, such as a secret, into the checker's messages or the site, or hang the build.
 */
function notPlain(file: string, name: string): Diagnostic {
  return diagnostic(file, FILE_START, 'file-symlink', `"${name}" is a symbolic link or special file; it was not read.`);
}
