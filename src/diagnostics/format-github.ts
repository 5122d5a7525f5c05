/**
 * Diagnostics as GitHub Actions workflow commands, which GitHub shows as annotations on the lines of
 * a pull request's diff: `::error file=...,line=...,col=...,endLine=...,endColumn=...,title=rule::message fix`.
 */
import type { Diagnostic } from './diagnostic';
import { summary } from './format-text';
import { printable } from './printable';

/**
 * Escapes the message part of a workflow command (after `::`). Line breaks take GitHub's own
 * escapes, which it decodes; every other control character is shown escaped (printable.ts), as
 * GitHub would pass it raw into the log.
 */
export function escapeData(value: string): string {
  return printable(value, '\r\n').replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value (`file=...`), where `:` and `,` would end the value. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export interface GithubOptions {
  /** The path GitHub knows the file by (relative to the repository root); defaults to `file`. */
  pathOf?: (file: string) => string;
}

export function formatGithub(diagnostics: readonly Diagnostic[], options: GithubOptions = {}): string {
  const pathOf = options.pathOf ?? ((file: string) => file);
  const lines = diagnostics.map((d) => {
    const properties = [
      `file=${escapeProperty(pathOf(d.file))}`,
      `line=${d.line}`,
      `col=${d.column}`,
      `endLine=${d.endLine}`,
      `endColumn=${d.endColumn}`,
      `title=${escapeProperty(d.rule)}`,
    ].join(',');
    const text = d.fix ? `${d.message} ${d.fix}` : d.message;
    return `::${d.severity} ${properties}::${escapeData(text)}`;
  });
  lines.push(summary(diagnostics));
  return lines.join('\n');
}
