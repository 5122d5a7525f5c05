/**
 * Lookups pages need across entries, read from the graph's incoming edges so that no page scans
 * the whole corpus: the claims of a topic, the claims resting on a source, the claims about an
 * entity, the entries that mention a claim.
 */
import type { ContentGraph, ValidEntry } from '../corpus/index';
import type { Evidence } from '../schema/claim';
import type { Kind } from '../schema/index';
import { dateKey } from './present';

function validClaims(entries: Iterable<{ kind: Kind; data?: unknown }>): ValidEntry<'claim'>[] {
  const seen = new Set<unknown>();
  const out: ValidEntry<'claim'>[] = [];
  for (const e of entries) {
    if (e.kind !== 'claim' || e.data === undefined || seen.has(e)) continue;
    seen.add(e);
    out.push(e as ValidEntry<'claim'>);
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Claims whose `topic` is this topic, by id. */
export function claimsOfTopic(graph: ContentGraph, topicId: string): ValidEntry<'claim'>[] {
  return validClaims(graph.incoming({ kind: 'topic', id: topicId }, ['field']).filter((e) => e.reference.field === 'topic').map((e) => e.from));
}

/** Open questions filed under this topic. */
export function questionsOfTopic(graph: ContentGraph, topicId: string): ValidEntry<'question'>[] {
  return graph
    .incoming({ kind: 'topic', id: topicId }, ['field'])
    .map((e) => e.from)
    .filter((e): e is ValidEntry<'question'> => e.kind === 'question' && e.data !== undefined);
}

/** Claims that list this entity, or link to it in their prose. */
export function claimsAboutEntity(graph: ContentGraph, entityId: string): ValidEntry<'claim'>[] {
  return validClaims(graph.incoming({ kind: 'entity', id: entityId }, ['field', 'link']).map((e) => e.from));
}

/** Each claim resting on a source, with the evidence item that cites it. */
export function usesOfSource(graph: ContentGraph, sourceId: string): { claim: ValidEntry<'claim'>; evidence: Evidence; number: number }[] {
  const claims = validClaims(graph.incoming({ kind: 'source', id: sourceId }, ['field']).filter((e) => e.reference.field?.startsWith('evidence')).map((e) => e.from));
  return claims.map((claim) => ({
    claim,
    evidence: claim.data.evidence.find((x) => x.source === sourceId)!,
    number: claim.referenceOrder.indexOf(sourceId) + 1,
  }));
}

/** Entries other than claims that cite or mention an entry (reviews, questions, topics, entities). */
export function otherMentions(graph: ContentGraph, key: { kind: Kind; id: string }): ValidEntry<Kind>[] {
  const seen = new Set<unknown>();
  const out: ValidEntry<Kind>[] = [];
  for (const e of graph.incoming(key)) {
    if (e.from.kind === 'claim' || e.from.data === undefined || seen.has(e.from)) continue;
    seen.add(e.from);
    out.push(e.from as ValidEntry<Kind>);
  }
  return out;
}

/** Claims sorted by a date, newest first, ties by id. */
export function newestFirst<T extends { id: string }>(items: T[], dateOf: (item: T) => string | undefined): T[] {
  return items
    .map((item) => ({ item, key: dateKey(dateOf(item)) }))
    .sort((a, b) => (a.key === '9999' ? 1 : 0) - (b.key === '9999' ? 1 : 0) || (a.key < b.key ? 1 : a.key > b.key ? -1 : a.item.id < b.item.id ? -1 : 1))
    .map((x) => x.item);
}
