/**
 * The GitHub workflows follow the project's threat model for pull requests from strangers: no
 * `pull_request_target`, read-only permissions, no credentials left in the checkout, every action
 * pinned to a full commit SHA, and nothing the pull request's author chose pasted into a script.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const DIR = '.github/workflows';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  permissions?: Record<string, string> | string;
  steps?: Step[];
  uses?: string;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown> | string | string[];
  permissions?: Record<string, string> | string;
  jobs: Record<string, Job>;
}

const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f)).sort();
const workflows = files.map((file) => {
  const text = readFileSync(join(DIR, file), 'utf8');
  return { file, text, workflow: parse(text) as Workflow };
});
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((job) => job.steps ?? []);
const triggers = (w: Workflow) => (typeof w.on === 'string' ? [w.on] : Array.isArray(w.on) ? w.on : Object.keys(w.on));
const pr = workflows.find(({ workflow }) => triggers(workflow).includes('pull_request'));

/** Expressions that carry text the pull request's author chose. */
const AUTHOR_TEXT = /\$\{\{[^}]*\b(?:github\.event\.pull_request\.(?:title|body|head)|github\.head_ref|github\.event\.(?:issue|comment|review|head_commit|commits|pages))/;

describe('the GitHub workflows', () => {
  it('are the check and the deploy workflow', () => {
    expect(files).toEqual(['check.yml', 'deploy.yml']);
  });

  it('never run on pull_request_target, and the pull request workflow runs on pull_request only', () => {
    for (const { file, workflow } of workflows) expect(triggers(workflow), file).not.toContain('pull_request_target');
    expect(pr?.file).toBe('check.yml');
    expect(triggers(pr!.workflow)).toEqual(['pull_request']);
  });

  it('pin every action to a full 40-character commit SHA, with its release tag in a comment', () => {
    let count = 0;
    for (const { file, text, workflow } of workflows) {
      const uses = [...steps(workflow).map((s) => s.uses), ...Object.values(workflow.jobs).map((j) => j.uses)].filter((u): u is string => u !== undefined);
      for (const use of uses) {
        count++;
        expect(use, `${file}: ${use}`).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      }
      for (const line of text.split('\n').filter((l) => /^\s*(?:- )?uses:/.test(l))) {
        expect(line, `${file}: ${line.trim()}`).toMatch(/@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
      }
    }
    expect(count).toBeGreaterThanOrEqual(7);
  });

  it('give the whole workflow read-only access; only the Pages deployment job may write, and only to Pages', () => {
    for (const { file, workflow } of workflows) {
      expect(workflow.permissions, file).toEqual({ contents: 'read' });
      for (const [name, job] of Object.entries(workflow.jobs)) {
        if (job.permissions === undefined) continue;
        expect(file, `${name} widens permissions`).toBe('deploy.yml');
        expect(job.permissions, name).toEqual({ pages: 'write', 'id-token': 'write' });
        expect(job.steps?.map((s) => s.uses?.split('@')[0]), `${name} runs only the deploy action`).toEqual(['actions/deploy-pages']);
      }
    }
    for (const job of Object.values(pr!.workflow.jobs)) expect(job.permissions).toBeUndefined();
  });

  it('check out without leaving credentials in the repository', () => {
    for (const { file, workflow } of workflows) {
      const checkouts = steps(workflow).filter((s) => s.uses?.startsWith('actions/checkout@'));
      expect(checkouts.length, file).toBeGreaterThan(0);
      for (const step of checkouts) expect(step.with?.['persist-credentials'], file).toBe(false);
    }
  });

  it('never paste the pull request title, body or branch into a run script; they arrive through env', () => {
    for (const { file, workflow } of workflows) {
      for (const step of steps(workflow)) {
        if (step.run !== undefined) expect(step.run, `${file}: ${step.name}`).not.toMatch(AUTHOR_TEXT);
        if (step.run !== undefined) expect(step.run, `${file}: ${step.name}`).not.toMatch(/\$\{\{/);
      }
    }
    const describe = steps(pr!.workflow).find((s) => s.env?.PR_TITLE);
    expect(describe?.env).toEqual({ PR_TITLE: '${{ github.event.pull_request.title }}', PR_BRANCH: '${{ github.head_ref }}' });
    expect(describe?.run).toContain('"$PR_TITLE"');
  });

  it('use no secrets in the pull request workflow', () => {
    expect(pr!.text).not.toMatch(/secrets\.|GITHUB_TOKEN|github\.token/);
  });

  it('check the content, test and build a pull request from the lockfile, and keep the built site', () => {
    const runs = steps(pr!.workflow).map((s) => s.run).filter(Boolean);
    expect(runs).toEqual([
      expect.stringContaining('printf'),
      'npm ci --ignore-scripts --no-audit --no-fund',
      'npm run check -- --format github --since "$BASE_SHA" --strict',
      'npx tsc --noEmit -p .',
      'npm test',
      'npm run build',
    ]);
    const upload = steps(pr!.workflow).at(-1)!;
    expect(upload.uses).toMatch(/^actions\/upload-artifact@/);
    expect(upload.with).toMatchObject({ path: 'dist/', 'if-no-files-found': 'error' });
  });

  it('deploy main to GitHub Pages with the base path of a project site', () => {
    const deploy = workflows.find((w) => w.file === 'deploy.yml')!.workflow;
    expect(deploy.on).toEqual({ push: { branches: ['main'] }, workflow_dispatch: null });
    const build = steps(deploy).find((s) => s.run === 'npm run build');
    expect(build?.env).toMatchObject({ SITE_BASE: '${{ steps.pages.outputs.base_path }}/', SITE_URL: '${{ steps.pages.outputs.base_url }}' });
    expect(steps(deploy).map((s) => s.uses?.split('@')[0]).filter(Boolean)).toEqual([
      'actions/checkout',
      'actions/setup-node',
      'actions/configure-pages',
      'actions/upload-pages-artifact',
      'actions/deploy-pages',
    ]);
  });
});

describe('the deploy workflow', () => {
  const deploy = workflows.find((w) => w.file === 'deploy.yml')!.workflow;
  const guard = steps(deploy).find((s) => s.name === 'Require the site address');
  // The guard's own script, run as Actions runs it, with the address Pages gave and without one.
  const run = (siteUrl: string) => spawnSync('bash', ['-e', '-c', guard!.run!], { env: { PATH: process.env.PATH, SITE_URL: siteUrl }, encoding: 'utf8' });

  it('stops before the build when the Pages address is empty, and goes on when it is set', () => {
    const names = steps(deploy).map((s) => s.name);
    expect(names.indexOf('Require the site address')).toBeLessThan(names.indexOf('Build the site'));
    expect(guard?.env).toEqual({ SITE_URL: '${{ steps.pages.outputs.base_url }}' });
    const unset = run('');
    expect(unset.status).toBe(1);
    expect(unset.stdout).toContain('::error::The Pages address is empty, so SITE_URL would be unset and every permalink and citation would point at localhost.');
    expect(run('https://owner.github.io/repository').status).toBe(0);
  });
});

describe('CODEOWNERS', () => {
  const rules = readFileSync('.github/CODEOWNERS', 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [pattern, ...owners] = l.split(/\s+/);
      return { pattern, owners };
    });

  /** The owners of a path: the last matching line wins (the subset of the syntax used here). */
  function owners(path: string): string[] | undefined {
    let found: string[] | undefined;
    for (const { pattern, owners } of rules) {
      const matches = pattern === '*' || (pattern.startsWith('/') && pattern.endsWith('/') && `/${path}`.startsWith(pattern));
      if (matches) found = owners;
    }
    return found;
  }

  it('requires a maintainer for everything outside content/ and leaves entries to ordinary review', () => {
    for (const path of ['package.json', 'package-lock.json', '.github/workflows/check.yml', 'scripts/build.ts', 'src/schema/claim.ts', 'astro.config.mjs', 'CONTRIBUTING.md']) {
      expect(owners(path), path).toEqual(['@surveillance-claims/maintainers']);
    }
    for (const path of ['content/claims/x.mdx', 'content/sources/y.yaml']) expect(owners(path), path).toEqual([]);
  });
});

describe('the issue and pull request templates', () => {
  interface Form {
    name: string;
    description: string;
    body: { type: string; attributes: { label?: string }; validations?: { required?: boolean } }[];
  }
  const forms = readdirSync('.github/ISSUE_TEMPLATE')
    .sort()
    .map((file) => ({ file, form: parse(readFileSync(join('.github/ISSUE_TEMPLATE', file), 'utf8')) as Form }));

  it('offer a correction, a new claim and a new source, each asking for the evidence', () => {
    expect(forms.map((f) => f.form.name)).toEqual(['Correction', 'New claim', 'New source']);
    for (const { file, form } of forms) {
      expect(form.description, file).toBeTruthy();
      const required = form.body.filter((b) => b.validations?.required).map((b) => b.attributes.label);
      expect(required.length, file).toBeGreaterThanOrEqual(2);
    }
    expect(forms[0].form.body.map((b) => b.attributes.label)).toContain('Evidence');
    expect(forms[1].form.body.map((b) => b.attributes.label)).toContain('Sources');
    expect(forms[2].form.body.map((b) => b.attributes.label)).toContain('Archived copy');
  });

  it('ask in the pull request checklist for sources read, verbatim quotes, archived copies and a clean checker', () => {
    const template = readFileSync('.github/pull_request_template.md', 'utf8');
    const items = template.split('\n').filter((l) => l.startsWith('- [ ] '));
    expect(items.map((l) => /\*\*(.+?)\*\*/.exec(l)?.[1])).toEqual([
      'Sources read',
      'Quotes verbatim',
      'Archived copies',
      'Neutral and honest',
      'Checker clean',
      'No personal data',
    ]);
  });
});
