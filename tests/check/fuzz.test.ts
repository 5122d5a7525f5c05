/**
 * Seeded fuzzing: thousands of random mutations of valid entries (byte flips, deleted lines,
 * duplicated keys, injected JSX and URLs) through the real pipeline and the cross-file judgement.
 * Every mutation must be answered without a crash and within a second of CPU time. Whether a mutation made the
 * file invalid is decided apart from the checker:
 *  - duplicated keys, injected JSX and injected URLs are invalid by construction, and each must get
 *    the diagnostic its rule names;
 *  - for byte flips and deleted lines, an independent oracle reads the file (UTF-8 decoder, a fence
 *    search, `yaml.parse`, the zod schema, and the ids that exist). When the oracle finds it invalid,
 *    the checker must report an error. When the checker reports none, the file must read to the same
 *    data as the oracle reads, and its HTML may hold only the elements and links the renderer makes.
 * FUZZ_SEED and FUZZ_RUNS explore further; the defaults keep the suite deterministic.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYamlValue } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ContentGraph } from '../../src/corpus/graph';
import { judge } from '../../src/corpus/judge';
import type { Diagnostic } from '../../src/diagnostics/diagnostic';
import type { RuleId } from '../../src/diagnostics/rules';
import { processEntry, type ParsedEntry } from '../../src/pipeline/entry';
import { KINDS, kindOfFolder, type Kind } from '../../src/schema/index';
import { FIXTURE_TODAY, RULE_FIXTURES } from '../helpers/rule-fixtures';
import { seededRandom } from '../../scripts/lib/seeded-random';

const SEED = Number(process.env.FUZZ_SEED ?? 20261129);
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const OPTIONS = { render: true, base: '/', today: FIXTURE_TODAY };

interface Base {
  contentPath: string;
  file: string;
  bytes: Uint8Array;
  entry: ParsedEntry;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const bases: Base[] = [join(RULE_FIXTURES, '_base/content'), 'tests/fixtures/fuzz/content'].flatMap((dir) =>
  files(dir).map((path) => {
    const contentPath = relative(dir, path).split('\\').join('/');
    const file = `content/${contentPath}`;
    const bytes = new Uint8Array(readFileSync(path));
    return { contentPath, file, bytes, entry: processEntry({ file, contentPath, bytes }, OPTIONS) };
  }),
);
const ids = new Map<Kind, Set<string>>();
for (const b of bases) {
  const kind = b.entry.kind;
  ids.set(kind, new Set([...(ids.get(kind) ?? []), b.entry.id]));
}

type Expectation =
  /** The mutation is invalid by construction: one of these rules must be reported at this line (any line if undefined). */
  | { kind: 'rules'; rules: RuleId[]; line?: number }
  /** Byte flips and deleted lines: the oracle decides. */
  | { kind: 'oracle' };

interface Mutation {
  name: string;
  bytes: Uint8Array;
  expect: Expectation;
}

const JSX: [string, RuleId[]][] = [
  ['<script>alert(1)</script>', ['raw-html']],
  ['<img src="https://tracker.example.com/p.png" onerror="steal()" />', ['raw-html']],
  ['<Chart data="x" />', ['unknown-component']],
  ['<Qoute source="wire-story" lang="en">x</Qoute>', ['unknown-component']],
  ['Prices rose {process.env.SECRET} percent.', ['mdx-expression']],
  ['<Term {...props}>x</Term>', ['mdx-expression']],
  ['<Aside kind={"note"}>x</Aside>', ['mdx-expression']],
  ['import fs from "node:fs"', ['mdx-esm']],
  ['export const leak = 1', ['mdx-esm']],
  ['<Quote lang="en">no source</Quote>', ['component-props']],
  ['<Aside kind="warning">x</Aside>', ['component-props']],
  ['<div>never closed', ['mdx-syntax']],
];

const LINKS: [string, RuleId[]][] = [
  ['[x](javascript:alert(1))', ['unsafe-link']],
  ['[x](JaVaScRiPt:alert(1))', ['unsafe-link']],
  ['[x](java&#x09;script:alert(1))', ['unsafe-link']],
  ['[x](data:text/html;base64,PHNjcmlwdD4=)', ['unsafe-link']],
  ['[x](vbscript:msgbox(1))', ['unsafe-link']],
  ['[x](file:///etc/passwd)', ['unsafe-link']],
  ['[x](//evil.example.com/x)', ['unsafe-link']],
  ['[x](https://user:pw@example.org/)', ['unsafe-link']],
  ['[x](http://localhost:8080/)', ['unsafe-link']],
  ['[x](http://192.168.1.1/admin)', ['unsafe-link']],
  ['[x](https:example.org)', ['unsafe-link']],
  ['[x](/claims/database-offered/)', ['link-outside-content']],
  ['[x](../claims/no-such-claim.mdx)', ['broken-link']],
  ['![x](https://tracker.example.com/p.png)', ['remote-image']],
  ['[x](https://news.example.org/story?utm_source=feed)', ['tracking-parameter']],
];

