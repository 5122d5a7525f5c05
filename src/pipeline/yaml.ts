/**
 * YAML with positions. Parses with the YAML 1.2 core schema, so dates stay text and nothing is
 * coerced, and reports the YAML hazards the content model forbids (duplicate keys, anchors and
 * aliases, tags, merge keys, several documents, prototype keys, unquoted dates, invisible characters),
 * each at its own line in the file.
 */
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseAllDocuments,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import { diagnostic, type Diagnostic, type Span } from '../diagnostics/diagnostic';
import { INVISIBLE_OR_BIDI } from '../schema/common';
import type { PositionIndex } from './position';
import { formatPath } from './validate';

export type FieldPath = readonly (string | number)[];

export interface ParsedYaml {
  /** The plain value (undefined when the YAML could not be read at all). */
  value: unknown;
  /** Span of the node at a path; for a path that does not exist, the span of its nearest ancestor. */
  spanOf(path: FieldPath, part?: 'key' | 'value'): Span;
  diagnostics: Diagnostic[];
}

const MAX_DEPTH = 12;
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Keys whose values are dates, so a bare year (a YAML number) there is an unquoted date. */
const DATE_KEYS = new Set(['date', 'published', 'accessed', 'as_of', 'event_date', 'opened']);
const DATE_LIKE = /^\d{4}-\d{1,2}(?:-\d{1,2})?$/;
const NON_ASCII = /[^\x00-\x7f]/;
/** Right-to-left scripts whose quotes may carry direction marks. */
const RTL_LANGUAGES = /^(?:ar|fa|he|ug|ur|ps|yi|ckb)(?:-|$)/;

/**
 * @param text the YAML source
 * @param offset where the YAML starts in the file (after the opening fence, for frontmatter)
 */
export function parseYaml(file: string, text: string, offset: number, positions: PositionIndex): ParsedYaml {
  const diagnostics: Diagnostic[] = [];
  const at = (start: number, end?: number) => positions.span(offset + start, offset + (end ?? start));
  // Duplicate keys are found in the walk below, in linear time and with the line of the first one.
  const docs = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: false });
  const list = Array.isArray(docs) ? docs : [];
  const doc: Document | undefined = list[0];

  for (const extra of list.slice(1)) {
    diagnostics.push(
      diagnostic(file, at(extra.range[0]), 'yaml-multiple-documents', 'A second YAML document starts here; a file holds one entry.'),
    );
  }
  // One syntax error per line: the rest of a line usually fails only because of the first.
  const lines = new Set<number>();
  for (const d of list) {
    for (const error of d.errors) {
      const [start, end] = error.pos;
      const span = at(start, end);
      if (lines.has(span.line)) continue;
      lines.add(span.line);
      diagnostics.push(diagnostic(file, span, 'yaml-syntax', `YAML error: ${sentence(yamlMessage(error.code, error.message))}`));
    }
  }

  if (doc?.contents) walk(doc.contents, [], 0, { file, text, at, diagnostics });

  let value: unknown;
  if (doc && doc.errors.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: 50 });
    } catch {
      // Only an alias bomb gets here, and it is already reported as yaml-alias.
      value = undefined;
    }
  }

  function nodeAt(path: FieldPath): { node: YamlNode | null; keyNode?: YamlNode; depth: number } {
    let node = (doc?.contents ?? null) as YamlNode | null;
    let keyNode: YamlNode | undefined;
    let depth = 0;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && keyName(p.key) === String(segment));
        if (!pair) break;
        keyNode = pair.key as YamlNode;
        node = (pair.value as YamlNode | null) ?? keyNode;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
        keyNode = undefined;
        node = node.items[segment] as YamlNode;
      } else break;
      depth++;
    }
    return { node, keyNode: depth === path.length ? keyNode : undefined, depth };
  }

  return {
    value,
    diagnostics,
    spanOf(path, part = 'value') {
      const { node, keyNode } = nodeAt(path);
      const target = part === 'key' && keyNode ? keyNode : node;
      if (!target?.range) return at(0);
      const [start, valueEnd] = target.range;
      // A mapping or list spans many lines; point at its first line only.
      const end = isMap(target) || isSeq(target) ? start : valueEnd;
      return at(start, end);
    },
  };
}

