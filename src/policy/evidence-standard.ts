/**
 * The evidence standard, written once: what each status needs from a claim's evidence, how sources
 * count as independent, which texts are primary, which numbers a quote must show, and when a review
 * is due. The checker (`src/corpus/checks/standard.ts`, `src/pipeline/checks/standard.ts`), the claim
 * page's summary, the maintenance list, the about page and the tests all read it from here.
 *
 * Not under `src/schema/`: it is a judgement over a claim and the sources it names, not the shape of
 * one kind of entry. It imports only the schemas' types and constants, and the number reader the
 * figures use (src/pipeline/stated-numbers.ts).
 */
import { readNumbers } from '../pipeline/stated-numbers';
import type { ClaimData, ClaimStatus, Evidence } from '../schema/claim';
import { DOUBTFUL_RATINGS, RELIABILITY_RATINGS, type ReliabilityRating, type SourceData, type SourceType } from '../schema/source';

/** What each status needs, in the words readers and contributors see (about page, docs/rules.md). */
export const EVIDENCE_STANDARD: Record<ClaimStatus, string> = {
  established:
    'two supporting sources from independent publishers (a reprint, syndication or copy counts as its original), at least one not rated unreliable, deprecated or retracted; or one primary text (a law, court record or official statement, in the issuer\'s own words) rated generally reliable',
  reported: 'one supporting source',
  contested: 'an evidence item that contests the claim',
  unverified: 'no more than the evidence item every claim has',
  refuted: 'the evidence against: an evidence item that contests the claim',
  superseded: 'no more than the evidence item every claim has; the claim that replaced it carries the evidence',
};

/** A claim not reviewed against its sources for this long is due for review. */
export const REVIEW_DUE_AFTER_DAYS = 365;

/** Source types that are the issuer's own text. */
const PRIMARY_SOURCE_TYPES: readonly SourceType[] = ['law', 'court-record', 'official-statement'];
/** Evidence kinds that say the source is, for this claim, the issuer's own text. */
const PRIMARY_EVIDENCE_KINDS: readonly string[] = ['law-text', 'court-record', 'official-statement'];

export type SourceLookup = (id: string) => SourceData | undefined;

const isDoubtful = (s: SourceData) => DOUBTFUL_RATINGS.includes(s.reliability.rating);
const rank = (rating: ReliabilityRating) => RELIABILITY_RATINGS.indexOf(rating);

/**
 * Whether an evidence item is a primary text for its claim. The item's `kind` says what the source is
 * for this claim; a news story that quotes an official is a report of the statement, not its text,
 * so news never counts, and a secondary summary of a law is not the law.
 */
export function isPrimaryText(item: Evidence, source: SourceData): boolean {
  if (source.type === 'news') return false;
  if (item.kind !== undefined) return PRIMARY_EVIDENCE_KINDS.includes(item.kind);
  return PRIMARY_SOURCE_TYPES.includes(source.type);
}

/**
 * The publisher a source counts as when independence is judged: the original of a reprint
 * (`reprint_of`, followed to its end), else the publisher's name before any parenthesis or comma,
 * where contributors name the host of a copy ("Associated Press (printed by Taipei Times)").
 */
export function publisherKey(id: string, sourceOf: SourceLookup): string {
  let source = sourceOf(id);
  const seen = new Set([id]);
  while (source?.reprint_of && !seen.has(source.reprint_of) && sourceOf(source.reprint_of)) {
    seen.add(source.reprint_of);
    source = sourceOf(source.reprint_of);
  }
  if (!source) return `source:${id}`;
  return source.publisher
    .split(/\s\(|[,;]/)[0]
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^the /, '');
}

interface Item {
  item: Evidence;
  source: SourceData;
}

function itemsOf(claim: ClaimData, sourceOf: SourceLookup, role?: Evidence['role']): Item[] {
  return claim.evidence
    .filter((item) => role === undefined || item.role === role)
    .map((item) => ({ item, source: sourceOf(item.source) }))
    .filter((x): x is Item => x.source !== undefined);
}

