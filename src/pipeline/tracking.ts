/**
 * Tracking parameters in URLs (`utm_*`, `fbclid` ...): they record who shared a link and where, and
 * make one page look like many URLs. Found in frontmatter URLs and body links, reported as warnings.
 */

const TRACKING = /^(?:utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|twclid|_hsenc|_hsmi|mkt_tok|vero_id|oly_anon_id|oly_enc_id|wickedid|spm_id_from|share_source|share_medium)$/i;

export interface TrackingParameters {
  /** The parameter names, as written. */
  names: string[];
  /** The URL without them. */
  clean: string;
}

/** The tracking parameters of an http(s) URL, or undefined when it has none (or is not a URL). */
export function trackingParameters(url: string): TrackingParameters | undefined {
  const query = url.indexOf('?');
  if (query === -1) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const names = [...new Set([...parsed.searchParams.keys()].filter((k) => TRACKING.test(k)))];
  if (names.length === 0) return undefined;
  for (const name of names) parsed.searchParams.delete(name);
  const clean = parsed.toString().replace(/\?(?=#|$)/, '');
  return { names, clean };
}

/** `the tracking parameter "utm_source"` or `the tracking parameters "utm_source", "utm_medium"`. */
export function describeTracking(found: TrackingParameters): string {
  const list = found.names.map((n) => `"${n}"`).join(', ');
  return `the tracking parameter${found.names.length === 1 ? '' : 's'} ${list}`;
}
