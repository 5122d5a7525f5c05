/**
 * What each probe means for a maintainer, and the table that says it: dead pages first (record an
 * archived copy or a replacement now), then the doubtful, then moved and changed pages.
 */
import type { ProbeResult } from './probe';
import type { LinkTarget } from './targets';

export type Verdict = 'dead' | 'unreachable' | 'timeout' | 'refused' | 'server-error' | 'redirected' | 'changed' | 'ok';

/** The order rows appear in: what needs action first. */
export const VERDICTS: Verdict[] = ['dead', 'unreachable', 'timeout', 'refused', 'server-error', 'changed', 'redirected', 'ok'];

export interface Finding {
  target: LinkTarget;
  result: ProbeResult;
  verdict: Verdict;
  note: string;
}

/** A previous run's view of a URL, to notice pages that changed since. */
export interface Seen {
  lastModified?: string;
  etag?: string;
  contentLength?: string;
}

export function judgeLink(target: LinkTarget, result: ProbeResult, previous?: Seen): Finding {
  const finding = (verdict: Verdict, note: string): Finding => ({ target, result, verdict, note });
  const { status } = result;
  if (status === undefined) {
    return result.error === 'timed out' ? finding('timeout', 'no answer within the time limit') : finding('unreachable', result.error ?? 'no answer');
  }
  if (status === 404 || status === 410) return finding('dead', status === 410 ? 'gone' : 'not found');
  if (status === 451) return finding('dead', 'unavailable for legal reasons (censored or blocked where the check ran)');
  if (status === 401 || status === 403 || status === 429) return finding('refused', 'the server refused the checker; open it in a browser');
  if (status >= 500) return finding('server-error', 'the server failed; try again later');
  if (status >= 400) return finding('dead', `status ${status}`);
  const archive = target.uses.every((u) => u.role === 'archive');
  const moved = result.finalUrl !== result.url;
  // Archives redirect to the nearest snapshot on their own host: that is how they work.
  if (moved && !(archive && new URL(result.finalUrl).host === new URL(result.url).host)) {
    const permanent = result.hops.some((h) => h.status === 301 || h.status === 308);
    return finding('redirected', `${permanent ? 'moved permanently' : 'redirects'} to ${result.finalUrl}`);
  }
  const changed = changedSince(target, result, previous);
  if (changed) return finding('changed', changed);
  return finding('ok', '');
}

function changedSince(target: LinkTarget, result: ProbeResult, previous?: Seen): string | undefined {
  if (result.lastModified) {
    const modified = new Date(result.lastModified);
    if (!Number.isNaN(modified.getTime())) {
      const day = modified.toISOString().slice(0, 10);
      const read = target.uses.map((u) => u.accessed).filter((a): a is string => a !== undefined).sort()[0];
      if (read && day > read) return `modified ${day}, after it was read on ${read}`;
    }
  }
  if (previous) {
    for (const key of ['etag', 'lastModified', 'contentLength'] as const) {
      if (previous[key] !== undefined && result[key] !== undefined && previous[key] !== result[key]) {
        return `${key === 'etag' ? 'ETag' : key === 'lastModified' ? 'Last-Modified' : 'Content-Length'} differs from the last check`;
      }
    }
  }
  return undefined;
}

/** A Markdown table, one row per URL and use; with `all`, working links too. */
export function formatTable(findings: Finding[], all = false): string {
  const shown = findings
    .filter((f) => all || f.verdict !== 'ok')
    .sort((a, b) => VERDICTS.indexOf(a.verdict) - VERDICTS.indexOf(b.verdict) || (a.target.url < b.target.url ? -1 : 1));
  const counts = VERDICTS.map((v) => [v, findings.filter((f) => f.verdict === v).length] as const).filter(([, n]) => n > 0);
  const summary = `${findings.length} URL${findings.length === 1 ? '' : 's'} checked: ${counts.map(([v, n]) => `${n} ${v}`).join(', ') || 'none'}.`;
  if (shown.length === 0) return summary;
  const rows = shown.flatMap((f) =>
    f.target.uses.map((u) => [f.verdict, f.result.status === undefined ? '-' : String(f.result.status), f.target.url, `${u.file} (${u.field})`, f.note]),
  );
  const header = ['result', 'status', 'URL', 'used in', 'note'];
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(escape).join(' | ')} |`), '', summary].join('\n');
}
