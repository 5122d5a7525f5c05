/**
 * Caps checked before parsing. The YAML and Markdown parsers take seconds on some small inputs
 * (thousands of nested brackets, block quote markers or emphasis markers, tens of thousands of keys);
 * a linear scan finds those first, so a pathological file is reported at once instead of running
 * into the time limit. The caps are far above anything an entry needs.
 */

/** Lines of YAML in one entry: a claim with many evidence items has a few hundred. */
export const MAX_YAML_LINES = 2000;
/** Nesting of YAML flow collections (`[...]`, `{...}`). */
export const MAX_YAML_FLOW_DEPTH = 32;
/** Block quote markers (`>`) at the start of one line. */
export const MAX_QUOTE_MARKERS = 16;
/** Columns of indentation before a line's text, outside fenced code. */
export const MAX_INDENT = 64;
/** Per paragraph (a run of non-blank lines): characters that open constructs the parser matches up. */
export const MAX_PER_PARAGRAPH: Record<string, { limit: number; what: string; escape: string }> = {
  '[': { limit: 256, what: 'opening brackets "["', escape: '\\[' },
  '*': { limit: 512, what: 'emphasis markers "*" and "_"', escape: '\\*' },
  '<': { limit: 256, what: 'angle brackets "<"', escape: '\\<' },
  '`': { limit: 512, what: 'backticks "`"', escape: '\\`' },
  '{': { limit: 256, what: 'braces "{"', escape: '\\{' },
};

export interface CapViolation {
  /** Offset in the scanned text. */
  offset: number;
  rule: 'file-too-large' | 'yaml-too-deep' | 'body-too-deep' | 'body-too-complex';
  message: string;
  fix?: string;
}

export function scanYaml(text: string): CapViolation | undefined {
  let lines = 1;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 && ++lines > MAX_YAML_LINES) {
      return { offset: i + 1, rule: 'file-too-large', message: `The YAML has more than ${MAX_YAML_LINES} lines; the file was not checked further.` };
    }
    // Brackets inside quoted text count too: a false alarm needs 33 unclosed brackets in a row.
    if (c === 91 || c === 123) {
      if (++depth > MAX_YAML_FLOW_DEPTH) {
        return { offset: i, rule: 'yaml-too-deep', message: `The YAML nests more than ${MAX_YAML_FLOW_DEPTH} brackets deep here; the file was not checked further.` };
      }
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return undefined;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export function scanBody(text: string): CapViolation | undefined {
  let fence: string | undefined;
  let counts = new Map<string, number>();
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end);
    const open = FENCE.exec(line);
    if (fence !== undefined) {
      if (open && open[1][0] === fence[0] && open[1].length >= fence.length && line.slice(open[0].length).trim() === '') fence = undefined;
    } else if (open) {
      fence = open[1];
    } else if (line.trim() === '') {
      counts = new Map();
    } else {
      const found = scanLine(line, start, counts);
      if (found) return found;
    }
    start = end + 1;
  }
  return undefined;
}

function scanLine(line: string, offset: number, counts: Map<string, number>): CapViolation | undefined {
  let indent = 0;
  let quotes = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === ' ') indent++;
    else if (c === '\t') indent += 4 - (indent % 4);
    else if (c === '>') {
      if (++quotes > MAX_QUOTE_MARKERS) {
        return { offset: offset + i, rule: 'body-too-deep', message: `Block quotes nest more than ${MAX_QUOTE_MARKERS} levels deep on this line; the body was not checked further.` };
      }
    } else break;
    if (indent > MAX_INDENT) {
      return { offset: offset + i, rule: 'body-too-deep', message: `This line is indented more than ${MAX_INDENT} columns (lists nested too deep?); the body was not checked further.` };
    }
  }
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') {
      i++;
      continue;
    }
    let key = line[i];
    if (key === '_') key = '*';
    const cap = MAX_PER_PARAGRAPH[key];
    if (!cap) continue;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    if (n > cap.limit) {
      return {
        offset: offset + i,
        rule: 'body-too-complex',
        message: `This paragraph has more than ${cap.limit} ${cap.what}; the body was not checked further.`,
        fix: `Split the paragraph, or escape literal characters as ${cap.escape}.`,
      };
    }
  }
  return undefined;
}
