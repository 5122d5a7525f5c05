/**
 * One content file, start to finish: name, bytes, frontmatter, YAML, schema, body, references and
 * (for the site) HTML. Collects everything the cross-file judgement needs, with positions.
 * Nothing here runs contributor code, and nothing throws at the caller: every failure becomes a
 * diagnostic on the file.
 */
import { diagnostic, FILE_START, type Diagnostic, type Span } from '../diagnostics/diagnostic';
import { ID_PATTERN, windowsDeviceName } from '../schema/common';
import { KINDS, kindOfFolder, type DataOf, type Kind } from '../schema/index';
import { entryPath } from '../site/urls';
import { parseBody, type Body, type Heading, type Reference } from './body';
import { scanBody, scanYaml, type CapViolation } from './caps';
import { emptyBody } from './checks/claim-writing';
import { ENTRY_CHECKS, type EntryCheckContext } from './checks/index';
import { todayAnywhere } from './checks/dates';
import { splitFrontmatter } from './frontmatter';
import { PositionIndex } from './position';
import { renderBody } from './render';
import { validateData } from './validate';
import { parseYaml, type ParsedYaml } from './yaml';

/** Largest file read, in bytes: an entry is a few kilobytes, so this leaves ample room. */
export const MAX_FILE_BYTES = 256 * 1024;

export interface ParsedEntry<K extends Kind = Kind> {
  kind: K;
  id: string;
  /** Path shown to contributors, relative to the parent of the content folder (`content/claims/x.mdx`). */
  file: string;
  /** The validated data; undefined when the frontmatter did not validate. */
  data?: DataOf[K];
  /** Every reference to another entry, from fields and from the body. */
  references: Reference[];
  headings: Heading[];
  /** True when the body could not be read (a syntax error or a cap), so its headings are unknown. */
  bodyUnread?: boolean;
  /** Source ids in reference-list order: reference n is `referenceOrder[n - 1]`. */
  referenceOrder: string[];
  /** The body as HTML, when rendering was asked for and the body parsed. */
  html?: string;
  /** Where some fields are, for checks across files that report on them (`statement`, `reliability.rating` ...). */
  fields?: Record<string, Span>;
  /**
   * The first day on which this file's diagnostics may change by themselves: a date reported as in
   * the future stops being so. Cached results are reused only before it.
   */
  recheckOn?: string;
  diagnostics: Diagnostic[];
}

/** Fields whose positions checks across files report at. */
const REPORTED_FIELDS: Record<string, readonly (string | number)[][]> = {
  claim: [['statement'], ['status'], ['reviewed', 'date'], ['evidence', 0, 'quote', 'text']],
  source: [['reliability', 'rating'], ['published']],
  review: [['reviewed', 'date']],
};

export interface ProcessOptions {
  /** Render the body to HTML (the site does; the checker does not need to). */
  render: boolean;
  /** The site's base path, for rewritten links. */
  base: string;
  /** Today's date (YYYY-MM-DD) for dates in the future; defaults to the date where it is latest on Earth. */
  today?: string;
}

export interface EntryFile {
  /** Path shown to contributors (`content/claims/x.mdx`). */
  file: string;
  /** Path inside the content folder (`claims/x.mdx`). */
  contentPath: string;
  bytes: Uint8Array;
}

export function processEntry(input: EntryFile, options: ProcessOptions): ParsedEntry {
  const [folder, name = ''] = input.contentPath.split('/');
  const kind = kindOfFolder(folder) ?? 'claim';
  const extension = KINDS[kind].extension;
  const id = name.endsWith(extension) ? name.slice(0, -extension.length) : name.replace(/\.[^.]*$/, '');
  const entry: ParsedEntry = { kind, id, file: input.file, references: [], headings: [], referenceOrder: [], diagnostics: [] };
  try {
    readEntry(entry, input, options);
  } catch (error) {
    entry.diagnostics.push(
      diagnostic(input.file, FILE_START, 'internal-error', `The pipeline failed on this file: ${(error as Error)?.message ?? String(error)}.`),
    );
  }
  return entry;
}

