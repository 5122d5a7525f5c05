/**
 * Diagnostics for a terminal: grouped by file, each line starting `file:line:col` so editors and
 * terminals can jump to it, the offending line with the span underlined when the source is at hand,
 * the fix below, and a summary line at the end.
 */
import type { Diagnostic } from './diagnostic';
import { printable } from './printable';

export interface TextOptions {
  color?: boolean;
  /** The text of a file (by its diagnostic path), to show the line each problem is on. */
  source?: (file: string) => string | undefined;
}

/** Characters that would move or hide text in a terminal, shown as one visible dot each. */
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\t]/g;
const WIDTH = 100;

export function formatText(diagnostics: readonly Diagnostic[], options: boolean | TextOptions = false): string {
  const { color = false, source } = typeof options === 'boolean' ? { color: options } : options;
  const paint = (code: string, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  const texts = new Map<string, string[] | undefined>();
  const linesOf = (file: string) => {
    if (!texts.has(file)) texts.set(file, source?.(file)?.split(/\r?\n/));
    return texts.get(file);
  };
  let file = '';
  for (const d of diagnostics) {
    if (d.file !== file) {
      if (file) lines.push('');
      file = d.file;
      lines.push(paint('4', printable(file)));
    }
    const severity = d.severity === 'error' ? paint('31', 'error') : paint('33', 'warning');
    lines.push(`${printable(d.file)}:${d.line}:${d.column}  ${severity}  ${printable(d.message)}  ${paint('2', `[${printable(d.rule)}]`)}`);
    const frame = source ? codeFrame(d, linesOf(d.file)) : undefined;
    if (frame) lines.push(...frame.map((l, i) => (i === 1 ? paint('31', l) : paint('2', l))));
    if (d.fix) lines.push(`    fix: ${printable(d.fix)}`);
  }
  if (lines.length) lines.push('');
  lines.push(summary(diagnostics));
  return lines.join('\n');
}

/** The line of a problem with its span underlined, or nothing for problems about the whole file. */
export function codeFrame(d: Diagnostic, text: string[] | undefined): [string, string] | undefined {
  const wholeFile = d.line === 1 && d.column === 1 && d.endLine === 1 && d.endColumn === 1;
  const line = text?.[d.line - 1];
  if (wholeFile || line === undefined) return undefined;
  const shown = line.replace(UNPRINTABLE, '·');
  const endColumn = d.endLine === d.line ? Math.max(d.endColumn, d.column + 1) : shown.length + 1;
  // Long lines are cut to a window around the problem.
  const from = d.column > WIDTH - 20 ? d.column - 40 : 1;
  const visible = shown.slice(from - 1, from - 1 + WIDTH);
  const prefix = from > 1 ? '…' : '';
  const number = String(d.line).padStart(6);
  const start = d.column - from + prefix.length;
  const width = Math.max(1, Math.min(endColumn, from + WIDTH) - d.column);
  return [`${number} | ${prefix}${visible}${from - 1 + WIDTH < shown.length ? '…' : ''}`.trimEnd(), `${' '.repeat(6)} | ${' '.repeat(start)}${'^'.repeat(width)}`];
}

export function summary(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const files = new Set(diagnostics.map((d) => d.file)).size;
  if (diagnostics.length === 0) return 'No problems found.';
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')} and ${plural(warnings, 'warning')} in ${plural(files, 'file')}.`;
}
