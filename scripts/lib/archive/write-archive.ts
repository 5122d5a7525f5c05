/**
 * Adds an archived copy to a source's YAML and leaves every other byte as it was: comments, folded
 * text, quoting and key order. The `yaml` library's document API finds where `archives` (or the
 * `no_archive` note it replaces) sits and writes the new item; the edit is a splice at those
 * offsets, because re-serialising the whole document would re-fold long text. The result is parsed
 * again and must hold exactly the old data plus the new copy, or nothing is written.
 */
import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, type Node, type Pair } from 'yaml';

export interface ArchivedCopy {
  url: string;
  /** YYYY-MM-DD. */
  date: string;
}

const OPTIONS = { version: '1.2', schema: 'core' } as const;

/** `- url: …` / `  date: "…"` at an indent, as the document API writes it (dates quoted, as the checker wants). */
function itemLines(copy: ArchivedCopy, indent: string): string {
  const date = new Scalar(copy.date);
  date.type = Scalar.QUOTE_DOUBLE;
  const doc = new Document([{ url: copy.url, date }], OPTIONS);
  // Written with nothing folded: a long URL stays on one line.
  return doc
    .toString({ lineWidth: 0 })
    .trimEnd()
    .split('\n')
    .map((line) => indent + line)
    .join('\n');
}

const keyIs = (pair: Pair, name: string) => isScalar(pair.key) && pair.key.value === name;
const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
const lineEnd = (text: string, offset: number) => {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end;
};

/** The source text with the copy added to `archives` (and a `no_archive` note removed, since a copy now exists). */
export function withArchivedCopy(text: string, copy: ArchivedCopy): string {
  const doc = parseDocument(text, OPTIONS);
  if (doc.errors.length || !isMap(doc.contents)) throw new Error('the file is not a YAML mapping that parses');
  const root = doc.contents;
  const archives = root.items.find((p) => keyIs(p, 'archives'));
  const note = root.items.find((p) => keyIs(p, 'no_archive'));
  let next: string;
  if (archives && isSeq(archives.value) && !archives.value.flow && archives.value.items.length) {
    // After the last item, at the indent of the first.
    const seq = archives.value;
    const indent = ' '.repeat(seq.range![0] - lineStart(text, seq.range![0]));
    const last = seq.items.at(-1) as Node;
    const at = lineEnd(text, last.range![1] - 1);
    next = `${text.slice(0, at)}\n${itemLines(copy, indent)}${text.slice(at)}`;
  } else if (archives) {
    // `archives: []` or `archives:` with nothing: the value becomes a block list.
    const key = archives.key as Node;
    const value = archives.value as Node | null;
    const from = key.range![1];
    const to = value?.range ? value.range[1] : from;
    const colon = text.indexOf(':', from);
    next = `${text.slice(0, colon + 1)}\n${itemLines(copy, '  ')}${text.slice(Math.max(to, colon + 1))}`;
  } else if (note) {
    // The note's place, from its first line to the end of its (possibly folded) value.
    const start = lineStart(text, (note.key as Node).range![0]);
    const value = note.value as Node;
    const end = lineEnd(text, value.range![1] - 1);
    next = `${text.slice(0, start)}archives:\n${itemLines(copy, '  ')}${text.slice(end)}`;
  } else {
    next = `${text.replace(/\n*$/, '\n')}archives:\n${itemLines(copy, '  ')}\n`;
  }
  if (archives && note) next = withoutNote(next);
  check(text, next, copy);
  return next;
}

/** Removes `no_archive` from a text that has `archives` too. */
function withoutNote(text: string): string {
  const doc = parseDocument(text, OPTIONS);
  const note = isMap(doc.contents) ? doc.contents.items.find((p) => keyIs(p, 'no_archive')) : undefined;
  if (!note) return text;
  const start = lineStart(text, (note.key as Node).range![0]);
  const end = lineEnd(text, (note.value as Node).range![1] - 1);
  return text.slice(0, start) + text.slice(Math.min(text.length, end + 1));
}

function check(before: string, after: string, copy: ArchivedCopy): void {
  const old = parseDocument(before, OPTIONS).toJS() as Record<string, unknown>;
  const parsed = parseDocument(after, OPTIONS);
  const expected: Record<string, unknown> = { ...old, archives: [...((old.archives as unknown[] | undefined) ?? []), { url: copy.url, date: copy.date }] };
  delete expected.no_archive;
  const actual = parsed.toJS() as Record<string, unknown>;
  if (parsed.errors.length || !isDeepStrictEqual(sorted(actual), sorted(expected))) {
    throw new Error('adding the archived copy would change more than the archives; edit this file by hand');
  }
}

const sorted = (value: Record<string, unknown>) => Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)));
