/**
 * `npm run bundle`: builds the site for serving at the root of localhost and writes the offline
 * edition, `offline/<name>-<date>.tar.gz`, beside (never inside) the deployed `dist/`.
 * CONTENT_DIR bundles another content folder; BUNDLE_DIR writes the archive elsewhere.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatText } from '../src/diagnostics/format-text';
import { buildSite } from './lib/build-site';
import { bundleName, writeBundle } from './lib/bundle';

const root = fileURLToPath(new URL('..', import.meta.url));
const date = new Date();
const name = bundleName(date);
const outDir = resolve(root, process.env.BUNDLE_DIR ?? 'offline');
const work = mkdtempSync(join(tmpdir(), 'claims-bundle-'));
try {
  const siteDir = join(work, 'site');
  const built = await buildSite({
    root,
    contentDir: process.env.CONTENT_DIR ?? 'content',
    outDir: siteDir,
    base: '/',
    log: (line) => console.log(`[bundle] ${line}`),
  });
  if (built.diagnostics.length) console.log(formatText(built.diagnostics, process.stdout.isTTY));
  if (!built.ok) {
    console.error('[bundle] The content has errors; no offline edition was written.');
    process.exitCode = 1;
  } else {
    mkdirSync(outDir, { recursive: true });
    const outFile = join(outDir, `${name}.tar.gz`);
    const { files } = await writeBundle({ siteDir, serveScript: join(root, 'scripts/serve.mjs'), outFile, name, date });
    const megabytes = (statSync(outFile).size / 1024 ** 2).toFixed(1);
    console.log(`[bundle] ${outFile}: ${files} files, ${megabytes} MB. Unpack it, then run "node serve.mjs site" inside (see its README.txt).`);
  }
} catch (error) {
  // A failed build step carries what went wrong inside it as its cause.
  if ((error as Error).cause) console.error((error as Error).cause);
  console.error(`[bundle] ${(error as Error).message}\n[bundle] No offline edition was written.`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
