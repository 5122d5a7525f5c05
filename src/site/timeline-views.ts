/**
 * The timeline's filtered views, each a page of its own so that filtering needs no JavaScript:
 * what happened (events in the life of entities and the events claims describe) apart from when
 * sources were published, each for one topic or for all. At most (topics + 1) × 4 pages, and only
 * the views that have events are built.
 */
import type { ContentGraph, ValidEntry } from '../corpus/index';
import { claimsAboutEntity, usesOfSource } from './indexes';
import { timelineEvents, type TimelineEvent } from './timeline';

/** `happened` is entity events and claim events together; the others are one type each. */
export const TIMELINE_KINDS = ['happened', 'events', 'claims', 'publications'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export const TIMELINE_KIND_LABEL: Record<TimelineKind, string> = {
  happened: 'What happened',
  events: 'Events of laws, agencies and programs',
  claims: 'Events that claims describe',
  publications: 'Sources published',
};

const TYPES: Record<TimelineKind, TimelineEvent['type'][]> = {
  happened: ['entity', 'claim'],
  events: ['entity'],
  claims: ['claim'],
  publications: ['publication'],
};

export interface TimelineView {
  kind: TimelineKind;
  /** A topic id, or undefined for every topic. */
  topic?: string;
  events: TimelineEvent[];
}

/** The URL path of a view inside the site: `timeline/`, `timeline/publications/`, `timeline/topics/law/claims/`. */
export function timelinePath(view: { kind: TimelineKind; topic?: string }): string {
  return `timeline/${view.topic ? `topics/${view.topic}/` : ''}${view.kind === 'happened' ? '' : `${view.kind}/`}`;
}

/** The topics an event belongs to: a claim's topic, or the topics of the claims about an entity or citing a source. */
function topicsOf(graph: ContentGraph, event: TimelineEvent): Set<string> {
  if (event.type === 'claim') return new Set([event.claim.data.topic]);
  const claims: ValidEntry<'claim'>[] = event.type === 'entity' ? claimsAboutEntity(graph, event.entity.id) : usesOfSource(graph, event.source.id).map((u) => u.claim);
  return new Set(claims.map((c) => c.data.topic));
}

/** Every view with at least one event (the unfiltered view always), by topic order. */
export function timelineViews(graph: ContentGraph): TimelineView[] {
  const all = timelineEvents(graph).map((event) => ({ event, topics: topicsOf(graph, event) }));
  const topics = graph.list('topic').sort((a, b) => a.data.order - b.data.order || (a.id < b.id ? -1 : 1));
  const views: TimelineView[] = [];
  for (const topic of [undefined, ...topics.map((t) => t.id)]) {
    for (const kind of TIMELINE_KINDS) {
      const events = all.filter((e) => TYPES[kind].includes(e.event.type) && (!topic || e.topics.has(topic))).map((e) => e.event);
      if (events.length > 0 || (!topic && kind === 'happened')) views.push({ kind, topic, events });
    }
  }
  return views;
}
