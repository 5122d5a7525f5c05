/**
 * Checks on one source's data: a deleted page has an archived copy (or the copy it was read in), and
 * its addresses carry no tracking parameters. (Archive addresses are left alone: they embed the URL as it was archived.)
 */
import { describeTracking, trackingParameters } from '../tracking';
import type { FieldPath } from '../yaml';
import { formatPath } from '../validate';
import type { EntryCheck } from './context';

export const checkDeletedHasArchive: EntryCheck<'source'> = (ctx) => {
  // The copy it was read in (read_at) also lets readers check what it said.
  if (ctx.data.archives.length > 0 || ctx.data.read_at) return;
  const i = ctx.data.access_notes.findIndex((n) => n.kind === 'deleted');
  if (i === -1) return;
  ctx.report(
    ctx.spanOf(['access_notes', i, 'kind']),
    'deleted-without-archive',
    `The source is noted as deleted (access_notes[${i}]) but has no archived copy under archives.`,
  );
};

export const checkSourceTracking: EntryCheck<'source'> = (ctx) => {
  const urls: [FieldPath, string | undefined][] = [
    [['url'], ctx.data.url],
    [['read_at', 'url'], ctx.data.read_at?.url],
  ];
  for (const [path, url] of urls) {
    const found = url === undefined ? undefined : trackingParameters(url);
    if (!found) continue;
    ctx.report(ctx.spanOf(path), 'tracking-parameter', `The URL in "${formatPath(path)}" carries ${describeTracking(found)}.`, `Remove ${found.names.length === 1 ? 'it' : 'them'}: ${found.clean}`);
  }
};
