/**
 * What needs a contributor's attention, from the checker's own diagnostics and the evidence
 * standard: `npm run report` prints these lists and the site publishes them at `/maintenance/`.
 * Each item is positioned in its file, as a diagnostic is, so the report reads like the checker.
 */
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { RuleId } from '../diagnostics/rules';
import { assessClaim } from '../policy/evidence-standard';
import type { Kind } from '../schema/index';
import type { Corpus } from './index';
import type { ParsedEntry } from '../pipeline/entry';

export interface MaintenanceItem {
  kind: Kind;
  id: string;
  file: string;
  line: number;
  column: number;
  /** What needs doing here, in a sentence. */
  note: string;
}

export interface MaintenanceList {
  /** Stable id, used as the list's anchor on /maintenance/. */
  id: string;
  title: string;
  /** Why the list matters, in a sentence. */
  why: string;
  items: MaintenanceItem[];
}

/** Warnings that have a list of their own; the others are listed together. */
const LISTED_RULES: RuleId[] = ['below-evidence-standard', 'evidence-without-locator', 'review-overdue'];

const computed = new WeakMap<Corpus, MaintenanceList[]>();

/** The lists for a corpus, computed once (the maintenance, about and home pages all show them). */
export function maintenanceLists(corpus: Corpus): MaintenanceList[] {
  let lists = computed.get(corpus);
  if (!lists) computed.set(corpus, (lists = buildLists(corpus)));
  return lists;
}

function buildLists(corpus: Corpus): MaintenanceList[] {
  const { graph, diagnostics } = corpus;
  const byFile = new Map<string, ParsedEntry>([...graph.entries.values()].map((e) => [e.file, e]));
  const sourceOf = (id: string) => graph.get('source', id)?.data;
  const at = (entry: ParsedEntry, note: string, line = 1, column = 1): MaintenanceItem => ({ kind: entry.kind, id: entry.id, file: entry.file, line, column, note });
  const fromDiagnostic = (d: Diagnostic): MaintenanceItem => {
    const entry = byFile.get(d.file);
    return { kind: entry?.kind ?? 'claim', id: entry?.id ?? d.file, file: d.file, line: d.line, column: d.column, note: d.message };
  };
  const ruled = (rule: RuleId) => diagnostics.filter((d) => d.rule === rule).map(fromDiagnostic);
  const atStatus = (claim: ParsedEntry, note: string) => at(claim, note, claim.fields?.status?.line, claim.fields?.status?.column);

  const claims = graph.list('claim').map((claim) => ({ claim, standing: assessClaim(claim.data, sourceOf) }));
  const sources = graph.list('source');
  return [
    {
      id: 'below-standard',
      title: 'Claims below the evidence standard',
      why: 'Their status claims more than their evidence shows; the build stops until they are fixed.',
      items: ruled('below-evidence-standard'),
    },
    {
      id: 'at-edge',
      title: 'Claims at the edge of the standard',
      why: 'Established with nothing to spare: one more independent source would make them robust to the loss of one.',
      items: claims
        .filter(({ standing }) => standing.meets && standing.atEdge)
        .map(({ claim, standing }) =>
          atStatus(claim, standing.despiteDoubtful ?? `Established on ${standing.supporting} supporting source${standing.supporting === 1 ? '' : 's'} from ${standing.publishers} independent publisher${standing.publishers === 1 ? '' : 's'}.`),
        ),
    },
    {
      id: 'single-source',
      title: 'Claims resting on one source',
      why: 'A second, independent source would let the claim survive a correction or retraction of the first.',
      items: claims
        // A superseded claim's evidence is carried by the claim that replaced it.
        .filter(({ claim, standing }) => standing.supporting === 1 && claim.data.status !== 'superseded')
        .map(({ claim }) => atStatus(claim, `${claim.data.status}, supported only by "${claim.data.evidence.find((e) => e.role === 'supports')!.source}".`)),
    },
    {
      id: 'read-in-copies',
      title: 'Sources read only in a copy',
      why: "The text was read in a reprint, mirror or repost, not on the publisher's page: find the original.",
      items: sources.filter((s) => s.data.read_at).map((s) => at(s, `Read at ${s.data.read_at!.host}.`)),
    },
    {
      id: 'without-archive',
      title: 'Sources without an archived copy',
      why: 'Pages disappear; an archived copy lets readers check what the source said.',
      items: sources.filter((s) => s.data.archives.length === 0).map((s) => at(s, s.data.no_archive ?? 'No archived copy.')),
    },
    {
      id: 'without-locator',
      title: 'Evidence items without a locator',
      why: 'A reader cannot find the quoted passage in the source without the page, section or paragraph.',
      items: [
        ...ruled('evidence-without-locator'),
        ...claims.flatMap(({ claim }) =>
          claim.data.evidence.flatMap((e, i) => (e.locator?.not_recorded ? [at(claim, `Evidence item ${i} ("${e.source}"): ${e.locator.not_recorded}`)] : [])),
        ),
      ],
    },
    {
      id: 'review-overdue',
      title: 'Reviews overdue',
      why: 'Not checked against their sources for over a year.',
      items: ruled('review-overdue'),
    },
    {
      id: 'open-questions',
      title: 'Open questions',
      why: 'What the sources so far cannot settle, and what evidence would.',
      items: graph.list('question').map((q) => at(q, q.data.title)),
    },
    {
      id: 'other-warnings',
      title: 'Other checker warnings',
      why: 'Numbers not found in the quotes, descriptive titles, doubtful or unused sources and the rest of what npm run check warns about.',
      items: diagnostics.filter((d) => d.severity === 'warning' && !LISTED_RULES.includes(d.rule)).map((d) => ({ ...fromDiagnostic(d), note: `${d.message} (${d.rule})` })),
    },
  ];
}
