/**
 * Words and dates as readers see them: status explanations, role names, partial dates in prose.
 * One place, so every page and feed says the same thing.
 */
import { parsePartialDate } from '../schema/common';
import type { ClaimStatus, EvidenceRole } from '../schema/claim';
import type { EntityKind } from '../schema/entity';
import type { Kind } from '../schema/index';
import type { ReliabilityRating, SourceType } from '../schema/source';
import { EVIDENCE_KINDS } from '../schema/claim';
import { ACCESS_NOTE_KINDS } from '../schema/source';
import { SITE } from './config';

export const STATUS_MEANING: Record<ClaimStatus, string> = {
  established: 'Confirmed by an authoritative primary document or by independent, reliable sources.',
  reported: 'Reported by credible sources, but not independently confirmed.',
  contested: 'Sources disagree; the evidence on each side is shown.',
  unverified: 'Asserted by a source nobody has verified, and no confirmation was found.',
  refuted: 'Shown to be false by the evidence.',
  superseded: 'Replaced by a newer claim, linked below.',
};

export const STATUS_LABEL: Record<ClaimStatus, string> = {
  established: 'Established',
  reported: 'Reported',
  contested: 'Contested',
  unverified: 'Unverified',
  refuted: 'Refuted',
  superseded: 'Superseded',
};

export const ROLE_LABEL: Record<EvidenceRole, string> = {
  supports: 'Supports',
  contests: 'Contests',
  context: 'Context',
};

export const ROLE_MEANING: Record<EvidenceRole, string> = {
  supports: 'The source says what the claim says.',
  contests: 'The source says otherwise, or casts doubt on the claim.',
  context: 'The source gives background without deciding the claim.',
};

export const RATING_LABEL: Record<ReliabilityRating, string> = {
  'generally-reliable': 'Generally reliable',
  marginal: 'Marginal',
  unreliable: 'Unreliable',
  deprecated: 'Deprecated',
  retracted: 'Retracted',
};

/** What a source's reliability rating tells a reader, in a line. */
export const RATING_MEANING: Record<ReliabilityRating, string> = {
  'generally-reliable': 'An established publisher or an official text; still read with the note below.',
  marginal: 'Usable with care: read in a copy, unverified in parts, or from a publisher with an interest.',
  unreliable: 'Not to be relied on alone; claims resting on it need other sources.',
  deprecated: 'No longer used as evidence; kept so readers can see what was cited.',
  retracted: 'Withdrawn by its publisher; claims resting on it are being reviewed.',
};

type Labels<T extends string> = Record<T, string>;
const sentenceCase = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).replace(/-/g, ' ');
const labels = <T extends string>(values: readonly T[], overrides: Partial<Labels<T>> = {}): Labels<T> =>
  Object.fromEntries(values.map((v) => [v, overrides[v] ?? sentenceCase(v)])) as Labels<T>;

/** "Read in a copy", "Geo-blocked" ... */
export const ACCESS_NOTE_LABEL = labels(ACCESS_NOTE_KINDS, {
  'read-in-copy': 'Read in a copy',
  mirror: 'Read on a mirror',
  'geo-blocked': 'Geo-blocked',
  'unofficial-translation': 'Unofficial translation',
  'date-approximate': 'Date approximate',
  'partial-text': 'Partial text',
});

/** "Court record", "Seller's assertion" ... */
export const EVIDENCE_KIND_LABEL = labels(EVIDENCE_KINDS, { 'seller-assertion': "Seller's assertion", 'law-text': 'Text of the law' });

export const SOURCE_TYPE_LABEL: Labels<SourceType> = {
  news: 'News report',
  report: 'Report',
  law: 'Law',
  'official-statement': 'Official statement',
  'court-record': 'Court record',
  academic: 'Academic work',
  dataset: 'Dataset',
  'web-page': 'Web page',
};

export const ENTITY_KIND_LABEL: Labels<EntityKind> = {
  law: 'Law',
  agency: 'Agency',
  company: 'Company',
  program: 'Program',
  incident: 'Incident',
  platform: 'Platform',
  place: 'Place',
  organization: 'Organization',
};

export const KIND_LABEL: Record<Kind, { one: string; many: string }> = {
  claim: { one: 'Claim', many: 'Claims' },
  source: { one: 'Source', many: 'Sources' },
  topic: { one: 'Topic', many: 'Topics' },
  entity: { one: 'Entity', many: 'Entities' },
  review: { one: 'Review', many: 'Reviews' },
  question: { one: 'Open question', many: 'Open questions' },
  series: { one: 'Figures', many: 'Figures' },
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "21 November 2024", "November 2024", "2024", or "date unknown". */
export function formatDate(value: string | undefined): string {
  if (!value || value === 'unknown') return 'date unknown';
  const d = parsePartialDate(value);
  if (!d) return value;
  if (d.month === undefined) return String(d.year);
  if (d.day === undefined) return `${MONTHS[d.month - 1]} ${d.year}`;
  return `${d.day} ${MONTHS[d.month - 1]} ${d.year}`;
}

/** Sort key for dates given to the year, month or day: earlier first, "unknown" last. */
export function dateKey(value: string | undefined): string {
  return !value || value === 'unknown' ? '9999' : value;
}

/**
 * A source's title as readers see it. Where the headline was not seen, `title` is the editors'
 * description, shown in square brackets as descriptions of untitled works are in APA, MLA and Chicago.
 */
export function sourceTitle(s: { title: string; descriptive_title?: boolean }): string {
  return s.descriptive_title ? `[${s.title}]` : s.title;
}

/** Said beside a descriptive title wherever there is room for a hint. */
export const DESCRIPTIVE_TITLE_HINT = 'description by the editors; the headline was not seen';

/** The name an entry goes by in lists and links: its title (a source's as readers see it), or an entity's name. */
export function entryTitle(entry: { id: string; data?: unknown }): string {
  const data = entry.data as { title?: string; name?: string; descriptive_title?: boolean } | undefined;
  if (data?.title !== undefined) return sourceTitle({ title: data.title, descriptive_title: data.descriptive_title });
  return data?.name ?? entry.id;
}

/** Days between two YYYY-MM-DD dates. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** A claim not reviewed for this long is flagged to readers as due for review. */
export const STALE_AFTER_DAYS = 365;

/** Today as YYYY-MM-DD (UTC): the build date, for staleness notes. BUILD_DATE fixes it for reproducible builds. */
export function buildDate(): string {
  return process.env.BUILD_DATE ?? new Date().toISOString().slice(0, 10);
}

/**
 * Where a reader proposes a correction to an entry: the repository's editor for the file, or,
 * when the site has no repository configured, undefined (pages then name the file to edit).
 */
export function correctionUrl(file: string): string | undefined {
  return SITE.repository ? `${SITE.repository}/edit/${SITE.branch}/${file.split('/').map(encodeURIComponent).join('/')}` : undefined;
}

/** The history of an entry file in the repository, when one is configured. */
export function historyUrl(file: string): string | undefined {
  return SITE.repository ? `${SITE.repository}/commits/${SITE.branch}/${file.split('/').map(encodeURIComponent).join('/')}` : undefined;
}

/** A commit in the repository, when one is configured. */
export function commitUrl(commit: string): string | undefined {
  return SITE.repository ? `${SITE.repository}/commit/${commit}` : undefined;
}

/** Escapes text placed between tags, where only `&` and `<` matter (keeps pasted code compact). */
export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
