/**
 * Diagnostics as JSON for tools: an array of `{file, line, column, endLine, endColumn, severity,
 * rule, message, fix}`, in that key order, `file` relative to the content folder's parent.
 */
import type { Diagnostic } from './diagnostic';

export function formatJson(diagnostics: readonly Diagnostic[]): string {
  const plain = diagnostics.map(({ file, line, column, endLine, endColumn, severity, rule, message, fix }) => ({
    file,
    line,
    column,
    endLine,
    endColumn,
    severity,
    rule,
    message,
    fix,
  }));
  return JSON.stringify(plain, null, 2);
}
