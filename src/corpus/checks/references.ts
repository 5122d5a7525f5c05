/**
 * Every id, citation and cross-link resolves: to an entry of the right kind, and for `#anchor` links
 * to a heading of that entry. Each problem is reported where the reference was made.
 */
import { FILE_START } from '../../diagnostics/diagnostic';
import { pageIdFix, pageIdMessage } from '../../pipeline/body';
import { didYouMean } from '../../pipeline/suggest';
import { KINDS } from '../../schema/index';
import { isPageId } from '../../site/page-ids';
import type { CrossFileCheck } from './context';

export const checkDuplicateIds: CrossFileCheck = (graph, report) => {
  for (const entry of graph.duplicates) {
    const first = graph.get(entry.kind, entry.id)!;
    report(entry.file, FILE_START, 'duplicate-id', `The ${entry.kind} id "${entry.id}" is already used by ${first.file}.`);
  }
};

export const checkReferences: CrossFileCheck = (graph, report) => {
  for (const entry of graph.entries.values()) {
    for (const ref of entry.references) {
      const { kind, id } = ref.to;
      const target = graph.get(kind, id);
      if (!target) {
        const folder = KINDS[kind].folder;
        const hint = didYouMean(id, graph.ids(kind)) || undefined;
        if (ref.via === 'citation' || ref.via === 'quote') {
          report(entry.file, ref.span, 'unknown-source', `The source "${id}" does not exist (no content/sources/${id}.yaml).`, hint);
        } else if (ref.via === 'link') {
          report(entry.file, ref.span, 'broken-link', `The link points at ${folder}/${id}${KINDS[kind].extension}, which does not exist.`, hint);
        } else {
          report(entry.file, ref.span, 'unknown-reference', `Field "${ref.field}" names the ${kind} "${id}", which does not exist (no content/${folder}/${id}${KINDS[kind].extension}).`, hint);
        }
        continue;
      }
      // A body that could not be read is reported already; its headings are unknown.
      if (ref.anchor !== undefined && !target.bodyUnread && !target.headings.some((h) => h.slug === ref.anchor)) {
        const slugs = target.headings.map((h) => h.slug);
        if (isPageId(ref.anchor)) {
          report(entry.file, ref.span, 'broken-anchor', pageIdMessage(`The link "${target.file}#${ref.anchor}"`), pageIdFix(ref.anchor, target.headings));
          continue;
        }
        report(entry.file, ref.span, 'broken-anchor', `${target.file} has no heading "#${ref.anchor}".`, didYouMean(ref.anchor, slugs) || `Its headings are: ${slugs.join(', ') || 'none'}.`);
      }
    }
  }
};
