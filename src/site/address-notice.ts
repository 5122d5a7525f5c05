/**
 * What a build made without a site address says about itself, in its output and on every page: its
 * permalinks and citations point at this computer, so they are dead links anywhere else.
 */
import { LOCAL_ADDRESS, SITE } from './config';

/** The banner on every page of such a build; undefined when the site has its address. */
export function localAddressBanner(): string | undefined {
  if (SITE.hasAddress) return undefined;
  return `Local preview: this copy was built without a site address, so its permalinks and citations point at ${LOCAL_ADDRESS}/ and work only on this computer.`;
}

/** The line `npm run build` prints for such a build; undefined when the site has its address. */
export function localAddressWarning(): string | undefined {
  if (SITE.hasAddress) return undefined;
  return `No site address: SITE_URL is unset, so permalinks, citations, feeds and the sitemap point at ${LOCAL_ADDRESS}/ and every page says so. That is fine for npm run preview; to publish, set SITE_URL to the public address (docs/deploy.md).`;
}
