/**
 * The corpus as open data (documented in docs/data.md): one record per claim for JSON and CSV,
 * sources as CSL-JSON, entities and topics as JSON. Records are built from the same entries the
 * pages show; ids are the entries' file names and never change.
 */
import type { ContentGraph, ValidEntry } from '../corpus/index';
import type { Figure } from '../schema/figure';
import { permalink, revisionDate, sourceCsl, versionUrl, type CiteContext, type CslItem } from './cite';
import { claimVersions } from './claim-history';
import type { SiteCorpus } from './corpus';
import { claimEvidence } from './claim-evidence';
import { claimSources } from './citations';
import { CONTENT_LICENCE } from './licence';
import { seriesPoints } from './series-points';
import { sitePath } from './urls';

/** Version of the record layout below; raised when a field changes meaning or is removed. */
export const DATA_VERSION = 1;

/** The licence every JSON file states (content/LICENSE.md), with what it does not cover. */
export const DATA_LICENSE = { id: CONTENT_LICENCE.id, name: CONTENT_LICENCE.name, url: CONTENT_LICENCE.url, excludes: CONTENT_LICENCE.exception };

/** Records by claim: claims.json, claims.csv and the per-claim files all use them, so each is built once. */
const records = new WeakMap<ValidEntry<'claim'>, ClaimRecord>();

export function claimRecord(corpus: SiteCorpus, claim: ValidEntry<'claim'>, ctx: CiteContext): ClaimRecord {
  let record = records.get(claim);
  if (!record) records.set(claim, (record = buildClaimRecord(corpus, claim, ctx)));
  return record;
}

function buildClaimRecord(corpus: SiteCorpus, claim: ValidEntry<'claim'>, ctx: CiteContext) {
  const d = claim.data;
  const changed = corpus.changed.get(claim.file);
  const supersededBy = corpus.graph
    .incoming(claim, ['field'])
    .filter((e) => e.from.kind === 'claim' && e.reference.field?.startsWith('supersedes'))
    .map((e) => e.from.id);
  const versions = claimVersions(corpus.history, claim);
  const standing = claimEvidence(corpus.graph, claim);
  return {
    id: claim.id,
    url: permalink(ctx, claim),
    data_url: ctx.siteUrl + sitePath(ctx.base, `data/claims/${claim.id}.json`),
    title: d.title,
    statement: d.statement,
    topic: d.topic,
    status: d.status,
    status_history: d.status_history,
    status_reason: standing.reason,
    evidence_summary: {
      text: standing.line,
      sources: standing.summary.sources,
      independent_publishers: standing.summary.publishers,
      official_texts: standing.summary.officialTexts,
      read_in_copies: standing.summary.readInCopies,
      archived: standing.summary.archived,
      contesting: standing.summary.contesting,
    },
    established_despite: standing.despiteDoubtful ?? null,
    as_of: d.as_of ?? null,
    event_date: d.event_date ?? null,
    entities: d.entities,
    related: d.related,
    supersedes: d.supersedes,
    superseded_by: supersededBy,
    reviewed: { date: d.reviewed.date, by: d.reviewed.by ?? null },
    last_changed: changed ?? null,
    revision_date: revisionDate(d, changed),
    version: versions.current?.number ?? null,
    versions:
      versions.state === 'recorded'
        ? versions.all.map((v) => ({
            version: v.number,
            date: v.date,
            commit: v.commit,
            changes: v.changes,
            status: v.entry.data.status,
            statement: v.entry.data.statement,
            url: versionUrl(ctx, claim.id, v.number),
          }))
        : null,
    version_history: versions.state,
    evidence: d.evidence.map((e) => ({
      source: e.source,
      reference: claim.referenceOrder.indexOf(e.source) + 1,
      role: e.role,
      kind: e.kind ?? null,
      locator: e.locator ?? null,
      quote: { text: e.quote.text, language: e.quote.language, translation: e.quote.translation ?? null, translator: e.quote.translator ?? null },
      note: e.note ?? null,
    })),
    figures: d.figures.map(figureRecord),
    file: claim.file,
  };
}
export type ClaimRecord = ReturnType<typeof buildClaimRecord>;

/** One claim with its sources as CSL-JSON: `/data/claims/<id>.json`. */
export function claimFile(corpus: SiteCorpus, claim: ValidEntry<'claim'>, ctx: CiteContext) {
  return {
    version: DATA_VERSION,
    license: DATA_LICENSE,
    claim: claimRecord(corpus, claim, ctx),
    sources: claimSources(corpus, claim).map((id) => sourceItem(corpus, id)),
  };
}

