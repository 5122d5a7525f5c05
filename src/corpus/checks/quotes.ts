/**
 * A claim that rests on exactly the evidence of another (the same sources, in the same roles, with
 * the same quotes): usually a claim restated, or one passage stretched over two claims. Sharing one
 * passage among other evidence is common and fine (a specific claim and a broader one); sharing all
 * of it is not. A superseded claim is left out (its successor may keep its evidence), and so is a
 * claim whose file has errors (one problem at a time). Judged on the
 * whole graph, since either file can change the verdict on the other (a per-file result would be
 * cached stale).
 */
import { FILE_START } from '../../diagnostics/diagnostic';
import type { ValidEntry } from '../graph';
import type { CrossFileCheck } from './context';

/** A quote however it is spaced or composed. */
const passage = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim();

export const checkDuplicateQuotes: CrossFileCheck = (graph, report) => {
  const byEvidence = new Map<string, ValidEntry<'claim'>[]>();
  for (const claim of graph.list('claim')) {
    // A file with errors is rejected already; its duplicates are judged once it is fixed.
    if (claim.data.status === 'superseded' || !claim.data.evidence.length || claim.diagnostics.some((d) => d.severity === 'error')) continue;
    const key = [...new Set(claim.data.evidence.map((e) => `${e.source}\0${e.role}\0${passage(e.quote.text)}`))].sort().join('\n');
    const list = byEvidence.get(key) ?? [];
    list.push(claim);
    byEvidence.set(key, list);
  }
  for (const list of byEvidence.values()) {
    if (list.length < 2) continue;
    for (const claim of list) {
      const others = list.filter((c) => c !== claim).map((c) => c.file).join(', ');
      const [first] = claim.data.evidence;
      const message =
        claim.data.evidence.length === 1
          ? `The claim rests on the same source ("${first.source}") and quote as ${others}: "${first.quote.text}"`
          : `The claim rests on the same ${claim.data.evidence.length} sources and quotes as ${others}.`;
      report(claim.file, claim.fields?.['evidence.0.quote.text'] ?? FILE_START, 'duplicate-quote', message);
    }
  }
};
