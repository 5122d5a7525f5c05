/**
 * Words and dates as readers see them: status explanations, role names, partial dates in prose.
 * One place, so every page and feed says the same thing.
 */
import { parsePartialDate } from '../schema/common';
import type { ClaimStatus, EvidenceRole } from '../schema/claim';
import type { Kind } from '../schema/index';
import type { ReliabilityRating, SourceData } from '../schema/source';

export const STATUS_MEANING: Record<ClaimStatus, string> = {
  established: 'Confirmed by an authoritative primary document or by independent, reliable sources.',
  reported: 'Reported by credible sources, but not independently confirmed.',
  contested: 'Sources disagree; the evidence on each side is shown.',
  unverified: 'Asserted by a source nobody has verified, and no confirmation was found.',
  refuted: 'Shown to be false by the evidence.',
  superseded: 'Replaced by a newer claim, linked below.',
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

export const KIND_LABEL: Record<Kind, { one: string; many: string }> = {
  claim: { one: 'Claim', many: 'Claims' },
  source: { one: 'Source', many: 'Sources' },
  topic: { one: 'Topic', many: 'Topics' },
  entity: { one: 'Entity', many: 'Entities' },
  review: { one: 'Review', many: 'Reviews' },
  question: { one: 'Open question', many: 'Open questions' },
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

/** Whether a source was read somewhere other than the publisher's own page. */
export function readInCopy(source: SourceData): boolean {
  return source.read_at !== undefined;
}

/** Sort key for dates given to the year, month or day: earlier first, "unknown" last. */
export function dateKey(value: string | undefined): string {
  return !value || value === 'unknown' ? '9999' : value;
}

/** The name an entry goes by in lists and links: its title, or an entity's name. */
export function entryTitle(entry: { id: string; data?: unknown }): string {
  const data = entry.data as { title?: string; name?: string } | undefined;
  return data?.title ?? data?.name ?? entry.id;
}
