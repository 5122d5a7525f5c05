/**
 * The content graph: every entry by kind and id, and every reference between entries, indexed both
 * ways. The checker judges references on it; the site reads backlinks and reverse indexes (the
 * claims resting on a source, the claims about an entity) from the same edges.
 */
import type { Reference, Via } from '../pipeline/body';
import type { ParsedEntry } from '../pipeline/entry';
import type { EntryKey } from '../pipeline/link';
import type { DataOf, Kind } from '../schema/index';

export function keyOf(key: EntryKey): string {
  return `${key.kind}:${key.id}`;
}

/** A reference seen from its target: which entry made it, and how. */
export interface Edge {
  from: ParsedEntry;
  reference: Reference;
}

/** An entry whose data validated, typed by kind. */
export type ValidEntry<K extends Kind> = ParsedEntry<K> & { data: DataOf[K] };

export class ContentGraph {
  /** Entries by key; a second file with the same key is kept in `duplicates`. */
  readonly entries = new Map<string, ParsedEntry>();
  readonly duplicates: ParsedEntry[] = [];
  private readonly incomingEdges = new Map<string, Edge[]>();
  private readonly byKind = new Map<Kind, ParsedEntry[]>();

  constructor(entries: readonly ParsedEntry[]) {
    for (const entry of entries) {
      const key = keyOf(entry);
      if (this.entries.has(key)) {
        this.duplicates.push(entry);
        continue;
      }
      this.entries.set(key, entry);
      const list = this.byKind.get(entry.kind) ?? [];
      list.push(entry);
      this.byKind.set(entry.kind, list);
    }
    for (const entry of this.entries.values()) {
      for (const reference of entry.references) {
        const key = keyOf(reference.to);
        const list = this.incomingEdges.get(key) ?? [];
        list.push({ from: entry, reference });
        this.incomingEdges.set(key, list);
      }
    }
    for (const list of this.byKind.values()) list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  has(key: EntryKey): boolean {
    return this.entries.has(keyOf(key));
  }

  get<K extends Kind>(kind: K, id: string): ParsedEntry<K> | undefined {
    return this.entries.get(`${kind}:${id}`) as ParsedEntry<K> | undefined;
  }

  /** Ids of every entry of a kind, valid or not. */
  ids(kind: Kind): string[] {
    return (this.byKind.get(kind) ?? []).map((e) => e.id);
  }

  /** Entries of a kind whose data validated, sorted by id. */
  list<K extends Kind>(kind: K): ValidEntry<K>[] {
    return (this.byKind.get(kind) ?? []).filter((e) => e.data !== undefined) as ValidEntry<K>[];
  }

  /** References made to an entry, optionally only of some kinds (citations, links ...), one per linking entry and way. */
  incoming(key: EntryKey, via?: readonly Via[]): Edge[] {
    const edges = this.incomingEdges.get(keyOf(key)) ?? [];
    return via ? edges.filter((e) => via.includes(e.reference.via)) : edges;
  }
}