const FIELD_URLS: [string, RuleId[]][] = [
  ['"javascript:alert(1)"', ['unsafe-url']],
  ['"http:/x.example.org"', ['unsafe-url']],
  ['"https://user:pw@news.example.org/x"', ['unsafe-url']],
  ['"http://127.0.0.1/x"', ['unsafe-url']],
  ['"https://news.example.org/a b"', ['unsafe-url']],
  ['"https://news.example.org/x?fbclid=abc"', ['tracking-parameter']],
];

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function mutate(base: Base, rnd: () => number): Mutation {
  const pick = <T,>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const text = decoder.decode(base.bytes);
  const lines = text.split('\n');
  const hasBody = KINDS[base.entry.kind].hasBody;
  const fenceEnd = hasBody ? lines.indexOf('---', 1) : lines.length;
  const choice = rnd();

  if (choice < 0.3) {
    const bytes = base.bytes.slice();
    const flips = 1 + Math.floor(rnd() * 3);
    for (let i = 0; i < flips; i++) bytes[Math.floor(rnd() * bytes.length)] ^= 1 + Math.floor(rnd() * 255);
    return { name: `flip ${flips} byte(s)`, bytes, expect: { kind: 'oracle' } };
  }
  if (choice < 0.5) {
    const at = Math.floor(rnd() * lines.length);
    return { name: `delete line ${at + 1}`, bytes: encoder.encode([...lines.slice(0, at), ...lines.slice(at + 1)].join('\n')), expect: { kind: 'oracle' } };
  }
  if (choice < 0.65) {
    const keys = lines.map((l, i) => ({ l, i })).filter(({ l, i }) => i < fenceEnd && /^\s*[a-z_]+:/.test(l));
    const { l, i } = pick(keys);
    const copy = [...lines.slice(0, i + 1), l, ...lines.slice(i + 1)];
    return { name: `duplicate key line ${i + 1}`, bytes: encoder.encode(copy.join('\n')), expect: { kind: 'rules', rules: ['yaml-duplicate-key'], line: i + 2 } };
  }
  if (hasBody && choice < 0.82) {
    const [snippet, rules] = pick(JSX);
    return { name: `inject ${snippet}`, bytes: encoder.encode(`${text.trimEnd()}\n\n${snippet}\n`), expect: { kind: 'rules', rules: [...rules, 'mdx-syntax'] } };
  }
  if (hasBody) {
    const [link, rules] = pick(LINKS);
    const paragraph = `See ${link} for more.`;
    return { name: `inject ${link}`, bytes: encoder.encode(`${text.trimEnd()}\n\n${paragraph}\n`), expect: { kind: 'rules', rules, line: text.trimEnd().split('\n').length + 2 } };
  }
  const [url, rules] = pick(FIELD_URLS);
  // Archive addresses embed the archived URL, query and all, so tracking parameters are not theirs to drop.
  const pattern = rules.includes('tracking-parameter') ? /^(?: {2})?url: / : /^\s*(?:- )?url: /;
  const urlLines = lines.map((l, i) => ({ l, i })).filter(({ l }) => pattern.test(l));
  if (urlLines.length === 0) {
    const at = Math.floor(rnd() * lines.length);
    return { name: `delete line ${at + 1}`, bytes: encoder.encode([...lines.slice(0, at), ...lines.slice(at + 1)].join('\n')), expect: { kind: 'oracle' } };
  }
  const { l, i } = pick(urlLines);
  const copy = [...lines];
  copy[i] = l.replace(/url: .*/, `url: ${url}`);
  return { name: `set url on line ${i + 1} to ${url}`, bytes: encoder.encode(copy.join('\n')), expect: { kind: 'rules', rules, line: i + 1 } };
}

/** The oracle: whether the bytes are a valid entry, judged without the checker's code. */
function oracle(base: Base, bytes: Uint8Array): { valid: true; data: unknown } | { valid: false; why: string } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { valid: false, why: 'not UTF-8' };
  }
  if (text.includes('\0')) return { valid: false, why: 'NUL byte' };
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const kind = base.entry.kind;
  let yamlText = text;
  if (KINDS[kind].hasBody) {
    const m = /^---[ \t]*\r?\n([\s\S]*?)^---[ \t]*\r?$/m.exec(text);
    if (!m || m.index !== 0) return { valid: false, why: 'no frontmatter' };
    yamlText = m[1];
  }
  let value: unknown;
  try {
    value = parseYamlValue(yamlText, { uniqueKeys: true, schema: 'core' });
  } catch (error) {
    return { valid: false, why: `YAML: ${(error as Error).message.split('\n')[0]}` };
  }
  const parsed = KINDS[kind].schema.safeParse(value ?? {});
  if (!parsed.success) return { valid: false, why: `schema: ${parsed.error.issues[0].message}` };
  for (const field of KINDS[kind].references) {
    for (const id of valuesAt(parsed.data, field.path.split('.'))) {
      if (!ids.get(field.kind)?.has(id as string)) return { valid: false, why: `no ${field.kind} "${String(id)}"` };
    }
  }
  return { valid: true, data: parsed.data };
}

