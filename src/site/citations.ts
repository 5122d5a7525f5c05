/**
 * How pages get each claim's and source's formatted citations. Formatting through citeproc costs
 * milliseconds per entry, so `npm run build` formats them on worker threads while Astro renders
 * (`citation-pool.ts`) and hands them over through a process-wide slot, as it does the corpus;
 * `astro dev` formats the few it shows here, on demand.
 */
import type { ValidEntry } from '../corpus/index';
import {
  claimCsl,
  formatMachine,
  formatStyled,
  joinClaimCitations,
  sourceCsl,
  topicCsl,
  type ClaimCitations,
  type CiteContext,
  type CslItem,
  type MachineCitations,
  type StyledCitations,
} from './cite';
import { SITE } from './config';
import type { SiteCorpus } from './corpus';

/** A claim or source formatted on its own: the styles, and the entry in the exchange formats. */
export interface FormattedEntry {
  styled: StyledCitations;
  machine: MachineCitations;
}

/** Where formatted entries come from: worker threads (build) or this thread (dev). */
export interface CitationFormatter {
  claim(id: string): Promise<FormattedEntry>;
  source(id: string): Promise<FormattedEntry>;
  topic(id: string): Promise<FormattedEntry>;
}

/** What pages ask for. */
export interface Citations {
  /** "Cite this claim": the styles, and the claim followed by its sources in BibTeX, RIS and CSL-JSON. */
  claim(id: string): Promise<ClaimCitations>;
  /** "Cite this source" in APA, MLA and Chicago, and in BibTeX, RIS and CSL-JSON. */
  source(id: string): Promise<FormattedEntry>;
  /** "Cite this topic": its overview as a page of this site. */
  topic(id: string): Promise<FormattedEntry>;
}

export function citeContext(base: string): CiteContext {
  return { siteUrl: SITE.url, base };
}

/** The CSL-JSON item of a claim as this corpus dates it. */
export function claimItem(corpus: SiteCorpus, claim: ValidEntry<'claim'>, ctx: CiteContext): CslItem {
  return claimCsl(claim.id, claim.data, corpus.changed.get(claim.file), ctx);
}

/** The CSL-JSON item of a topic as this corpus dates it. */
export function topicItem(corpus: SiteCorpus, topic: ValidEntry<'topic'>, ctx: CiteContext): CslItem {
  return topicCsl(topic.id, topic.data, corpus.changed.get(topic.file), ctx);
}

/** Ids of the sources of a claim, in the order of its reference list. */
export function claimSources(corpus: SiteCorpus, claim: ValidEntry<'claim'>): string[] {
  return claim.referenceOrder.filter((id) => corpus.graph.get('source', id)?.data !== undefined);
}

export function joinCitations(corpus: SiteCorpus, formatter: CitationFormatter): Citations {
  return {
    async claim(id) {
      const claim = corpus.graph.get('claim', id) as ValidEntry<'claim'>;
      const [own, ...sources] = await Promise.all([formatter.claim(id), ...claimSources(corpus, claim).map((s) => formatter.source(s))]);
      return joinClaimCitations(own.styled, own.machine, sources.map((s) => s.machine));
    },
    source: (id) => formatter.source(id),
    topic: (id) => formatter.topic(id),
  };
}

/** Formats on this thread, once per entry: for `astro dev`, which shows a few pages at a time. */
export function inlineFormatter(corpus: SiteCorpus, ctx: CiteContext): CitationFormatter {
  const claims = new Map<string, FormattedEntry>();
  const sources = new Map<string, FormattedEntry>();
  const topics = new Map<string, FormattedEntry>();
  return {
    async claim(id) {
      if (!claims.has(id)) {
        const item = claimItem(corpus, corpus.graph.get('claim', id) as ValidEntry<'claim'>, ctx);
        claims.set(id, { styled: formatStyled(item), machine: formatMachine(item) });
      }
      return claims.get(id)!;
    },
    async source(id) {
      if (!sources.has(id)) {
        const item = sourceCsl(id, corpus.graph.get('source', id)!.data!);
        sources.set(id, { styled: formatStyled(item), machine: formatMachine(item) });
      }
      return sources.get(id)!;
    },
    async topic(id) {
      if (!topics.has(id)) {
        const item = topicItem(corpus, corpus.graph.get('topic', id) as ValidEntry<'topic'>, ctx);
        topics.set(id, { styled: formatStyled(item), machine: formatMachine(item) });
      }
      return topics.get(id)!;
    },
  };
}

const SLOT = Symbol.for('surveillance-claims.citations');
type Slot = { [SLOT]?: { corpus: SiteCorpus; citations: Citations } };

/** Hands the build's citations to the pages, or clears them. */
export function setCitations(value: { corpus: SiteCorpus; citations: Citations } | undefined): void {
  (globalThis as Slot)[SLOT] = value;
}

/** The citations of this corpus: the build's, or formatted here on demand. */
export function getCitations(corpus: SiteCorpus, base: string): Citations {
  const slot = globalThis as Slot;
  if (slot[SLOT]?.corpus !== corpus) slot[SLOT] = { corpus, citations: joinCitations(corpus, inlineFormatter(corpus, citeContext(base))) };
  return slot[SLOT].citations;
}
