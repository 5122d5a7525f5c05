/**
 * Finds the entry files of a content folder. Anything else in a content folder is reported, so a
 * misplaced or misnamed file never silently drops out of the site. Symbolic links and special files are
 * refused: a link could make the build read, and publish, a file from outside the content folder, and a
 * pipe or device could hang it.
 */
import { readdirSync, type Dirent } from 'node:fs';
import { join, relative } from 'node:path';
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

/** Files that may sit in the content folder without being entries (a readme, the list of changes to claims, the licence). */
const IGNORED = /^(?:\..*|README\.md|CHANGES\.md|LICENSE\.md)$/;

export function listContentFiles(contentDir: string): { files: ContentFile[]; diagnostics: Diagnostic[] } {
  const files: ContentFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const display = (path: string) => relative(join(contentDir, '..'), path).split('\\').join('/');
  const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const linked = (path: string, what: string, kind = 'a symbolic link') =>
    diagnostics.push(
      diagnostic(display(path), FILE_START, 'symbolic-link', `${what} is ${kind}; the content folder holds plain files and folders only.`),
    );
  for (const folder of readdirSync(contentDir, { withFileTypes: true }).sort(byName)) {
    const { name } = folder;
    if (IGNORED.test(name)) continue;
    const path = join(contentDir, name);
    const kind = kindOfFolder(name);
    if (folder.isSymbolicLink()) {
      linked(path, `"${name}"`);
      continue;
    }
    if (!folder.isDirectory() || !kind) {
      diagnostics.push(
        diagnostic(display(path), FILE_START, 'file-name', `"${name}" is not one of the content folders.`, `Entries go in ${Object.values(KINDS).map((k) => `${k.folder}/`).join(', ')}.`),
      );
      continue;
    }
    const extension = KINDS[kind].extension;
    // The types come with the listing, so 10,000 files cost no stat calls.
    for (const entry of readdirSync(path, { withFileTypes: true }).sort(byName)) {
      const entryName = entry.name;
      if (IGNORED.test(entryName)) continue;
      const entryPath = join(path, entryName);
      if (entry.isSymbolicLink()) {
        linked(entryPath, `"${name}/${entryName}"`);
        continue;
      }
      if (entry.isDirectory()) {
        diagnostics.push(
          diagnostic(display(entryPath), FILE_START, 'file-name', `"${name}/${entryName}/" is a folder; entries sit directly in ${name}/.`, `Move its files up into ${name}/.`),
        );
        continue;
      }
      if (!entry.isFile()) {
        linked(entryPath, `"${name}/${entryName}"`, 'a special file (a pipe, socket or device)');
        continue;
      }
      if (!entryName.endsWith(extension)) {
        diagnostics.push(
          diagnostic(display(entryPath), FILE_START, 'file-name', `"${entryName}" is not an entry file: files in ${name}/ end in ${extension}.`, `Rename it to end in ${extension}, or move it out of the content folder.`),
        );
        continue;
      }
      files.push({ path: entryPath, file: display(entryPath), contentPath: `${name}/${entryName}` });
    }
  }
  return { files, diagnostics };
}