/** How an established claim meets the standard, or why it does not. */
function establishedBasis(support: Item[], sourceOf: SourceLookup): { primary: Item[]; publishers: Set<string>; meets: boolean } {
  const primary = support.filter((x) => isPrimaryText(x.item, x.source) && x.source.reliability.rating === 'generally-reliable');
  const publishers = new Set(support.map((x) => publisherKey(x.item.source, sourceOf)));
  const meets = primary.length > 0 || (publishers.size >= 2 && support.some((x) => !isDoubtful(x.source)));
  return { primary, publishers, meets };
}

/** The source a contributor should strengthen first: the lowest-rated, the earliest listed among equals. */
function weakestOf(items: Item[]): Item | undefined {
  return items.reduce<Item | undefined>((weakest, x) => (!weakest || rank(x.source.reliability.rating) > rank(weakest.source.reliability.rating) ? x : weakest), undefined);
}

export interface Standing {
  /** Whether the claim's evidence meets the standard for its status. */
  meets: boolean;
  /** Met with nothing to spare: established on one primary text or exactly two publishers, its doubtful sources left aside. */
  atEdge: boolean;
  /** Supporting sources that are listed as evidence and exist. */
  supporting: number;
  /** Independent publishers among them. */
  publishers: number;
  /** For a claim below the standard: what is missing, as a sentence. */
  shortfall?: string;
  /** The source to strengthen first (for the fix). */
  weakest?: { id: string; rating: ReliabilityRating };
  /** For an established claim with a doubtful supporting source: why it stays established, in one line. */
  despiteDoubtful?: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Judges a claim's evidence against the standard for its status. */
export function assessClaim(claim: ClaimData, sourceOf: SourceLookup): Standing {
  const support = itemsOf(claim, sourceOf, 'supports');
  const publishers = new Set(support.map((x) => publisherKey(x.item.source, sourceOf)));
  const weakestItem = weakestOf(support.length > 0 ? support : itemsOf(claim, sourceOf));
  const weakest = weakestItem && { id: weakestItem.item.source, rating: weakestItem.source.reliability.rating };
  const standing: Standing = { meets: true, atEdge: false, supporting: support.length, publishers: publishers.size, weakest };
  const contests = claim.evidence.some((e) => e.role === 'contests');
  switch (claim.status) {
    case 'established': {
      const basis = establishedBasis(support, sourceOf);
      if (!basis.meets) {
        const doubtful = support.length > 0 && support.every((x) => isDoubtful(x.source)) ? ', none of them rated better than unreliable' : '';
        return {
          ...standing,
          meets: false,
          shortfall: `it has ${plural(support.length, 'supporting source')} from ${plural(publishers.size, 'independent publisher')}${doubtful}, and no primary text rated generally reliable`,
        };
      }
      // At the edge: without its doubtful sources, the claim would have nothing to spare (or fall short).
      const firm = establishedBasis(support.filter((x) => !isDoubtful(x.source)), sourceOf);
      standing.atEdge = !firm.meets || (firm.primary.length === 1 ? firm.publishers.size < 2 : firm.primary.length === 0 && firm.publishers.size === 2);
      const doubtful = support.filter((x) => isDoubtful(x.source));
      if (doubtful.length > 0) {
        const names = doubtful.map((x) => `${x.item.source} (rated ${x.source.reliability.rating})`).join(', ');
        standing.despiteDoubtful = firm.meets
          ? `Established without relying on ${names}: the other supporting sources meet the standard on their own.`
          : `Established on ${plural(publishers.size, 'independent publisher')}, among them ${names}; the standard asks only that one supporting source is not rated doubtful.`;
      }
      return standing;
    }
    case 'reported':
      return support.length > 0 ? standing : { ...standing, meets: false, shortfall: 'no evidence item supports it' };
    case 'contested':
    case 'refuted':
      return contests ? standing : { ...standing, meets: false, shortfall: 'no evidence item contests it' };
    default:
      return standing;
  }
}

/** What a claim's evidence is, counted from the data, for the claim page, its JSON, search and JSON-LD. */
export interface EvidenceSummary {
  sources: number;
  publishers: number;
  officialTexts: number;
  readInCopies: number;
  archived: number;
  contesting: number;
}

export function summarizeEvidence(claim: ClaimData, sourceOf: SourceLookup): EvidenceSummary {
  const items = itemsOf(claim, sourceOf);
  return {
    sources: items.length,
    publishers: new Set(items.map((x) => publisherKey(x.item.source, sourceOf))).size,
    officialTexts: items.filter((x) => isPrimaryText(x.item, x.source)).length,
    readInCopies: items.filter((x) => x.source.read_at !== undefined).length,
    archived: items.filter((x) => x.source.archives.length > 0).length,
    contesting: items.filter((x) => x.item.role === 'contests').length,
  };
}

/** "3 sources from 2 independent publishers · 1 official text · 2 read in copies · 0 archived". */
export function summaryLine(s: EvidenceSummary): string {
  return [
    `${plural(s.sources, 'source')} from ${plural(s.publishers, 'independent publisher')}`,
    plural(s.officialTexts, 'official text'),
    `${s.readInCopies} read in ${s.readInCopies === 1 ? 'a copy' : 'copies'}`,
    `${s.archived} archived`,
    ...(s.contesting > 0 ? [`${s.contesting} against`] : []),
  ].join(' · ');
}

// A number with thousands separators, a decimal part, a currency before it, or a percentage, scale
// word or currency after it: the quantities a reader may quote. Plain small numbers (days, article
// numbers, ages) are left alone; years never match.
const NUMBER = /(?<pre>(?:US\$|HK\$|\$|¥|€|£|RMB|CNY|USD)\s?)?(?<![\p{L}\p{N}.,])(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\p{L}\p{N}]|[.,]\d)(?<post>\s?%|\s(?:percent|per cent|million|billion|trillion|yuan|dollars?|euros?|pounds?|bitcoins?|renminbi)(?![\p{L}]))?/gu;
/**
 * The numbers of a claim's statement that no supporting quote, translation or evidence note gives
 * (for a contested or refuted claim, no supporting or contesting one): each must be in the source's
 * words, or the note must say where it comes from (a sum, a conversion).
 * A number counts as given when a passage states the same value, however written (`12441` for
 * `12,441`, `54亿` for `5.4 billion`, `五千` for `5,000`).
 */
