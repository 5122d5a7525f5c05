// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { claimDataFiles } from './src/site/claim-data-files.ts';
import { contentReload } from './src/site/dev-reload.ts';
import { versionPointers } from './src/site/version-pointers.ts';

// SITE_BASE serves the site under a path (GitHub Pages project sites, for example: "/repo/").
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
  // An empty SITE_URL counts as unset, as in src/site/config.ts.
  site: process.env.SITE_URL || undefined,
  base,
  // Caches stay inside the project, not in node_modules, so checkouts sharing an install never collide.
  cacheDir: './.cache/astro',
  trailingSlash: 'always',
  // HTML-aware whitespace compression. Astro 7's default, 'jsx', applies JSX rules and drops the line
  // break between a link and the next word in templates ("Doxxing</a>.Sixth Tone").
  compressHTML: true,
  build: { format: 'directory', inlineStylesheets: 'never' },
  // MDX is for pages the maintainers write (src/pages/*.mdx); content/ never goes through it.
  integrations: [mdx(), claimDataFiles(), versionPointers()],
  devToolbar: { enabled: false },
  vite: { cacheDir: './.cache/vite', plugins: [contentReload(base)] },
});
