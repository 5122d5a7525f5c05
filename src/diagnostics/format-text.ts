/**
 * Diagnostics for a terminal: grouped by file, each line starting `file:line:col` so editors and
 * terminals can jump to it, the fix on the line below, and a summary line at the end.
 */
import type { Diagnostic } from './diagnostic';

export function formatText(diagnostics: readonly Diagnostic[], color = false): string {
  const paint = (code: string, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  let file = '';
  for (const d of diagnostics) {
    if (d.file !== file) {
      if (file) lines.push('');
      file = d.file;
      lines.push(paint('4', file));
    }
    const severity = d.severity === 'error' ? paint('31', 'error') : paint('33', 'warning');
    lines.push(`${d.file}:${d.line}:${d.column}  ${severity}  ${d.message}  ${paint('2', `[${d.rule}]`)}`);
    if (d.fix) lines.push(`    fix: ${d.fix}`);
  }
  if (lines.length) lines.push('');
  lines.push(summary(diagnostics));
  return lines.join('\n');
}

export function summary(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const files = new Set(diagnostics.map((d) => d.file)).size;
  if (diagnostics.length === 0) return 'No problems found.';
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')} and ${plural(warnings, 'warning')} in ${plural(files, 'file')}.`;
}
