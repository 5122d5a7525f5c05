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
const LIMITED = ['[', '*', '<', '`', '{'];
/** For each ASCII character, its slot in LIMITED (-1 for the rest), so the scan is one table lookup per character. */
const SLOT = new Int8Array(128).fill(-1);
LIMITED.forEach((key, slot) => (SLOT[key.charCodeAt(0)] = slot));
SLOT[95] = SLOT[42]; // "_" counts with "*"
const LIMITS = LIMITED.map((key) => MAX_PER_PARAGRAPH[key].limit);

export function scanBody(text: string): CapViolation | undefined {
  let fence: string | undefined;
  const counts = new Int32Array(LIMITED.length);
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    // Only lines that may open or close a fence are sliced; the rest is read in place.
    const c = text.charCodeAt(start + (text.charCodeAt(start) === 32 ? 1 : 0));
    const open = c === 96 || c === 126 || c === 32 ? FENCE.exec(text.slice(start, end)) : null;
    if (fence !== undefined) {
      if (open && open[1][0] === fence[0] && open[1].length >= fence.length && text.slice(start + open[0].length, end).trim() === '') fence = undefined;
    } else if (open) {
      fence = open[1];
    } else if (isBlank(text, start, end)) {
      counts.fill(0);
    } else {
      const found = scanLine(text, start, end, counts);
      if (found) return found;
    }
    start = end + 1;
  }
  return undefined;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

function scanLine(text: string, start: number, end: number, counts: Int32Array): CapViolation | undefined {
  let indent = 0;
  let quotes = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) indent++;
    else if (c === 9) indent += 4 - (indent % 4);
    else if (c === 62) {
      if (++quotes > MAX_QUOTE_MARKERS) {
        return { offset: i, rule: 'body-too-deep', message: `Block quotes nest more than ${MAX_QUOTE_MARKERS} levels deep on this line; the body was not checked further.` };
      }
    } else break;
    if (indent > MAX_INDENT) {
      return { offset: i, rule: 'body-too-deep', message: `This line is indented more than ${MAX_INDENT} columns (lists nested too deep?); the body was not checked further.` };
    }
  }
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) {
      i++;
      continue;
    }
    const slot = c < 128 ? SLOT[c] : -1;
    if (slot < 0 || ++counts[slot] <= LIMITS[slot]) continue;
    const cap = MAX_PER_PARAGRAPH[LIMITED[slot]];
    return {
      offset: i,
      rule: 'body-too-complex',
      message: `This paragraph has more than ${cap.limit} ${cap.what}; the body was not checked further.`,
      fix: `Split the paragraph, or escape literal characters as ${cap.escape}.`,
    };
  }
  return undefined;
}
