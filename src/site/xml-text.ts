/** Text for the XML files the site writes (feeds, sitemap), whatever a contributor typed. */

/**
 * Characters XML 1.0 does not allow in a document: C0 controls but tab, line feed and carriage
 * return, U+FFFE, U+FFFF, and surrogates not in a pair (with the `u` flag only lone ones match).
 * One of them anywhere makes the whole feed unreadable, so they are dropped.
 */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udfff]/gu;

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}
