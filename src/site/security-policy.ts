/**
 * The site's security policy, defined once. `public/_headers` (Netlify, Cloudflare Pages), the host
 * configurations in docs/security.md (nginx, Apache, Caddy) and the `<meta>` tags every page carries
 * (for hosts that cannot send headers, such as GitHub Pages) are all generated from this file, so they
 * cannot drift apart. After changing it, run `npm run headers`; a test fails until you do.
 *
 * What it promises readers: every byte of a page comes from the site's own origin, no script runs
 * unless it is a file the site ships, the site cannot be framed, no referrer leaves with a reader who
 * follows a source link, and browser features the site does not use (camera, location, ad and
 * interest APIs ...) are switched off.
 */

/** Content-Security-Policy directives. A value of `[]` would mean "none": write `'none'` instead. */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  // Everything not named below: only the site's own origin.
  'default-src': ["'self'"],
  // Only script files the site ships; no inline scripts, no eval. Pagefind compiles its WebAssembly.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  // Pagefind's search worker (older Pagefind versions start it from a blob: URL).
  'worker-src': ["'self'", 'blob:'],
  // Stylesheets from files only: no inline styles that content or an injected tag could add.
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'media-src': ["'none'"],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  // No <base> can redirect the page's relative links; forms submit only to the site (its search page).
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  // No other site may frame these pages (clickjacking). Browsers ignore this one in a <meta> tag.
  'frame-ancestors': ["'none'"],
};

/** Directives a `<meta http-equiv="Content-Security-Policy">` cannot carry (CSP Level 3, section 3.3). */
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/**
 * Browser features the site does not use, each switched off for the site and anything it might embed.
 * Only names Chromium recognises: an unknown name is reported as an error in the browser console
 * (Chromium 153 no longer knows attribution-reporting, join-ad-interest-group or run-ad-auction).
 */
const FEATURES_OFF = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'clipboard-read',
  'compute-pressure',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'gamepad',
  'geolocation',
  'gyroscope',
  'hid',
  'identity-credentials-get',
  'idle-detection',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'otp-credentials',
  'payment',
  'picture-in-picture',
  'private-state-token-issuance',
  'private-state-token-redemption',
  'publickey-credentials-create',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'storage-access',
  'sync-xhr',
  'usb',
  'window-management',
  'xr-spatial-tracking',
] as const;

/** Features the site uses, limited to its own origin: copy buttons write citations to the clipboard. */
const FEATURES_SELF = ['clipboard-write'] as const;

function serializeCsp(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** The policy as an HTTP header value. */
export const CONTENT_SECURITY_POLICY = serializeCsp(CSP_DIRECTIVES);

/** The same policy without what a `<meta>` tag cannot carry, for hosts that cannot send headers. */
export const META_CONTENT_SECURITY_POLICY = serializeCsp(
  Object.fromEntries(Object.entries(CSP_DIRECTIVES).filter(([name]) => !HEADER_ONLY_DIRECTIVES.has(name))),
);

/** No page address leaves the site with a reader who follows a link (a `<meta name="referrer">` too). */
export const REFERRER_POLICY = 'no-referrer';

export const PERMISSIONS_POLICY = [...FEATURES_OFF.map((f) => `${f}=()`), ...FEATURES_SELF.map((f) => `${f}=(self)`)].join(', ');

/** Every header the site sends with every response, in the order hosts are told to send them. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Referrer-Policy': REFERRER_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': PERMISSIONS_POLICY,
  // For browsers too old for frame-ancestors.
  'X-Frame-Options': 'DENY',
  // A page opened from another site gets no handle on it, nor it on the opener.
  'Cross-Origin-Opener-Policy': 'same-origin',
  // The site's files cannot be loaded as resources by other sites' pages.
  'Cross-Origin-Resource-Policy': 'same-origin',
};
