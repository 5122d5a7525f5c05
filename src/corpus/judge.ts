/**
 * Judgements across files, on the whole graph: that every reference resolves to an entry (and to a
 * heading, for #anchors). Each check reports diagnostics at the place the reference was made.
 */
import { diagnostic, FILE_START, type Diagnostic } from '../diagnostics/diagnostic';
import { didYouMean } from '../pipeline/suggest';
import { KINDS } from '../schema/index';
import type { ContentGraph } from './graph';

export type CrossFileCheck = (graph: ContentGraph) => Diagnostic[];

export const checkDuplicateIds: CrossFileCheck = (graph) =>
  graph.duplicates.map((entry) => {
    const first = graph.get(entry.kind, entry.id)!;
    return diagnostic(entry.file, FILE_START, 'duplicate-id', `The ${entry.kind} id "${entry.id}" is already used by ${first.file}.`);
  });

export const checkReferences: CrossFileCheck = (graph) => {
  const found: Diagnostic[] = [];
  for (const entry of graph.entries.values()) {
    for (const ref of entry.references) {
      const { kind, id } = ref.to;
      const target = graph.get(kind, id);
      if (!target) {
        const folder = KINDS[kind].folder;
        const hint = didYouMean(id, graph.ids(kind));
        if (ref.via === 'citation' || ref.via === 'quote') {
          found.push(diagnostic(entry.file, ref.span, 'unknown-source', `The source "${id}" does not exist (no content/sources/${id}.yaml).`, hint || undefined));
        } else if (ref.via === 'link') {
          found.push(diagnostic(entry.file, ref.span, 'broken-link', `The link points at ${folder}/${id}${KINDS[kind].extension}, which does not exist.`, hint || undefined));
        } else {
          found.push(diagnostic(entry.file, ref.span, 'unknown-reference', `Field "${ref.field}" names the ${kind} "${id}", which does not exist (no content/${folder}/${id}${KINDS[kind].extension}).`, hint || undefined));
        }
        continue;
      }
      if (ref.anchor !== undefined && !target.headings.some((h) => h.slug === ref.anchor)) {
        const slugs = target.headings.map((h) => h.slug);
        found.push(
          diagnostic(entry.file, ref.span, 'broken-anchor', `${target.file} has no heading "#${ref.anchor}".`, didYouMean(ref.anchor, slugs) || `Its headings are: ${slugs.join(', ') || 'none'}.`),
        );
      }
    }
  }
  return found;
};

/** Every cross-file check, in the order they run. */
export const CROSS_FILE_CHECKS: CrossFileCheck[] = [checkDuplicateIds, checkReferences];

export function judge(graph: ContentGraph): Diagnostic[] {
  return CROSS_FILE_CHECKS.flatMap((check) => check(graph));
}
