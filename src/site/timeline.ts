/**
 * The timeline, built only from typed dates: events in the life of entities (with the source that
 * dates them), the dates of the events claims describe, and the publication of sources.
 */
import type { ContentGraph, ValidEntry } from '../corpus/index';
import type { ClaimStatus } from '../schema/claim';
import { parsePartialDate } from '../schema/common';

export type TimelineEvent =
  | { type: 'entity'; date: string; entity: ValidEntry<'entity'>; event: string; source?: ValidEntry<'source'> }
  | { type: 'claim'; date: string; claim: ValidEntry<'claim'>; status: ClaimStatus }
  | { type: 'publication'; date: string; source: ValidEntry<'source'> };

export const EVENT_TYPE_LABEL: Record<TimelineEvent['type'], string> = {
  entity: 'Event',
  claim: 'Claim',
  publication: 'Published',
};

/**
 * Every dated event, oldest first; within a date, events before claims before publications.
 * For one entity: its own dates and the event dates of the claims about it.
 */
export function timelineEvents(graph: ContentGraph, filter?: { entity: string; claims: ValidEntry<'claim'>[] }): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const entities = filter?.entity ? [graph.get('entity', filter.entity) as ValidEntry<'entity'>] : graph.list('entity');
  for (const entity of entities) {
    for (const d of entity.data.dates) {
      const source = graph.get('source', d.source);
      events.push({ type: 'entity', date: d.date, entity, event: d.event, source: source?.data ? (source as ValidEntry<'source'>) : undefined });
    }
  }
  if (filter) {
    for (const claim of filter.claims) if (claim.data.event_date) events.push({ type: 'claim', date: claim.data.event_date, claim, status: claim.data.status });
  } else {
    for (const claim of graph.list('claim')) if (claim.data.event_date) events.push({ type: 'claim', date: claim.data.event_date, claim, status: claim.data.status });
    for (const source of graph.list('source')) if (parsePartialDate(source.data.published)) events.push({ type: 'publication', date: source.data.published, source });
  }
  const order = { entity: 0, claim: 1, publication: 2 };
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : order[a.type] - order[b.type]));
}

/** Events grouped by year, in order. */
export function byYear(events: TimelineEvent[]): { year: string; events: TimelineEvent[] }[] {
  const years: { year: string; events: TimelineEvent[] }[] = [];
  for (const event of events) {
    const year = event.date.slice(0, 4);
    if (years.at(-1)?.year !== year) years.push({ year, events: [] });
    years.at(-1)!.events.push(event);
  }
  return years;
}
