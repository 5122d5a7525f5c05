/**
 * Pandoc-style citations in prose: `[@source-id]`, `[@source-id, p. 4]`, `[see @a, pp. 3-4; @b]`,
 * and the locator grammar they share with the Quote component's `locator` prop.
 */
import type { Locator } from '../schema/claim';
import { ID_PATTERN } from '../schema/common';

export interface CitationItem {
  /** Id of the cited source. */
  source: string;
  /** Text before the key, e.g. "see". */
  prefix?: string;
  /** The locator as written, e.g. "p. 4". */
  locatorText?: string;
  /** The locator read into fields. */
  locator?: Locator;
}

/** A bracketed group whose content has an `@key` at its start or after a space or semicolon. */
const GROUP = /\[([^[\]]*?(?<=[[\s;])@[^[\]]*)\]/g;
/** An opening bracket with a citation key that is not closed in the same run of text. */
export const UNCLOSED_CITATION = /\[[^[\]]*(?<=[[\s;])@[a-z0-9-]*[^[\]]*$/;

export interface CitationMatch {
  /** Offset of "[" in the text searched. */
  start: number;
  /** Offset after "]". */
  end: number;
  items: CitationItem[];
  /** Why the group is not a valid citation, if it is not. */
  problem?: string;
}

/** Finds every citation group in a run of text. */
export function findCitations(text: string): CitationMatch[] {
  const found: CitationMatch[] = [];
  for (const m of text.matchAll(GROUP)) {
    const start = m.index!;
    const parsed = parseCitationGroup(m[1]);
    found.push({ start, end: start + m[0].length, ...parsed });
  }
  return found;
}

function parseCitationGroup(content: string): { items: CitationItem[]; problem?: string } {
  const items: CitationItem[] = [];
  for (const part of content.split(';')) {
    const m = /^\s*(.*?)\s*@([^\s,;]+)\s*(?:,\s*(.*?))?\s*$/s.exec(part);
    if (!m) return { items, problem: `"${part.trim()}" has no @source-id; each part of a citation separated by ";" names one source` };
    const [, prefix, key, locatorText] = m;
    if (!ID_PATTERN.test(key)) {
      return { items, problem: `"@${key}" is not a source id; ids are kebab-case, for example @reuters-shanghai-police-leak-2022` };
    }
    const item: CitationItem = { source: key };
    if (prefix) item.prefix = prefix;
    if (locatorText !== undefined) {
      const locator = parseLocator(locatorText);
      if (typeof locator === 'string') return { items, problem: locator };
      item.locatorText = locatorText;
      item.locator = locator;
    }
    items.push(item);
  }
  return { items };
}

const LABELS: { pattern: RegExp; field: keyof Locator }[] = [
  { pattern: /^(?:pp?\.|pages?)\s*/i, field: 'page' },
  { pattern: /^(?:para\.|paras\.|paragraph|¶)\s*/i, field: 'paragraph' },
  { pattern: /^(?:sec\.|section|§|art\.|article)\s*/i, field: 'section' },
  { pattern: /^(?:at)\s+/i, field: 'timestamp' },
];

/**
 * Reads a locator such as `p. 4`, `pp. 12-13`, `para. 3`, `sec. Article 37`, `art. 37`, `at 1:02:30`.
 * Returns the fields, or a sentence saying what is wrong.
 */
export function parseLocator(text: string): Locator | string {
  const trimmed = text.trim();
  for (const { pattern, field } of LABELS) {
    const m = pattern.exec(trimmed);
    if (!m) continue;
    const value = trimmed.slice(m[0].length).trim();
    if (!value) return `the locator "${trimmed}" has a label but no value`;
    if (field === 'paragraph') {
      if (!/^\d+$/.test(value) || Number(value) < 1) return `the paragraph in "${trimmed}" should be a whole number, e.g. "para. 3"`;
      return { paragraph: Number(value) };
    }
    if (field === 'timestamp') {
      if (!/^(?:\d+:)?[0-5]?\d:[0-5]\d$/.test(value)) return `the time in "${trimmed}" should look like "at 4:05" or "at 1:02:30"`;
      return { timestamp: value };
    }
    if (field === 'section') {
      const article = /^(?:art\.|article)/i.test(m[0]);
      return { section: article ? `Article ${value}` : value };
    }
    return { page: value };
  }
  return `the locator "${trimmed}" does not start with a known label (p., pp., para., sec., art. or at)`;
}

/** The locator written back in citation form, for display. */
export function formatLocator(locator: Locator): string {
  const parts: string[] = [];
  if (locator.section) parts.push(locator.section.startsWith('Article ') ? `art. ${locator.section.slice(8)}` : `sec. ${locator.section}`);
  if (locator.paragraph !== undefined) parts.push(`para. ${locator.paragraph}`);
  if (locator.page) parts.push(/[-–,]/.test(locator.page) ? `pp. ${locator.page}` : `p. ${locator.page}`);
  if (locator.timestamp) parts.push(`at ${locator.timestamp}`);
  return parts.join(', ');
}
