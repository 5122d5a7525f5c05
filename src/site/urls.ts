/**
 * The site's URLs, which are a contract: `/claims/<id>/`, `/sources/<id>/`, `/topics/<id>/`,
 * `/entities/<id>/`, `/reviews/<id>/`, `/questions/<id>/`. The route of each kind is its content folder.
 */
import { KINDS, type Kind } from '../schema/index';

/** Joins the site's base path (`/` or `/sub/`) and a path inside the site. */
export function sitePath(base: string, path = ''): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\//, '')}`;
}

export function entryPath(base: string, key: { kind: Kind; id: string }): string {
  return sitePath(base, `${KINDS[key.kind].folder}/${key.id}/`);
}

/** A claim's version N, an address that never changes (`/claims/<id>/v<N>/`, docs/architecture.md). */
export function versionPath(base: string, id: string, number: number): string {
  return sitePath(base, `claims/${id}/v${number}/`);
}
