/**
 * The build benchmark: the project's build (check, render, index) against the same claims built
 * with stock @astrojs/mdx compilation, wall time and peak memory of each, and the ratio.
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gigabytes, measure, seconds } from './measure';
import type { BenchSection, Figure } from './types';

export const benchBuild: BenchSection = async (context) => {
  const { root, work, log } = context;
  log('build: the project pipeline ...');
  const ours = await measure(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
    cwd: root,
    env: { CONTENT_DIR: join(work, 'content'), OUT_DIR: join(work, 'dist'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  if (!ours.ok) throw new Error(`The project build failed:\n${ours.output}`);
  const steps: Figure[] = [...ours.output.matchAll(/^\[build\] (.+): ([\d.]+) s$/gm)].map((m) => ({ section: 'build', measure: `  step: ${m[1]}`, value: `${m[2]} s` }));
  const figures: Figure[] = [
    { section: 'build', measure: `project build, ${context.claims} claims`, value: seconds(ours.wallMs), target: '≤ 60 s', met: ours.wallMs <= 60_000 },
    ...steps,
    { section: 'build', measure: 'project build, CPU time (all threads and Pagefind)', value: seconds(ours.cpuMs) },
    { section: 'build', measure: 'project build, peak memory', value: gigabytes(ours.peakRss), target: '≤ 1.5 GB', met: ours.peakRss <= 1.5 * 1024 ** 3 },
  ];
  if (!context.baseline) return figures;

  log('build: stock @astrojs/mdx baseline (slow) ...');
  const project = stockProject(root, work);
  // On Astro 5, stock compilation of 10,000 entries outgrew Node's default heap (about 4 GB here)
  // and crashed; it gets 8 GB, so that the baseline finishes and its peak memory is measured.
  const stock = await measure(process.execPath, ['--max-old-space-size=8192', binOf(root, 'astro'), 'build'], {
    cwd: project,
    env: { ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  const pagefind = stock.ok
    ? await measure(process.execPath, [binOf(root, 'pagefind'), '--site', join(project, 'dist')], { cwd: project })
    : undefined;
  if (!stock.ok || !pagefind?.ok) {
    figures.push({ section: 'build', measure: 'stock @astrojs/mdx baseline', value: `failed after ${seconds(stock.wallMs)}: ${lastLine(stock.output)}` });
    return figures;
  }
  const stockWall = stock.wallMs + pagefind.wallMs;
  figures.push(
    { section: 'build', measure: 'stock @astrojs/mdx build + Pagefind', value: seconds(stockWall) },
    { section: 'build', measure: 'stock baseline, CPU time', value: seconds(stock.cpuMs + pagefind.cpuMs) },
    { section: 'build', measure: 'stock baseline, peak memory', value: gigabytes(Math.max(stock.peakRss, pagefind.peakRss)) },
    { section: 'build', measure: 'speed-up over stock', value: `${(stockWall / ours.wallMs).toFixed(2)}×`, target: '≥ 2.5×', met: stockWall / ours.wallMs >= 2.5 },
  );
  return figures;
};

/** A package's command-line entry, from its package.json (Astro 7 moved its own). */
function binOf(root: string, name: string): string {
  const { bin } = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { bin: string | Record<string, string> };
  return join(root, 'node_modules', name, typeof bin === 'string' ? bin : bin[name]);
}

function lastLine(output: string): string {
  return output.trim().split('\n').filter(Boolean).slice(-1)[0] ?? '';
}

/**
 * A stock Astro project over the same claim files: a glob loader collection compiled by
 * @astrojs/mdx, one page per claim, the allowed components as plain Astro components.
 */
function stockProject(root: string, work: string): string {
  const project = join(work, 'stock');
  mkdirSync(join(project, 'src/pages/claims'), { recursive: true });
  mkdirSync(join(project, 'src/components'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'));
  writeFileSync(join(project, 'package.json'), '{ "type": "module", "private": true }\n');
  writeFileSync(
    join(project, 'astro.config.mjs'),
    `import mdx from '@astrojs/mdx';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ integrations: [mdx()], cacheDir: './.cache/astro', vite: { cacheDir: './.cache/vite' } });\n`,
  );
  writeFileSync(
    join(project, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nimport { ClaimSchema } from '${join(root, 'src/schema/claim.ts')}';\nexport const collections = { claims: defineCollection({ loader: glob({ pattern: '*.mdx', base: '${join(work, 'content/claims')}' }), schema: ClaimSchema }) };\n`,
  );
  for (const [name, tag] of [['Aside', 'aside'], ['Quote', 'blockquote'], ['Term', 'span']]) {
    writeFileSync(join(project, `src/components/${name}.astro`), `<${tag}><slot /></${tag}>\n`);
  }
  writeFileSync(
    join(project, 'src/pages/claims/[id].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nimport Aside from '../../components/Aside.astro';\nimport Quote from '../../components/Quote.astro';\nimport Term from '../../components/Term.astro';\nexport async function getStaticPaths() {\n  return (await getCollection('claims')).map((claim) => ({ params: { id: claim.id }, props: { claim } }));\n}\nconst { claim } = Astro.props;\nconst { Content } = await render(claim);\n---\n<html lang="en"><head><meta charset="utf-8" /><title>{claim.data.title}</title></head>\n<body><main data-pagefind-body><h1>{claim.data.title}</h1><p>{claim.data.statement}</p><Content components={{ Aside, Quote, Term }} />\n<ol>{claim.data.evidence.map((e) => <li><blockquote lang={e.quote.language}>{e.quote.text}</blockquote> {e.source}</li>)}</ol></main></body></html>\n`,
  );
  return project;
}
