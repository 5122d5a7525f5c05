/**
 * The site's URLs, which are a contract: `/claims/<id>/`, `/sources/<id>/`, `/topics/<id>/`,
 * `/entities/<id>/`, `/reviews/<id>/`, `/questions/<id>/`, `/figures/<id>/`. The route of each kind is its
 * content folder, except a series, whose page is named for what readers look for: figures.
 */
import { KINDS, type Kind } from '../schema/index';

/** Joins the site's base path (`/` or `/sub/`) and a path inside the site. */
export function sitePath(base: string, path = ''): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\//, '')}`;
}

/** The site folder of a kind's pages. */
export function routeOf(kind: Kind): string {
  const spec = KINDS[kind];
  return 'route' in spec ? spec.route : spec.folder;
}

export function entryPath(base: string, key: { kind: Kind; id: string }): string {
  return sitePath(base, `${routeOf(key.kind)}/${key.id}/`);
}

/** A claim's version N, an address that never changes (`/claims/<id>/v<N>/`, docs/architecture.md). */
export function versionPath(base: string, id: string, number: number): string {
  return sitePath(base, `claims/${id}/v${number}/`);
}
