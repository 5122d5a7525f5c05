/**
 * What a link in an entry's body points at. Cross-links are relative file links
 * (`../entities/pipl.yaml`, `./other-claim.mdx#background`), so they work in GitHub's preview and in
 * editors; here they are resolved to an entry, which the site turns into its URL.
 */
import { posix } from 'node:path';
import { kindOfFolder, KINDS, type Kind } from '../schema/index';
import { ID_PATTERN, INVISIBLE_OR_BIDI, unsafeUrlReason } from '../schema/common';

export interface EntryKey {
  kind: Kind;
  id: string;
}

export type LinkTarget =
  | { type: 'entry'; target: EntryKey; anchor?: string }
  | { type: 'anchor'; anchor: string }
  | { type: 'external'; url: string }
  | { type: 'mail'; url: string }
  | { type: 'unsafe'; reason: string }
  | { type: 'outside'; reason: string };

/** Scheme of a URL after removing what browsers ignore (controls, white space) and lowercasing. */
function schemeOf(href: string): string | undefined {
  const squeezed = href.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const m = /^([a-z][a-z0-9+.-]*):/.exec(squeezed);
  return m?.[1];
}

/**
 * @param href the link destination as the parser decoded it (character references already resolved)
 * @param from the linking file's path inside the content folder, e.g. `claims/x.mdx`
 */
export function resolveLink(href: string, from: string): LinkTarget {
  // Checked first, for every kind of link: an http(s) URL says so too, but a mailto: address or a
  // cross-link's #anchor would otherwise carry the character into the page.
  const invisible = INVISIBLE_OR_BIDI.exec(href);
  if (invisible) return { type: 'unsafe', reason: `the link contains an invisible or direction-changing character (${codePoint(invisible[0])})` };
  const scheme = schemeOf(href);
  if (scheme === 'http' || scheme === 'https') {
    const reason = unsafeUrlReason(href);
    return reason ? { type: 'unsafe', reason: `the URL ${reason}` } : { type: 'external', url: href };
  }
  if (scheme === 'mailto') {
    const reason = mailtoReason(href);
    return reason ? { type: 'unsafe', reason } : { type: 'mail', url: href };
  }
  if (scheme !== undefined) return { type: 'unsafe', reason: `links with the "${scheme}:" scheme are not allowed` };
  if (href.startsWith('//')) return { type: 'unsafe', reason: 'a link starting with "//" leaves the site without saying how; write https://' };
  if (href.startsWith('/')) {
    return { type: 'outside', reason: 'site paths such as "/claims/x/" break in GitHub and editors; link to the content file instead' };
  }
  if (/[?\s]/.test(href)) return { type: 'outside', reason: 'a link to a content file has no query string or spaces' };

  const hash = href.indexOf('#');
  const path = hash === -1 ? href : href.slice(0, hash);
  let anchor: string | undefined;
  if (hash !== -1) {
    try {
      anchor = decodeURIComponent(href.slice(hash + 1));
    } catch {
      return { type: 'outside', reason: 'the #anchor is not valid percent-encoding' };
    }
  }
  if (path === '') return anchor ? { type: 'anchor', anchor } : { type: 'outside', reason: 'the link is empty' };

  const resolved = posix.normalize(posix.join(posix.dirname(from), path));
  const parts = resolved.split('/');
  if (resolved.startsWith('..') || parts.length !== 2) {
    return { type: 'outside', reason: `"${href}" does not point at an entry of the content folder` };
  }
  const [folder, file] = parts;
  const kind = kindOfFolder(folder);
  if (!kind) return { type: 'outside', reason: `"${folder}/" is not a content folder (${Object.values(KINDS).map((k) => k.folder).join(', ')})` };
  const extension = KINDS[kind].extension;
  if (!file.endsWith(extension)) return { type: 'outside', reason: `entries in ${folder}/ end in ${extension}` };
  const id = file.slice(0, -extension.length);
  if (!ID_PATTERN.test(id)) return { type: 'outside', reason: `"${file}" is not a kebab-case entry file name` };
  return { type: 'entry', target: { kind, id }, anchor };
}

/** Fields a mailto: link may carry: a subject the reader sees before sending. */
const MAIL_FIELDS = new Set(['subject']);

/**
 * Why a mailto: link is not one plain address, normalised by the WHATWG URL parser and then
 * percent-decoded (`%40` is an "@", `%2C` a second recipient). Copies (`cc`, `bcc`), a prepared
 * `body` and any other header would send what the reader did not write, or to someone they cannot see.
 */
function mailtoReason(href: string): string | undefined {
  let url: URL;
  let address: string;
  try {
    url = new URL(href);
    address = decodeURIComponent(url.pathname);
  } catch {
    return 'the mailto: address is not a plain e-mail address';
  }
  if (!/^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/.test(address)) return 'the mailto: address is not a plain e-mail address';
  for (const name of url.searchParams.keys()) {
    if (!MAIL_FIELDS.has(name.toLowerCase())) {
      return `the mailto: link carries "${name}", which would add recipients, text or headers the reader does not see; link the plain address (a subject may stay)`;
    }
  }
  return undefined;
}

function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
