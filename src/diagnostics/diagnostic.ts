/**
 * A diagnostic is one problem in one file, positioned and actionable: where it is, which rule it
 * breaks, what is wrong, and what to do about it. Every stage of the pipeline reports through this
 * type and never prints or throws at the contributor.
 */
import { RULES, type RuleId } from './rules';

export type Severity = 'error' | 'warning';

/** A region of a file; lines and columns count from 1, end is inclusive of the last character's column + 1. */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Diagnostic extends Span {
  /** Path of the file, relative to the parent of the content folder (e.g. `content/claims/x.mdx`). */
  file: string;
  severity: Severity;
  rule: RuleId;
  /** What is wrong, in one sentence. */
  message: string;
  /** What to do about it. */
  fix: string;
}

/** The start of a file, for problems that concern the file as a whole. */
export const FILE_START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/**
 * Makes a diagnostic for a rule. The severity and the default fix come from the rule catalog, so a
 * rule means the same thing wherever it is reported.
 */
export function diagnostic(
  file: string,
  span: Span,
  rule: RuleId,
  message: string,
  fix?: string,
): Diagnostic {
  const entry = RULES[rule];
  return {
    file,
    line: span.line,
    column: span.column,
    endLine: span.endLine,
    endColumn: span.endColumn,
    severity: entry.severity,
    rule,
    message,
    fix: fix ?? entry.fix,
  };
}

/** Orders diagnostics by file, then position, then rule, so output is stable across runs. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
