/**
 * What search sees, in one place. The build feeds these records to Pagefind straight from the
 * loaded corpus (not from the rendered HTML), so indexing can run beside Astro's render and
 * indexes only what a reader searches for: titles, statements, prose, quotes and translations,
 * entity names and aliases, source titles and publishers. Reference lists, status histories,
 * backlinks and navigation are never indexed.
 *
 * Every page gets an English record. A page with Chinese passages (quotes, original titles,
 * Chinese names, <Term>s and <Quote>s in the prose) also gets a Chinese record at the same URL,
 * in a separate index where each Han character is a word (see search-text.ts), so a Chinese
 * query finds exactly the passages that contain it. Both records carry the same meta and
 * filters, so a result looks and filters the same whichever index found it.
 */
import type { ContentGraph, ValidEntry } from '../corpus/index';
import { parsePartialDate } from '../schema/common';
import { KINDS, type Kind } from '../schema/index';
import { claimEvidence } from './claim-evidence';
import { KIND_LABEL, sourceTitle } from './present';
import { bodyText, indexableChinese, splitChinese } from './search-text';
import { routeOf } from './urls';

/** The filters a reader narrows results by, in the order the search page shows them (status first); values are the words shown beside the checkboxes. */
export const SEARCH_FILTERS = ['status', 'kind', 'topic', 'entity', 'source type', 'language', 'year'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];
/**
 * Shown with a result, never offered as a filter: a claim's evidence summary. Pagefind searches
 * meta values, so a line every claim has ("sources", "archived") would match every claim there;
 * filter values are not searched, and claims share few distinct lines.
 */
export const SHOWN_FILTERS = ['evidence'] as const;
export type ShownFilter = (typeof SHOWN_FILTERS)[number];

export type SearchLanguage = 'en' | 'zh';

export interface SearchRecord {
  /** The page, as a path inside the site (`/claims/x/`); the browser adds the base path. */
  url: string;
  language: SearchLanguage;
  /** The text searched and quoted in excerpts (title and summary are searched as meta). */
  content: string;
  /**
   * Shown with each result. Pagefind also searches meta values, with titles weighted highest,
   * so only words worth finding go here: status, kind and topic travel as filters instead.
   */
  meta: { title: string; summary: string; date?: string };
  filters: Partial<Record<SearchFilter | ShownFilter, string[]>>;
  /** Orders results newest or oldest first: YYYYMMDD as digits (see `dateSortKey`). */
  dateKey: string;
}

