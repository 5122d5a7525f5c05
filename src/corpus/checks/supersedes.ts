/**
 * Supersession: `supersedes` runs one way (no claim replaces itself, no chain leads back), each claim
 * is replaced by at most one other, and a replaced claim says so in its status.
 */
import { FILE_START } from '../../diagnostics/diagnostic';
import type { Reference } from '../../pipeline/body';
import type { ContentGraph, ValidEntry } from '../graph';
import type { CrossFileCheck } from './context';

interface Edge {
  from: ValidEntry<'claim'>;
  to: ValidEntry<'claim'>;
  reference: Reference;
}

const isSupersedes = (r: Reference) => r.via === 'field' && r.field !== undefined && r.field.startsWith('supersedes[');

/** Every supersedes reference between two valid claims, and the self-references apart. */
function edges(graph: ContentGraph): { edges: Edge[]; selves: Edge[] } {
  const found: Edge[] = [];
  const selves: Edge[] = [];
  for (const from of graph.list('claim')) {
    for (const reference of from.references) {
      if (!isSupersedes(reference)) continue;
      const to = graph.get('claim', reference.to.id);
      if (!to?.data) continue;
      (to === from ? selves : found).push({ from, to: to as ValidEntry<'claim'>, reference });
    }
  }
  return { edges: found, selves };
}

export const checkSupersedesCycles: CrossFileCheck = (graph, report) => {
  const { edges: all, selves } = edges(graph);
  for (const { from, reference } of selves) {
    report(from.file, reference.span, 'supersedes-cycle', `Field "${reference.field}" names this claim itself.`, 'Remove it: a claim cannot replace itself.');
  }
  const next = new Map<string, Edge[]>();
  for (const e of all) next.set(e.from.id, [...(next.get(e.from.id) ?? []), e]);
  const component = stronglyConnected([...new Set(all.flatMap((e) => [e.from.id, e.to.id]))].sort(), (id) => (next.get(id) ?? []).map((e) => e.to.id));
  for (const e of all) {
    const c = component.get(e.from.id);
    if (c === undefined || c !== component.get(e.to.id)) continue;
    const path = pathWithin(e.to.id, e.from.id, (id) => (next.get(id) ?? []).map((x) => x.to.id).filter((t) => component.get(t) === c));
    report(
      e.from.file,
      e.reference.span,
      'supersedes-cycle',
      `Field "${e.reference.field}" names "${e.to.id}", which leads back to this claim: ${[e.from.id, ...path].join(' → ')}.`,
    );
  }
};

export const checkSupersedesConflicts: CrossFileCheck = (graph, report) => {
  const byTarget = new Map<string, Edge[]>();
  for (const e of edges(graph).edges) byTarget.set(e.to.id, [...(byTarget.get(e.to.id) ?? []), e]);
  for (const [target, list] of byTarget) {
    const claims = [...new Set(list.map((e) => e.from))];
    if (claims.length < 2) continue;
    for (const e of list) {
      const others = claims.filter((c) => c !== e.from).map((c) => c.file);
      report(e.from.file, e.reference.span, 'supersedes-conflict', `The claim "${target}" is also superseded by ${others.join(', ')}; a claim is superseded by at most one other.`);
    }
  }
};

export const checkSupersededStatus: CrossFileCheck = (graph, report) => {
  const byTarget = new Map<ValidEntry<'claim'>, ValidEntry<'claim'>[]>();
  for (const e of edges(graph).edges) byTarget.set(e.to, [...new Set([...(byTarget.get(e.to) ?? []), e.from])]);
  for (const [target, by] of byTarget) {
    if (target.data.status === 'superseded') continue;
    report(
      target.file,
      target.fields?.status ?? FILE_START,
      'superseded-status',
      `The claim is superseded by ${by.map((c) => c.file).join(', ')}, but its status is "${target.data.status}".`,
    );
  }
  for (const claim of graph.list('claim')) {
    if (claim.data.status !== 'superseded') continue;
    if (graph.incoming(claim, ['field']).some((e) => isSupersedes(e.reference) && e.from !== claim)) continue;
    report(claim.file, claim.fields?.status ?? FILE_START, 'superseded-without-successor', 'The claim has the status superseded, but no claim names it under supersedes.');
  }
};

/** Tarjan's algorithm without recursion: the component number of every node on a cycle. */
function stronglyConnected(nodes: string[], next: (id: string) => string[]): Map<string, number> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const component = new Map<string, number>();
  let counter = 0;
  let components = 0;
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: { id: string; children: string[]; i: number }[] = [];
    const enter = (id: string) => {
      index.set(id, counter);
      low.set(id, counter++);
      stack.push(id);
      onStack.add(id);
      work.push({ id, children: next(id), i: 0 });
    };
    enter(root);
    while (work.length) {
      const frame = work[work.length - 1];
      if (frame.i < frame.children.length) {
        const child = frame.children[frame.i++];
        if (!index.has(child)) enter(child);
        else if (onStack.has(child)) low.set(frame.id, Math.min(low.get(frame.id)!, index.get(child)!));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1].id;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.id)!));
      }
      if (low.get(frame.id) === index.get(frame.id)) {
        const members: string[] = [];
        let id: string;
        do {
          id = stack.pop()!;
          onStack.delete(id);
          members.push(id);
        } while (id !== frame.id);
        if (members.length > 1) {
          for (const m of members) component.set(m, components);
          components++;
        }
      }
    }
  }
  return component;
}

/** The shortest path from one node to another (both ends included), by breadth-first search. */
function pathWithin(from: string, to: string, next: (id: string) => string[]): string[] {
  const previous = new Map<string, string | undefined>([[from, undefined]]);
  const queue = [from];
  while (queue.length) {
    const id = queue.shift()!;
    if (id === to) break;
    for (const n of next(id)) {
      if (previous.has(n)) continue;
      previous.set(n, id);
      queue.push(n);
    }
  }
  const path: string[] = [];
  for (let id: string | undefined = to; id !== undefined; id = previous.get(id)) path.unshift(id);
  return path;
}
