/**
 * Fixture corpora for the rule catalog. `tests/fixtures/rules/_base/content` is a small clean corpus;
 * each case folder (`<rule>/fail`, `<rule>/pass`) holds only the files it adds or replaces, in
 * `content/`, and optionally `options.json` ({"base": false, "workers": 1, "timeoutMs": 1}).
 * A file named `<name>.remove` removes that file of the base.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { loadCorpus } from '../../src/corpus/index';
import type { Diagnostic } from '../../src/diagnostics/diagnostic';

export const RULE_FIXTURES = 'tests/fixtures/rules';
/** The fixtures' today, so that "in the future" means the same whenever the tests run. */
export const FIXTURE_TODAY = '2026-06-01';

interface CaseOptions {
  base?: boolean;
  workers?: number;
  timeoutMs?: number;
}

/** Files under a folder; symbolic links count as files and are copied as links. */
function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

/** Checks a fixture case: its files laid over the base corpus, checked by the real pipeline. */
export async function checkCase(caseDir: string): Promise<Diagnostic[]> {
  const optionsFile = join(caseDir, 'options.json');
  const options: CaseOptions = existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, 'utf8')) : {};
  const work = mkdtempSync(join(tmpdir(), 'rule-fixture-'));
  const content = join(work, 'content');
  try {
    if (options.base !== false) cpSync(join(RULE_FIXTURES, '_base/content'), content, { recursive: true });
    const overlay = join(caseDir, 'content');
    for (const file of existsSync(overlay) ? walk(overlay) : []) {
      const target = join(content, relative(overlay, file));
      if (target.endsWith('.remove')) rmSync(target.slice(0, -'.remove'.length));
      else cpSync(file, target, { verbatimSymlinks: true });
    }
    const corpus = await loadCorpus({ contentDir: content, workers: options.workers ?? 0, timeoutMs: options.timeoutMs, today: FIXTURE_TODAY });
    return corpus.diagnostics;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Diagnostics as the expected files write them: position span, severity, rule, message, then the fix. */
export function describe(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((d) => `${d.file}:${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.severity} ${d.rule} ${d.message}\n  fix: ${d.fix}\n`)
    .join('');
}