function valuesAt(value: unknown, path: string[]): unknown[] {
  if (path.length === 0) return [value];
  const [head, ...rest] = path;
  if (head === '*') return Array.isArray(value) ? value.flatMap((v) => valuesAt(v, rest)) : [];
  if (value === null || typeof value !== 'object' || !Object.hasOwn(value, head)) return [];
  return valuesAt((value as Record<string, unknown>)[head], rest);
}

const SAFE_TAGS = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'em', 'strong', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'hr', 'br', 'sup', 'figure', 'figcaption', 'aside', 'span']);
const SAFE_ATTRIBUTES = new Set(['href', 'class', 'id', 'lang', 'rel', 'aria-label', 'start']);

/** Why the HTML holds something the renderer never makes from valid content, or undefined. */
function unsafeHtml(html: string): string | undefined {
  for (const [, name, attributes] of html.matchAll(/<\/?([^\s>/]+)([^>]*)>/g)) {
    if (!SAFE_TAGS.has(name)) return `element <${name}>`;
    for (const [, attribute, value] of attributes.matchAll(/([^\s=]+)="([^"]*)"/g)) {
      if (!SAFE_ATTRIBUTES.has(attribute)) return `attribute ${attribute}`;
      if (attribute === 'href' && !/^(?:https?:\/\/[^/]|mailto:|\/|#)/.test(value)) return `href ${value}`;
    }
  }
  return undefined;
}

/**
 * Processes a mutated file and judges it with the other entries. Time is the CPU time the work took
 * (user and system), not wall time: on a shared machine a 3 ms parse can wait a second for a core.
 */
function check(base: Base, bytes: Uint8Array): { entry: ParsedEntry; diagnostics: Diagnostic[]; ms: number } {
  const started = process.cpuUsage();
  const entry = processEntry({ file: base.file, contentPath: base.contentPath, bytes }, OPTIONS);
  const used = process.cpuUsage(started);
  const ms = (used.user + used.system) / 1000;
  const graph = new ContentGraph([entry, ...bases.filter((b) => b !== base).map((b) => b.entry)]);
  return { entry, diagnostics: [...entry.diagnostics, ...judge(graph).filter((d) => d.file === base.file)], ms };
}

describe(`fuzzing valid entries (seed ${SEED}, ${RUNS} mutations)`, () => {
  it('starts from entries that are valid', () => {
    const graph = new ContentGraph(bases.map((b) => b.entry));
    expect([...bases.flatMap((b) => b.entry.diagnostics), ...judge(graph)]).toEqual([]);
    for (const b of bases) expect(oracle(b, b.bytes).valid, b.file).toBe(true);
  });

  it('answers every mutation within a second, without an internal error, with a diagnostic for every invalid one', () => {
    const rnd = seededRandom(SEED);
    const failures: string[] = [];
    const seen = { invalid: 0, byConstruction: 0, validWithoutDiagnostics: 0 };
    let slowest = 0;
    for (let run = 0; run < RUNS; run++) {
      const base = bases[Math.floor(rnd() * bases.length)];
      const mutation = mutate(base, rnd);
      const { entry, diagnostics, ms } = check(base, mutation.bytes);
      slowest = Math.max(slowest, ms);
      const where = `#${run} ${base.file}: ${mutation.name}`;
      const errors = diagnostics.filter((d) => d.severity === 'error');
      if (ms > 1000) failures.push(`${where}: took ${Math.round(ms)} ms of CPU time`);
      if (diagnostics.some((d) => d.rule === 'internal-error')) failures.push(`${where}: internal error ${diagnostics.find((d) => d.rule === 'internal-error')!.message}`);
      if (mutation.expect.kind === 'rules') {
        seen.byConstruction++;
        const { rules, line } = mutation.expect;
        if (!diagnostics.some((d) => rules.includes(d.rule) && (line === undefined || d.line === line))) {
          failures.push(`${where}: expected ${rules.join(' or ')}${line ? ` on line ${line}` : ''}, got ${diagnostics.map((d) => `${d.line}:${d.rule}`).join(', ') || 'nothing'}`);
        }
        continue;
      }
      const verdict = oracle(base, mutation.bytes);
      if (!verdict.valid) {
        seen.invalid++;
        if (errors.length === 0) failures.push(`${where}: the oracle found it invalid (${verdict.why}) but the checker reported no error`);
        continue;
      }
      if (errors.length > 0) continue;
      seen.validWithoutDiagnostics++;
      if (JSON.stringify(entry.data) !== JSON.stringify(verdict.data)) failures.push(`${where}: the checker read different data than the oracle`);
      const unsafe = unsafeHtml(entry.html ?? '');
      if (unsafe) failures.push(`${where}: no error, yet the HTML holds ${unsafe}`);
    }
    expect(failures.slice(0, 20)).toEqual([]);
    expect(slowest).toBeLessThan(1000);
    // The mix must exercise each way of judging, or the test proves little.
    expect(seen.byConstruction).toBeGreaterThan(RUNS / 4);
    expect(seen.invalid).toBeGreaterThan(RUNS / 20);
    expect(seen.validWithoutDiagnostics).toBeGreaterThan(RUNS / 20);
  }, 300_000);
});