/** The date order key: YYYYMMDD as digits, a missing month or day as 00, an undated entry as 0. */
function dateSortKey(date: string | undefined): string {
  const d = date ? parsePartialDate(date) : undefined;
  if (!d) return '0';
  return `${d.year}${String(d.month ?? 0).padStart(2, '0')}${String(d.day ?? 0).padStart(2, '0')}`;
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
const nameOfLanguage = new Map<string, string>();

/** "Chinese" for `zh`, `zh-Hans` and `zh-Hant` alike: readers filter by language, not script. */
function languageName(tag: string): string {
  const primary = tag.split('-')[0];
  let name = nameOfLanguage.get(primary);
  if (name === undefined) {
    try {
      name = languageNames.of(primary) ?? primary;
    } catch {
      name = primary;
    }
    nameOfLanguage.set(primary, name);
  }
  return name;
}

/** The URL of an entry's page inside the site, without the base path. */
function recordUrl(entry: { kind: Kind; id: string }): string {
  return `/${routeOf(entry.kind)}/${entry.id}/`;
}

/** Every search record of the corpus, English records first. */
export function searchRecords(graph: ContentGraph): SearchRecord[] {
  const records: SearchRecord[] = [];
  const zh: SearchRecord[] = [];
  for (const kind of Object.keys(KINDS) as Kind[]) {
    for (const entry of graph.list(kind)) {
      const page = describe(graph, entry);
      const text = splitChinese(page.text.join('\n'));
      // Chinese in a title or summary is searchable too (their English is searched as meta).
      const chinese = [page.meta.title, page.meta.summary].flatMap((t) => splitChinese(t).chinese).concat(text.chinese);
      const filters = Object.fromEntries(Object.entries(page.filters).filter(([, values]) => values.length > 0).map(([name, values]) => [name, [...new Set(values)]]));
      const base = { url: recordUrl(entry), meta: page.meta, filters, dateKey: dateSortKey(page.meta.date) };
      // Pagefind drops a record with no content, meta or not: a page with no text to add
      // (a source without an original title, say) is indexed by its summary.
      records.push({ ...base, language: 'en', content: text.other || page.meta.summary });
      if (chinese.length > 0) zh.push({ ...base, language: 'zh', content: chinese.map(indexableChinese).join('\n') });
    }
  }
  return [...records, ...zh];
}

interface Page {
  meta: SearchRecord['meta'];
  filters: SearchRecord['filters'];
  /** Text to index; its Chinese passages go to the Chinese record, the rest to the English one. */
  text: string[];
}

function describe(graph: ContentGraph, entry: ValidEntry<Kind>): Page {
  switch (entry.kind) {
    case 'claim':
      return claimPage(graph, entry as ValidEntry<'claim'>);
    case 'source':
      return sourcePage(entry as ValidEntry<'source'>);
    case 'entity':
      return entityPage(graph, entry as ValidEntry<'entity'>);
    case 'topic':
      return topicPage(entry as ValidEntry<'topic'>);
    case 'review':
      return reviewPage(graph, entry as ValidEntry<'review'>);
    case 'question':
      return questionPage(graph, entry as ValidEntry<'question'>);
    case 'series':
      return seriesPage(graph, entry as ValidEntry<'series'>);
  }
}

function claimPage(graph: ContentGraph, claim: ValidEntry<'claim'>): Page {
  const d = claim.data;
  const sources = d.evidence.map((e) => graph.get('source', e.source)?.data).filter((s) => s !== undefined);
  const entities = d.entities.map((id) => graph.get('entity', id)?.data).filter((e) => e !== undefined);
  // A claim is dated by the event, else by the date it holds as of, else by its newest source.
  const published = sources.map((s) => s.published).filter((p) => p !== 'unknown').sort();
  const date = d.event_date ?? d.as_of ?? published[published.length - 1];
  const text = [bodyText(claim.html ?? '')];
  for (const e of d.evidence) text.push(e.quote.text, e.quote.translation ?? '');
  for (const entity of entities) text.push(entity.name, ...entity.aliases, entity.name_zh ?? '');
  return {
    meta: { title: d.title, summary: d.statement, ...(date && { date }) },
    filters: {
      kind: [KIND_LABEL.claim.one],
      topic: [topicTitle(graph, d.topic)],
      status: [d.status],
      entity: entities.map((e) => e.name),
      'source type': sources.map((s) => sourceTypeLabel(s.type)),
      language: sources.map((s) => languageName(s.language)),
      year: yearOf(date),
      evidence: [claimEvidence(graph, claim).line],
    },
    text,
  };
}

function sourcePage(source: ValidEntry<'source'>): Page {
  const s = source.data;
  const date = s.published === 'unknown' ? s.event_date : s.published;
  return {
    meta: { title: sourceTitle(s), summary: [s.publisher, ...s.authors].join(', '), ...(date && { date }) },
    filters: {
      kind: [KIND_LABEL.source.one],
      'source type': [sourceTypeLabel(s.type)],
      language: [languageName(s.language)],
      year: yearOf(date),
    },
    text: [s.original_title ?? '', s.read_at?.host ?? '', ...s.identifiers.map((i) => i.value)],
  };
}

function entityPage(graph: ContentGraph, entity: ValidEntry<'entity'>): Page {
  const e = entity.data;
  const date = e.dates.map((x) => x.date).sort()[0];
  return {
    meta: { title: e.name, summary: e.description, ...(date && { date }) },
    filters: { kind: [KIND_LABEL.entity.one], entity: [e.name], year: yearOf(date) },
    text: [e.name_zh ?? '', e.aliases.join(', '), ...e.dates.map((x) => x.event)],
  };
}

function topicPage(topic: ValidEntry<'topic'>): Page {
  return {
    meta: { title: topic.data.title, summary: topic.data.summary },
    filters: { kind: [KIND_LABEL.topic.one], topic: [topic.data.title] },
    text: [bodyText(topic.html ?? '')],
  };
}

function reviewPage(graph: ContentGraph, review: ValidEntry<'review'>): Page {
  const r = review.data;
  const source = graph.get('source', r.source)?.data;
  const date = source && source.published !== 'unknown' ? source.published : r.reviewed.date;
  return {
    meta: { title: r.title, summary: r.summary, date },
    filters: { kind: [KIND_LABEL.review.one], year: yearOf(date) },
    text: [bodyText(review.html ?? ''), ...r.assertions.flatMap((a) => [a.quote, a.note])],
  };
}

function questionPage(graph: ContentGraph, question: ValidEntry<'question'>): Page {
  const q = question.data;
  return {
    meta: { title: q.title, summary: q.known, date: q.opened },
    filters: { kind: [KIND_LABEL.question.one], topic: [topicTitle(graph, q.topic)], year: yearOf(q.opened) },
    text: [q.wanted],
  };
}

function seriesPage(graph: ContentGraph, series: ValidEntry<'series'>): Page {
  const d = series.data;
  return {
    meta: { title: d.title, summary: d.point },
    filters: { kind: [KIND_LABEL.series.one], topic: d.topics.map((t) => topicTitle(graph, t)) },
    text: [d.comparability],
  };
}

function topicTitle(graph: ContentGraph, id: string): string {
  return graph.get('topic', id)?.data?.title ?? id;
}

function sourceTypeLabel(type: string): string {
  return type.replace(/-/g, ' ');
}

function yearOf(date: string | undefined): string[] {
  const parsed = date ? parsePartialDate(date) : undefined;
  return parsed ? [String(parsed.year)] : [];
}