export function unsourcedNumbers(claim: ClaimData): string[] {
  // A contested or refuted claim states the disagreement, so the figures against it are evidence too.
  const counts = (role: Evidence['role']) => role === 'supports' || (role === 'contests' && (claim.status === 'contested' || claim.status === 'refuted'));
  // Read with the figures' own reader (src/pipeline/stated-numbers.ts), so "12,441", "54亿",
  // "5.4 billion" and "五千多" are numbers here exactly as they are on a chart.
  const valuesOf = (text: string) => readNumbers(text).flatMap((n) => [n.value, n.low, n.high].filter((v): v is number => v !== undefined));
  const found = claim.evidence.filter((e) => counts(e.role)).flatMap((e) => [e.quote.text, e.quote.translation ?? '', e.note ?? ''].flatMap(valuesOf));
  const given = (v: number) => found.some((f) => Math.abs(f - v) <= Math.max(Math.abs(f), Math.abs(v)) * 1e-9);
  const missing: string[] = [];
  for (const m of claim.statement.matchAll(NUMBER)) {
    const { pre, n, post } = m.groups!;
    if (!pre && !post && !n.includes(',') && !n.includes('.')) continue;
    if (valuesOf(m[0]).some(given)) continue;
    missing.push(m[0].trim());
  }
  return [...new Set(missing)];
}

/** The day from which a review of `date` is due, YYYY-MM-DD. */
export function reviewDueOn(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + REVIEW_DUE_AFTER_DAYS * 86_400_000).toISOString().slice(0, 10);
}
