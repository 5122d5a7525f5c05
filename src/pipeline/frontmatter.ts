/**
 * Splits an .mdx entry into its YAML frontmatter and its body, keeping the offset of each so that
 * positions found in either part can be reported against the whole file.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic';
import type { PositionIndex } from './position';

export interface Frontmatter {
  /** The YAML between the fences. */
  yaml: string;
  /** Offset of the YAML's first character in the file. */
  yamlOffset: number;
  /** The rest of the file after the closing fence. */
  body: string;
  /** Offset of the body's first character in the file. */
  bodyOffset: number;
}

const FENCE = /^---[ \t]*\r?$/;

export function splitFrontmatter(
  file: string,
  text: string,
  positions: PositionIndex,
): { frontmatter?: Frontmatter; diagnostics: Diagnostic[] } {
  const firstLineEnd = text.indexOf('\n');
  const firstLine = firstLineEnd === -1 ? text : text.slice(0, firstLineEnd);
  if (/^\+\+\+[ \t]*\r?$/.test(firstLine)) {
    return {
      diagnostics: [
        diagnostic(file, positions.span(0, 3), 'frontmatter-toml', 'The frontmatter is fenced with "+++" (TOML); entries use YAML between "---" lines.'),
      ],
    };
  }
  if (!FENCE.test(firstLine)) {
    return {
      diagnostics: [
        diagnostic(
          file,
          positions.span(0, Math.max(0, firstLine.length)),
          'frontmatter-missing',
          'The file does not start with a frontmatter block ("---" on the first line).',
        ),
      ],
    };
  }
  const yamlOffset = firstLineEnd + 1;
  let cursor = yamlOffset;
  while (cursor <= text.length) {
    const end = text.indexOf('\n', cursor);
    const line = end === -1 ? text.slice(cursor) : text.slice(cursor, end);
    if (FENCE.test(line)) {
      const bodyOffset = end === -1 ? text.length : end + 1;
      return {
        frontmatter: { yaml: text.slice(yamlOffset, cursor), yamlOffset, body: text.slice(bodyOffset), bodyOffset },
        diagnostics: [],
      };
    }
    if (end === -1) break;
    cursor = end + 1;
  }
  return {
    diagnostics: [
      diagnostic(file, positions.span(0, 3), 'frontmatter-unterminated', 'The frontmatter opened on line 1 is never closed by a "---" line.'),
    ],
  };
}