interface WalkContext {
  file: string;
  /** The YAML source, to show tags as written. */
  text: string;
  at: (start: number, end?: number) => Span;
  diagnostics: Diagnostic[];
}

function walk(node: unknown, path: (string | number)[], depth: number, ctx: WalkContext, siblingLanguage?: string): void {
  const { file, at, diagnostics } = ctx;
  if (isAlias(node)) {
    diagnostics.push(diagnostic(file, at(node.range![0], node.range![1]), 'yaml-alias', `The alias "*${node.source}" repeats another value; write the value out instead.`));
    return;
  }
  if (!(isScalar(node) || isMap(node) || isSeq(node))) return;
  const range = node.range ?? [0, 0];
  if (node.anchor) {
    diagnostics.push(diagnostic(file, at(range[0]), 'yaml-alias', `The anchor "&${node.anchor}" marks a value for reuse; anchors are not used in entries.`));
  }
  // The parser records a tag only where the source wrote one.
  if (node.tag) {
    // The node's range starts after its tag; find the tag as written on the same line.
    const lineStart = ctx.text.lastIndexOf('\n', range[0] - 1) + 1;
    const before = /(!\S*)\s*$/.exec(ctx.text.slice(lineStart, range[0]));
    const start = before ? lineStart + before.index : range[0];
    const written = before?.[1] ?? node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
    diagnostics.push(diagnostic(file, at(start, start + written.length), 'yaml-tag', `The tag "${written}" changes how the value is read; tags are not used in entries.`));
  }
  if (depth > MAX_DEPTH) {
    diagnostics.push(diagnostic(file, at(range[0]), 'yaml-too-deep', `The YAML nests more than ${MAX_DEPTH} levels deep here.`));
    return;
  }
  if (isScalar(node)) {
    const key = path[path.length - 1];
    if (node.type === 'PLAIN' && typeof key === 'string') {
      const raw = String(node.source ?? node.value);
      if (DATE_LIKE.test(raw) || (DATE_KEYS.has(key) && typeof node.value === 'number' && /^\d{4}$/.test(raw))) {
        // Suggest the written-out form: 2021-1-5 is "2021-01-05".
        const padded = raw.replace(/-(\d)(?=-|$)/g, '-0$1');
        diagnostics.push(
          diagnostic(file, at(range[0], range[1]), 'date-unquoted', `The date ${raw} is not quoted.`, `Write it in double quotes${padded === raw ? '' : ', with two-digit months and days'}: ${key}: "${padded}".`),
        );
      }
    }
    if (typeof node.value === 'string' && LONE_SURROGATE.test(node.value)) {
      diagnostics.push(loneSurrogate(file, at(range[0], range[1]), `The value of "${formatPath(path)}"`, node.value));
    }
    if (typeof node.value === 'string' && NON_ASCII.test(node.value) && INVISIBLE_OR_BIDI.test(node.value)) {
      const rtlQuote = key === 'text' && siblingLanguage !== undefined && RTL_LANGUAGES.test(siblingLanguage);
      if (!rtlQuote) {
        diagnostics.push(
          diagnostic(file, at(range[0], range[1]), 'invisible-character', `The value of "${formatPath(path)}" contains an invisible or direction-changing character (${describeInvisible(node.value)}).`),
        );
      }
    }
    return;
  }
  if (isSeq(node)) {
    node.items.forEach((item, i) => walk(item, [...path, i], depth + 1, ctx));
    return;
  }
  const language = node.items.find((p) => isScalar(p.key) && p.key.value === 'language');
  const lang = language && isScalar(language.value) ? String(language.value.value) : undefined;
  const seen = new Map<string, number>();
  for (const pair of node.items) {
    if (!isPair(pair)) continue;
    const keyNode = pair.key;
    if (isScalar(keyNode)) {
      const name = keyName(keyNode);
      const keyRange = keyNode.range ?? range;
      const first = seen.get(name);
      if (first !== undefined) {
        diagnostics.push(
          diagnostic(file, at(keyRange[0], keyRange[1]), 'yaml-duplicate-key', `The key "${name}" appears twice in this mapping (first on line ${first}); the second would replace the first.`),
        );
      } else seen.set(name, at(keyRange[0]).line);
      if (LONE_SURROGATE.test(name)) {
        diagnostics.push(loneSurrogate(file, at(keyRange[0], keyRange[1]), 'A key', name));
      } else if (name === '<<') {
        diagnostics.push(diagnostic(file, at(keyRange[0], keyRange[1]), 'yaml-alias', 'The merge key "<<" copies another mapping; write the fields out instead.'));
      } else if (UNSAFE_KEYS.has(name)) {
        diagnostics.push(diagnostic(file, at(keyRange[0], keyRange[1]), 'yaml-unsafe-key', `The key "${name}" is not allowed.`));
      } else if (NON_ASCII.test(name) && INVISIBLE_OR_BIDI.test(name)) {
        diagnostics.push(diagnostic(file, at(keyRange[0], keyRange[1]), 'invisible-character', `The key "${name.replace(INVISIBLE_OR_BIDI, '')}" contains an invisible or direction-changing character (${describeInvisible(name)}).`));
      }
      walk(pair.value, [...path, name], depth + 1, ctx, lang);
    } else if (keyNode) {
      const r = (keyNode as { range?: [number, number, number] }).range ?? range;
      diagnostics.push(diagnostic(file, at(r[0]), 'yaml-syntax', 'YAML error: a key must be a plain name, not a list or mapping.'));
    }
  }
}

