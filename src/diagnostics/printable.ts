/**
 * Text the checker prints, made safe for a terminal or a CI log: file names and messages quote
 * contributor text, and a raw escape sequence could recolour, hide or rewrite the output, a line
 * break could forge a line such as "No problems found.", and a direction mark could reorder it.
 */

/** Controls (C0, DEL, C1), zero-width and direction marks, line and paragraph separators. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2028\u2029\u2060-\u2064\u2066-\u2069\ufeff]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Each such character as a visible escape (`\n`, `\x1b`, `\u202e`); `keep` lists any left as they are. */
export function printable(text: string, keep = ''): string {
  return text.replace(CONTROL, (c) => {
    if (keep.includes(c)) return c;
    const code = c.charCodeAt(0);
    return NAMED[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
  });
}
