/**
 * The offline edition: the whole built site in one .tar.gz a reporter can carry, with a README
 * and the project's dependency-free server (search needs http; it does not work from file://).
 * Inside: `<name>/README.txt`, `<name>/serve.mjs`, `<name>/site/...`.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SITE } from '../../src/site/config';
import { writeTarGz, type TarEntry } from './bundle-tar';

export interface BundleOptions {
  /** A site built with base path `/` (the bundle is served at the root of localhost). */
  siteDir: string;
  /** The server the bundle ships (scripts/serve.mjs). */
  serveScript: string;
  outFile: string;
  /** The folder name inside the archive, e.g. `surveillance-claims-2026-11-29`. */
  name: string;
  /** When the edition was made: in the README and as every file's time. */
  date: Date;
}

/** `surveillance-claims-2026-11-29`: the site's name and the day, as file and folder name. */
export function bundleName(date: Date): string {
  const slug = SITE.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${slug}-${date.toISOString().slice(0, 10)}`;
}

export async function writeBundle(options: BundleOptions): Promise<{ files: number }> {
  const { siteDir, name } = options;
  const entries: TarEntry[] = [
    { path: `${name}/`, mode: 0o755 },
    { path: `${name}/README.txt`, bytes: Buffer.from(readme(options)), mode: 0o644 },
    { path: `${name}/serve.mjs`, file: options.serveScript, mode: 0o755 },
  ];
  let files = 0;
  for (const { path, folder } of walk(siteDir)) {
    const inside = [`${name}/site`, ...relative(siteDir, path).split(/[\\/]/).filter(Boolean)].join('/');
    if (folder) entries.push({ path: `${inside}/`, mode: 0o755 });
    else entries.push({ path: inside, file: path, mode: 0o644 });
    if (!folder) files++;
  }
  await writeTarGz(options.outFile, entries, options.date);
  return { files };
}

/** Every folder and file under `dir`, the folder itself first, in a stable order. */
function* walk(dir: string): Generator<{ path: string; folder: boolean }> {
  yield { path: dir, folder: true };
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield { path, folder: false };
  }
}

function readme({ name, date }: BundleOptions): string {
  const day = date.toISOString().slice(0, 10);
  return `${SITE.name}: offline edition of ${day}
${SITE.tagline}.

This folder holds the whole site as it was on ${day}: every claim with its evidence,
every source, entity and topic, and search in English and Chinese.${SITE.repository ? `\nThe current edition and the history of every entry: ${SITE.repository}` : ''}

TO READ IT

1. Open a terminal in this folder (${name}).
2. Run:    node serve.mjs site
   This needs Node.js 18 or newer (https://nodejs.org) and nothing else: nothing is
   installed or downloaded.
3. Open    http://localhost:4321/    in a browser. Stop the server with Ctrl+C.

Another port:            node serve.mjs site --port 8080
Without Node.js, any static web server will do, for example:
                         python3 -m http.server 4321 --directory site

Search runs in the browser and needs the site served as above. Opening the files in
site/ directly (file://...) shows pages, but links between them and search do not work.

PRIVACY

No page loads anything from another host: no fonts, scripts, images or analytics from
elsewhere, and no cookies. Links to sources lead to the internet only when you follow them.
`;
}