/** Half of a UTF-16 surrogate pair without its other half: a YAML escape ("\ud800") can write one, and it is no character. */
const LONE_SURROGATE = /\p{Cs}/u;

function loneSurrogate(file: string, span: Span, what: string, value: string): Diagnostic {
  const half = `U+${value.match(LONE_SURROGATE)![0].charCodeAt(0).toString(16).toUpperCase()}`;
  return diagnostic(
    file,
    span,
    'invalid-unicode',
    `${what} holds half of a surrogate pair (${half}) alone, written as an escape: it is not a character, and no page, feed or search index can hold it.`,
    'Write the character itself, or escape it whole with eight hex digits ("\\U0001F600"), or as both halves ("\\ud83d\\ude00").',
  );
}

/**
 * A key as it names a field of the plain value: `null` and `~` become "", numbers and booleans their
 * text (as the YAML library converts them), so a key that is not text is still found at its line.
 */
function keyName(key: { value: unknown }): string {
  return key.value === null ? '' : String(key.value);
}

function describeInvisible(value: string): string {
  const ch = value.match(INVISIBLE_OR_BIDI)![0];
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

const YAML_MESSAGES: Record<string, string> = {
  TAB_AS_INDENT: 'tabs are not allowed as indentation; indent with spaces',
  BAD_INDENT: 'the indentation does not line up with the lines above',
  MISSING_CHAR: 'a closing character is missing (an unclosed quote or bracket?)',
  MULTILINE_IMPLICIT_KEY: 'a key runs over several lines; is a colon or a quote missing on the line above?',
  BLOCK_AS_IMPLICIT_KEY: 'a nested block is used as a key; is the indentation right?',
  UNEXPECTED_TOKEN: 'unexpected character',
  MISSING_ANCHOR: 'an alias refers to an anchor that does not exist',
};

/** Ends a message with a full stop, unless it already ends with punctuation. */
function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

function yamlMessage(code: string, message: string): string {
  return YAML_MESSAGES[code] ?? message.replace(/\s+at line \d+, column \d+.*$/s, '').replace(/\.$/, '');
}