function readEntry(entry: ParsedEntry, input: EntryFile, options: ProcessOptions): void {
  const { file } = input;
  const spec = KINDS[entry.kind];
  const [folder, name] = input.contentPath.split('/');
  if (!kindOfFolder(folder) || !name.endsWith(spec.extension)) {
    entry.diagnostics.push(
      diagnostic(file, FILE_START, 'file-name', `"${name}" is not an entry file: files in ${folder}/ end in ${spec.extension}.`, `Rename it to ${entry.id}${spec.extension}, or move it out of the content folder.`),
    );
    return;
  }
  const device = windowsDeviceName(name);
  if (device) {
    entry.diagnostics.push(
      diagnostic(file, FILE_START, 'file-name', `The file name "${name}" is the device ${device} to Windows, which reserves the name in any case and with any extension: Windows cannot create the file, nor its page's folder in the offline edition.`, `Rename it with a word added, for example to ${suggestId(entry.id)}-entry${spec.extension}.`),
    );
  } else if (!ID_PATTERN.test(entry.id) || entry.id.length > 80) {
    entry.diagnostics.push(
      diagnostic(file, FILE_START, 'file-name', `The file name "${name}" is not a kebab-case id of at most 80 characters.`, `Rename it, for example to ${suggestId(entry.id)}${spec.extension}.`),
    );
  }
  if (input.bytes.length > MAX_FILE_BYTES) {
    entry.diagnostics.push(
      diagnostic(file, FILE_START, 'file-too-large', `The file is ${Math.ceil(input.bytes.length / 1024)} KB; entries are at most ${MAX_FILE_BYTES / 1024} KB.`),
    );
    return;
  }
  const text = decode(input.bytes);
  if (text === undefined) {
    const { offset, byte } = firstInvalidByte(input.bytes);
    const before = new PositionIndex(new TextDecoder().decode(input.bytes.subarray(0, offset)));
    const at = before.point(Number.MAX_SAFE_INTEGER);
    entry.diagnostics.push(
      diagnostic(file, { ...at, endLine: at.line, endColumn: at.column + 1 }, 'file-encoding', `The file is not UTF-8 text: the byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} here does not belong to a UTF-8 character.`),
    );
    return;
  }
  const positions = new PositionIndex(text);
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    entry.diagnostics.push(diagnostic(file, positions.span(nul, nul + 1), 'file-encoding', 'The file contains a NUL byte here; text files have none.'));
    return;
  }
  const capped = (found: CapViolation, offset: number) =>
    entry.diagnostics.push(diagnostic(file, positions.span(offset + found.offset), found.rule, found.message, found.fix));

  let yamlText = text;
  let yamlOffset = 0;
  let bodyText: string | undefined;
  let bodyOffset = 0;
  if (spec.hasBody) {
    const split = splitFrontmatter(file, text, positions);
    entry.diagnostics.push(...split.diagnostics);
    if (!split.frontmatter) return;
    ({ yaml: yamlText, yamlOffset, body: bodyText, bodyOffset } = split.frontmatter);
  }

  const yamlCap = scanYaml(yamlText);
  if (yamlCap) return void capped(yamlCap, yamlOffset);
  const yaml = parseYaml(file, yamlText, yamlOffset, positions);
  entry.diagnostics.push(...yaml.diagnostics);
  if (yaml.value !== undefined) {
    const unquoted = new Set(yaml.diagnostics.filter((d) => d.rule === 'date-unquoted').map((d) => `${d.line}:${d.column}`));
    const validated = validateData(file, spec.schema, yaml, entry.kind, entry.id);
    // An unquoted date's type or format error says the same thing again.
    const repeats = (d: Diagnostic) => (d.rule === 'wrong-type' || d.rule === 'invalid-date') && unquoted.has(`${d.line}:${d.column}`);
    entry.diagnostics.push(...validated.diagnostics.filter((d) => !repeats(d)));
    entry.data = validated.data as DataOf[Kind] | undefined;
  }
  if (entry.data) {
    runEntryChecks(entry, yaml, options.today ?? todayAnywhere());
    const fields = [...(REPORTED_FIELDS[entry.kind] ?? []), ...figureFields(entry)];
    if (fields.length > 0) entry.fields = Object.fromEntries(fields.map((path) => [path.join('.'), yaml.spanOf(path)]));
  }
  entry.references.push(...fieldReferences(entry, yaml));

  if (bodyText === undefined) return;
  if (entry.kind === 'claim') {
    const fence = yamlOffset + yamlText.length;
    const empty = emptyBody(file, bodyText, positions.span(fence, fence + 3));
    if (empty) entry.diagnostics.push(empty);
  }
  const bodyCap = scanBody(bodyText);
  if (bodyCap) {
    entry.bodyUnread = true;
    return void capped(bodyCap, bodyOffset);
  }
  // Citations are held to the evidence list only when the YAML could be read to find it.
  const evidence = entry.kind === 'claim' && yaml.value !== undefined ? evidenceSources(yaml.value) : undefined;
  const { body, diagnostics } = parseBody(bodyText, { file, contentPath: input.contentPath, offset: bodyOffset, positions, evidence, sentences: options.render });
  entry.diagnostics.push(...diagnostics);
  if (!body) {
    entry.bodyUnread = true;
    return;
  }
  entry.references.push(...body.references);
  entry.headings = body.headings;
  entry.referenceOrder = referenceOrder(entry, body);
  if (options.render) {
    const numbers = new Map(entry.referenceOrder.map((source, i) => [source, i + 1]));
    entry.html = renderBody(body.tree, { urlOf: (key) => entryPath(options.base, key), numberOf: (s) => numbers.get(s) });
  }
}

