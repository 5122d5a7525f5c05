/**
 * The citable versions of each claim, from the git history of its file (docs/architecture.md,
 * "Citable versions"). A version starts at each commit that changed the claim's statement or status;
 * commits that change anything else (prose, evidence, a typo) belong to the version they fall in.
 * The history is read with two git processes for the whole folder, whatever its size: one
 * `git log` that names the blob of every claim file each commit wrote, and one `git cat-file
 * --batch` that reads those blobs. Each blob goes through the same per-file pipeline as the
 * current files, on the same worker pool, so an old version is checked, parsed and rendered exactly
 * as a current one is.
 */
import { execFileSync, type ExecFileSyncOptionsWithBufferEncoding } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentGraph, ValidEntry } from '../corpus/graph';
import { processFiles } from '../corpus/pool';
import type { ClaimStatus } from '../schema/claim';

/** What changed in a version against the one before it; the first version is `created`. */
export type VersionChange = 'created' | 'status' | 'statement';

export interface ClaimVersion {
  /** 1 for the first version, counting every change of statement or status since. */
  number: number;
  /** The commit that started this version, in full. */
  commit: string;
  /** That commit's date (YYYY-MM-DD). */
  date: string;
  changes: VersionChange[];
  /** The status before this version, for "reported → established"; absent for the first. */
  previousStatus?: ClaimStatus;
  /** The claim as that commit left it, through the same pipeline as the current file. */
  entry: ValidEntry<'claim'>;
}

/**
 * `recorded`: read from a full history. `none`: not a git checkout (a downloaded copy, a fixture
 * folder) or git is missing. `shallow`: a shallow clone, whose oldest commits are missing, so
 * version numbers would be wrong; no versions are shown then.
 */
export type HistoryState = 'recorded' | 'none' | 'shallow';

export interface ClaimHistory {
  state: HistoryState;
  /** Versions of each current claim, oldest first, by claim id. */
  versions: Map<string, ClaimVersion[]>;
}

export interface ClaimVersions {
  state: HistoryState;
  /** Every version, oldest first (empty unless the history is recorded). */
  all: ClaimVersion[];
  /** The version the current file is, or undefined when it has uncommitted changes of statement or status (or no history). */
  current?: ClaimVersion;
  /** Versions no longer current, each rendered at `/claims/<id>/v<n>/`. */
  old: ClaimVersion[];
}

const GIT: ExecFileSyncOptionsWithBufferEncoding = { encoding: 'buffer', maxBuffer: 1024 * 1024 * 1024, stdio: ['pipe', 'pipe', 'ignore'] };
const ZERO = /^0+$/;
/**
 * Old revisions parsed on this thread below this many: worker threads take over a second to start
 * (measured: 1,000 claims with 200 changed revisions, 0.4 s on this thread, 1.8 s on two workers).
 */
const WORKERS_AFTER = 2000;

export interface HistoryOptions {
  base: string;
  today?: string;
  /** Worker threads for parsing old revisions, as for the current files (0: on this thread). */
  workers?: number;
}

export async function readClaimHistory(contentDir: string, graph: ContentGraph, options: HistoryOptions): Promise<ClaimHistory> {
  const versions = new Map<string, ClaimVersion[]>();
  let log: string;
  try {
    const shallow = execFileSync('git', ['rev-parse', '--is-shallow-repository'], { ...GIT, cwd: contentDir }).toString().trim();
    if (shallow === 'true') return { state: 'shallow', versions };
    // First parent only: the history of the published branch, where a merge is one change.
    log = execFileSync('git', ['log', '--first-parent', '--no-renames', '--raw', '--no-abbrev', '-z', '--relative', '--format=@%H %cs', '--', 'claims'], {
      ...GIT,
      cwd: contentDir,
    }).toString();
  } catch {
    return { state: 'none', versions };
  }
  const writes = claimWrites(log, graph);
  // Revisions identical to the current file are the current entry; only the others are parsed.
  const current = new Map([...writes.keys()].map((id) => [id, blobIdOf(join(contentDir, 'claims', `${id}.mdx`))]));
  const older = [...writes].flatMap(([id, list]) => list.filter((w) => w.blob !== current.get(id)).map((w) => ({ id, blob: w.blob })));
  const blobs = readBlobs(contentDir, [...new Set(older.map((o) => o.blob))]);
  const revisions = new Map<string, ValidEntry<'claim'>>();
  const tasks = older.filter((o) => blobs.has(o.blob));
  const parsed = await processFiles(
    tasks.map(({ id, blob }) => ({ path: '', file: graph.get('claim', id)!.file, contentPath: `claims/${id}.mdx`, bytes: blobs.get(blob) })),
    { render: true, base: options.base, today: options.today, workers: options.workers ?? (tasks.length > WORKERS_AFTER ? undefined : 0) },
  );
  parsed.forEach((entry, i) => {
    // An old revision the pipeline now rejects (the schema moved on) cannot be shown: it is skipped.
    if (entry.kind === 'claim' && entry.data && !entry.diagnostics.some((d) => d.severity === 'error')) revisions.set(`${tasks[i].id}\0${tasks[i].blob}`, entry as ValidEntry<'claim'>);
  });
  for (const claim of graph.list('claim')) {
    const list = writes.get(claim.id);
    if (!list) continue;
    const entryOf = (w: Write) => (w.blob === current.get(claim.id) ? claim : revisions.get(`${claim.id}\0${w.blob}`));
    versions.set(claim.id, versionsOf(list.reverse(), entryOf));
  }
  return { state: 'recorded', versions };
}