/** A source as CSL-JSON with this project's fields (reliability, access notes, archives) under `custom`. */
export function sourceItem(corpus: SiteCorpus, id: string): CslItem {
  return sourceCsl(id, corpus.graph.get('source', id)!.data!, { full: true });
}

export function entityRecord(entity: ValidEntry<'entity'>, ctx: CiteContext) {
  return { id: entity.id, url: ctx.siteUrl + sitePath(ctx.base, `entities/${entity.id}/`), ...entity.data };
}

/** A figure with every optional field present (null where not given), as in claims.json and series.json. */
export function figureRecord(f: Figure) {
  return {
    series: f.series,
    value: f.value ?? null,
    low: f.low ?? null,
    high: f.high ?? null,
    qualifier: f.qualifier ?? null,
    unit: f.unit,
    counts: f.counts,
    date: f.date,
    until: f.until ?? null,
    source: f.source,
    counted_by: f.counted_by,
    method: f.method,
  };
}

/** A series with its points, each a figure with the claim it comes from: `/data/series.json`. */
export function seriesRecord(graph: ContentGraph, series: ValidEntry<'series'>, ctx: CiteContext) {
  return {
    id: series.id,
    url: permalink(ctx, series),
    csv_url: ctx.siteUrl + sitePath(ctx.base, `figures/${series.id}.csv`),
    ...series.data,
    points: seriesPoints(graph, series.id).map((p) => ({ claim: p.claim.id, claim_url: permalink(ctx, p.claim), ...figureRecord(p.figure) })),
  };
}

/** The columns of a series' CSV (`/figures/<id>.csv`), in order. */
export const SERIES_CSV_COLUMNS = ['date', 'until', 'value', 'low', 'high', 'qualifier', 'unit', 'counts', 'method', 'source', 'counted_by', 'claim', 'claim_url'] as const;

export function seriesCsvRows(graph: ContentGraph, series: ValidEntry<'series'>, ctx: CiteContext): string[][] {
  const n = (x: number | undefined) => (x === undefined ? '' : String(x));
  return seriesPoints(graph, series.id).map((p) => {
    const f = p.figure;
    return [f.date, f.until ?? '', n(f.value), n(f.low), n(f.high), f.qualifier ?? '', f.unit, f.counts, f.method, f.source, f.counted_by, p.claim.id, permalink(ctx, p.claim)];
  });
}

export function topicRecord(topic: ValidEntry<'topic'>, ctx: CiteContext) {
  return { id: topic.id, url: ctx.siteUrl + sitePath(ctx.base, `topics/${topic.id}/`), ...topic.data };
}

/** The columns of claims.csv, in order. */
export const CSV_COLUMNS = [
  'id',
  'url',
  'title',
  'statement',
  'topic',
  'status',
  'status_since',
  'as_of',
  'event_date',
  'reviewed',
  'last_changed',
  'entities',
  'sources',
  'supports',
  'contests',
  'context',
] as const;

export function csvRow(record: ClaimRecord): string[] {
  const bySource = (role: string) => record.evidence.filter((e) => e.role === role).map((e) => e.source).join(';');
  return [
    record.id,
    record.url,
    record.title,
    record.statement,
    record.topic,
    record.status,
    record.status_history.at(-1)!.date,
    record.as_of ?? '',
    record.event_date ?? '',
    record.reviewed.date,
    record.last_changed ?? '',
    record.entities.join(';'),
    [...new Set(record.evidence.map((e) => e.source))].join(';'),
    bySource('supports'),
    bySource('contests'),
    bySource('context'),
  ];
}

/**
 * A formula start: `=`, `+`, `-`, `@` (or their full-width forms) at the start of the field or
 * after any separator a spreadsheet may split a field on (`;`, tab, comma, line break), spaces
 * allowed before it.
 */
const FORMULA_START = /(^|[;,\t\r\n])([ \t]*)(?=[=+\-@\uff1d\uff0b\uff0d\uff20])/g;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. Every formula start
 * gets an apostrophe before it, as OWASP advises, so no cell a spreadsheet makes of the field runs
 * as a formula; docs/data.md says so.
 */
export function csvField(value: string): string {
  const safe = value.replace(FORMULA_START, "$1$2'");
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(',') + '\r\n';
}