/** The fields of a claim's figures that the series checks report at (`figures.0.unit`, `figures.0.date`). */
function figureFields(entry: ParsedEntry): (string | number)[][] {
  if (entry.kind !== 'claim') return [];
  return (entry.data as DataOf['claim']).figures.flatMap((_, i) => [
    ['figures', i, 'unit'],
    ['figures', i, 'date'],
  ]);
}

/** Runs the checks on the entry's validated data for its kind. */
function runEntryChecks(entry: ParsedEntry, yaml: ParsedYaml, today: string): void {
  const context: EntryCheckContext = {
    kind: entry.kind,
    id: entry.id,
    data: entry.data!,
    spanOf: yaml.spanOf,
    today,
    report: (span, rule, message, fix) => entry.diagnostics.push(diagnostic(entry.file, span, rule, message, fix)),
    dependsOnToday: (date) => {
      if (entry.recheckOn === undefined || date < entry.recheckOn) entry.recheckOn = date;
    },
  };
  for (const check of ENTRY_CHECKS[entry.kind] as ((ctx: EntryCheckContext) => void)[]) check(context);
}

/**
 * References an entry's fields make to other entries, positioned at the id. Read from the YAML even
 * when other fields fail validation, so broken references are reported in the same run.
 */
function fieldReferences(entry: ParsedEntry, yaml: ParsedYaml): Reference[] {
  const value = entry.data ?? yaml.value;
  if (value === null || typeof value !== 'object') return [];
  const found: Reference[] = [];
  for (const field of KINDS[entry.kind].references) {
    for (const { path, value: id } of expand(value, field.path.split('.'))) {
      if (typeof id !== 'string' || !ID_PATTERN.test(id)) continue;
      found.push({
        to: { kind: field.kind, id },
        via: 'field',
        field: path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join(''),
        span: yaml.spanOf(path),
      });
    }
  }
  return found;
}

/** Every value at a dotted path in which `*` means each item of a list. */
function expand(value: unknown, segments: string[], path: (string | number)[] = []): { path: (string | number)[]; value: unknown }[] {
  if (segments.length === 0) return [{ path, value }];
  const [head, ...rest] = segments;
  if (head === '*') {
    return Array.isArray(value) ? value.flatMap((item, i) => expand(item, rest, [...path, i])) : [];
  }
  if (value === null || typeof value !== 'object' || !Object.hasOwn(value, head)) return [];
  return expand((value as Record<string, unknown>)[head], rest, [...path, head]);
}

/**
 * The order of the reference list. A claim lists every evidence source: those the body cites first,
 * in order of first citation, then the rest in evidence order. Other entries list what they cite.
 */
function referenceOrder(entry: ParsedEntry, body: Body): string[] {
  if (entry.kind !== 'claim' || !entry.data) return body.cited;
  const evidence = (entry.data as DataOf['claim']).evidence.map((e) => e.source);
  const listed = new Set(evidence);
  const cited = body.cited.filter((s) => listed.has(s));
  return [...new Set([...cited, ...evidence])];
}

/** The sources a claim lists as evidence, read even when other fields fail validation. */
function evidenceSources(value: unknown): Set<string> {
  const evidence = (value as { evidence?: unknown } | undefined)?.evidence;
  const items = Array.isArray(evidence) ? evidence : [];
  return new Set(items.map((e) => (e as { source?: unknown } | null)?.source).filter((s): s is string => typeof s === 'string'));
}

function decode(bytes: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return undefined;
  }
}

/** Where the first byte that is not part of valid UTF-8 is, and its value. */
function firstInvalidByte(bytes: Uint8Array): { offset: number; byte: number } {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return { offset: i, byte: b };
    const sequence = bytes.subarray(i, i + length);
    try {
      if (sequence.length < length) throw new Error('truncated');
      new TextDecoder('utf-8', { fatal: true }).decode(sequence);
    } catch {
      return { offset: i, byte: b };
    }
    i += length;
  }
  return { offset: 0, byte: bytes[0] ?? 0 };
}

function suggestId(name: string): string {
  return (
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'new-entry'
  );
}