/** The versions of one claim and where its current file stands among them. */
export function claimVersions(history: ClaimHistory, claim: ValidEntry<'claim'>): ClaimVersions {
  const all = history.versions.get(claim.id) ?? [];
  const last = all.at(-1);
  const current = last && sameVersion(last.entry, claim) ? last : undefined;
  return { state: history.state, all, current, old: current ? all.slice(0, -1) : all };
}

interface Write {
  commit: string;
  date: string;
  blob: string;
}

/** Each current claim's writes, newest first, from `git log --raw -z` (deletions left out). */
function claimWrites(log: string, graph: ContentGraph): Map<string, Write[]> {
  const writes = new Map<string, Write[]>();
  const tokens = log.split('\0');
  let commit = '';
  let date = '';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i].replace(/^\n/, '');
    if (token.startsWith('@')) {
      [commit, date] = token.slice(1).split(' ');
    } else if (token.startsWith(':')) {
      const blob = token.split(' ')[3];
      const path = tokens[++i];
      const id = /^claims\/([^/]+)\.mdx$/.exec(path)?.[1];
      if (!id || !blob || ZERO.test(blob) || !graph.get('claim', id)?.data) continue;
      const list = writes.get(id) ?? [];
      list.push({ commit, date, blob });
      writes.set(id, list);
    }
  }
  return writes;
}

/** Every blob's bytes, from one `git cat-file --batch`. */
function readBlobs(contentDir: string, ids: string[]): Map<string, Uint8Array> {
  const blobs = new Map<string, Uint8Array>();
  if (!ids.length) return blobs;
  const out = execFileSync('git', ['cat-file', '--batch'], { ...GIT, cwd: contentDir, input: Buffer.from(ids.join('\n') + '\n') });
  let at = 0;
  while (at < out.length) {
    const end = out.indexOf(0x0a, at);
    const [id, type, size] = out.subarray(at, end).toString().split(' ');
    if (type !== 'blob') {
      at = end + 1; // "<id> missing": a blob left out of a partial clone.
      continue;
    }
    const length = Number(size);
    blobs.set(id, out.subarray(end + 1, end + 1 + length));
    at = end + 1 + length + 1;
  }
  return blobs;
}

/** Git's id of a file's bytes, to recognise a blob that is the current file without parsing it again. */
function blobId(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

function versionsOf(writes: Write[], entryOf: (write: Write) => ValidEntry<'claim'> | undefined): ClaimVersion[] {
  const versions: ClaimVersion[] = [];
  for (const write of writes) {
    const entry = entryOf(write);
    if (!entry) continue;
    const previous = versions.at(-1)?.entry;
    const changes: VersionChange[] = !previous
      ? ['created']
      : [...(previous.data.status !== entry.data.status ? ['status' as const] : []), ...(previous.data.statement !== entry.data.statement ? ['statement' as const] : [])];
    if (!changes.length) continue;
    versions.push({ number: versions.length + 1, commit: write.commit, date: write.date, changes, previousStatus: previous?.data.status, entry });
  }
  return versions;
}

function blobIdOf(path: string): string {
  try {
    return blobId(readFileSync(path));
  } catch {
    return '';
  }
}

function sameVersion(a: ValidEntry<'claim'>, b: ValidEntry<'claim'>): boolean {
  return a.data.status === b.data.status && a.data.statement === b.data.statement;
}

/** What `npm run build` prints when it cannot show versions; undefined when the history is recorded. */
export function historyWarning(state: HistoryState): string | undefined {
  if (state === 'none') return 'No version history: the content folder is not in a git checkout, so claim pages list no versions and old versions get no pages; each says so.';
  if (state === 'shallow') return 'No version history: this is a shallow clone, whose oldest commits are missing, so versions would be numbered wrongly and are not shown. Fetch the whole history (git fetch --unshallow; actions/checkout with fetch-depth: 0).';
  return undefined;
}
