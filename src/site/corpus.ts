/**
 * How pages get the corpus. `npm run build` loads it once (on worker threads) and hands it over
 * before Astro renders; `astro dev` loads it here on first use and again after a content change.
 * Either way it is the same pipeline the checker runs.
 */
import { loadCorpus, type Corpus } from '../corpus/index';
import { readClaimHistory, type ClaimHistory } from './claim-history';
import { readGitDates } from './git-dates';

export interface SiteCorpus extends Corpus {
  /** Last commit date (YYYY-MM-DD) of each file, by display path (`content/claims/x.mdx`). */
  changed: Map<string, string>;
  /** The citable versions of each claim, from git history (src/site/claim-history.ts). */
  history: ClaimHistory;
}

/** The slot shared by the build script, the dev server's watcher and the pages (separate module instances). */
const SLOT = Symbol.for('surveillance-claims.corpus');
type Slot = { [SLOT]?: Promise<SiteCorpus> };

export function contentDir(): string {
  return process.env.CONTENT_DIR ?? 'content';
}

export async function loadSiteCorpus(options: { base: string; workers?: number; contentDir?: string }): Promise<SiteCorpus> {
  const corpus = await loadCorpus({ contentDir: options.contentDir ?? contentDir(), render: true, base: options.base, workers: options.workers });
  const history = await readClaimHistory(corpus.contentDir, corpus.graph, { base: options.base, workers: options.workers });
  return { ...corpus, changed: readGitDates(corpus.contentDir), history };
}

/** Hands a loaded corpus to the pages (build) or forgets it so the next request reloads (dev). */
export function setSiteCorpus(corpus: Promise<SiteCorpus> | undefined): void {
  (globalThis as Slot)[SLOT] = corpus;
}

export function getCorpus(): Promise<SiteCorpus> {
  const slot = globalThis as Slot;
  slot[SLOT] ??= loadSiteCorpus({ base: import.meta.env?.BASE_URL ?? '/', workers: 0 });
  return slot[SLOT];
}
