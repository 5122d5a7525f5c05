/**
 * Every id the site's own markup gives an element: the layouts, the pages, the components, the
 * fragments in `fragments.ts` and the renderer's citation markers. One list, so that no heading a
 * contributor writes takes one of them: a heading whose id would be one of these is prefixed
 * ("References" becomes `section-references`). Built-HTML tests
 * (tests/integration/page-ids.test.ts, tests/security/hostile-text.test.ts) fail if a page of an
 * entry emits an id this list does not name.
 */
import { CLAIM_STATUSES, EVIDENCE_ROLES } from '../schema/claim';

/** Ids written out in the templates. */
const FIXED = [
  // Base layout and site navigation
  'main',
  'header-q',
  // Claim pages
  'statement',
  'evidence',
  'references',
  'history',
  'succession',
  'related',
  'backlinks',
  'mentions',
  'also',
  'citation',
  'correction',
  'report-an-error',
  'versions',
  'printed-on',
  // "Cite this claim" / "Cite this source"
  'cite',
  ...['apa', 'mla', 'chicago'].flatMap((key) => [`cite-${key}`, `cite-text-${key}`]),
  ...['bibtex', 'ris', 'csl'].map((key) => `cite-text-${key}`),
  ...EVIDENCE_ROLES.map((role) => `evidence-${role}`),
  // Topic, entity, source, review, question and list pages
  ...CLAIM_STATUSES.map((status) => `status-${status}`),
  'claims',
  'questions',
  'reviews',
  'reliability',
  'recent',
  'topics',
  'timeline',
  'assertions',
  'reviewed-source',
  'browse',
  'who-runs-it',
  // Figures: a claim's figures, a topic's charts, a series page (issue 17)
  'figures',
  'comparability',
  'data',
  // Search page
  'q',
  'search-form',
  'search-start',
  'search-status',
  'search-hint',
  'search-none',
  'search-suggestion',
  'search-examples-label',
  'search-results',
  'search-filters',
  'search-facets',
  'filters-heading',
  'show-filters',
  'clear-filters',
  'more-results',
  'sort',
];

/** Ids numbered or named by the page: references, citation markers, assertions, topics, years, charts. */
const NUMBERED = /^(?:ref-\d+|cite-\d+(?:-\d+)?|evidence-ref-\d+|assertion-\d+|year-\d+|topic-[a-z0-9-]+|chart-[a-z0-9-]+-(?:title|desc))$/;

const RESERVED = new Set(FIXED);

/** Whether the site's own markup may give an element this id. */
export function isPageId(id: string): boolean {
  return RESERVED.has(id) || NUMBERED.test(id);
}
