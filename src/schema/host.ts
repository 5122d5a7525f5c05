/**
 * Whether the host of a URL, as the WHATWG URL parser normalised it (lowercase, IDN labels in
 * punycode, IPv4 in dotted decimal however it was written, IPv6 compressed in brackets), is a public
 * name a reader's browser can be sent to. Imports nothing, so the schemas stay on `astro/zod` alone.
 */

/** Names that never leave the local network (RFC 6761, RFC 6762, RFC 8375, ICANN's .internal). */
const LOCAL_NAME = /^(?:localhost|.*\.localhost|.*\.local|.*\.internal|.*\.home\.arpa|home\.arpa)$/;

/** IPv4 ranges that are not public, from the IANA IPv4 Special-Purpose Address Registry. */
const IPV4_SPECIAL: readonly [string, number, string][] = [
  ['0.0.0.0', 8, '"this network"'],
  ['10.0.0.0', 8, 'a private network'],
  ['100.64.0.0', 10, 'the shared address space of carrier-grade NAT'],
  ['127.0.0.0', 8, 'loopback (this computer)'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'a private network'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.0.2.0', 24, 'documentation (TEST-NET-1)'],
  ['192.88.99.0', 24, 'the retired 6to4 relay anycast'],
  ['192.168.0.0', 16, 'a private network'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation (TEST-NET-2)'],
  ['203.0.113.0', 24, 'documentation (TEST-NET-3)'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved (and broadcast)'],
];

/** IPv6 ranges inside global unicast (2000::/3) that are still not public (IANA IPv6 Special-Purpose Registry). */
const IPV6_SPECIAL: readonly [string, number, string][] = [
  ['2001::', 23, 'IETF protocol assignments (Teredo, benchmarking, ORCHID ...)'],
  ['2001:db8::', 32, 'documentation'],
  ['2002::', 16, '6to4, which carries an IPv4 address'],
  ['3fff::', 20, 'documentation'],
];
/** Names for the common ranges outside 2000::/3, for the message. */
const IPV6_OUTSIDE: readonly [string, number, string][] = [
  ['::1', 128, 'loopback (this computer)'],
  ['::', 128, 'the unspecified address'],
  ['::ffff:0:0', 96, 'an IPv4-mapped address'],
  ['64:ff9b::', 96, 'NAT64, which carries an IPv4 address'],
  ['fc00::', 7, 'a unique local (private) network'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'the retired site-local range'],
  ['ff00::', 8, 'multicast'],
];

/**
 * Scripts a host label may mix (UTS #39, "highly restrictive"): Japanese, Chinese and Korean names
 * mix Han with their own scripts and Latin. Any other mix is how look-alike names are made.
 */
const MIXABLE = [
  new Set(['Latin', 'Han', 'Hiragana', 'Katakana']),
  new Set(['Latin', 'Han', 'Bopomofo']),
  new Set(['Latin', 'Han', 'Hangul']),
];
const SCRIPTS = [
  'Latin', 'Greek', 'Cyrillic', 'Armenian', 'Hebrew', 'Arabic', 'Syriac', 'Thaana', 'Devanagari', 'Bengali', 'Gurmukhi',
  'Gujarati', 'Oriya', 'Tamil', 'Telugu', 'Kannada', 'Malayalam', 'Sinhala', 'Thai', 'Lao', 'Tibetan', 'Myanmar',
  'Georgian', 'Hangul', 'Ethiopic', 'Cherokee', 'Khmer', 'Mongolian', 'Hiragana', 'Katakana', 'Bopomofo', 'Han', 'Yi',
  'Tifinagh', 'Canadian_Aboriginal',
].map((name) => ({ name, pattern: new RegExp(`\\p{Script=${name}}`, 'u') }));

/** Why a normalised host is not a public name, or undefined when it is. */
export function nonPublicHostReason(host: string): string | undefined {
  if (host.endsWith('.')) return `must name its host without a trailing dot ("${host}" is still ${host.replace(/\.+$/, '') || 'no host'} to a browser, which a check on the name alone would miss)`;
  if (host.startsWith('[')) return ipv6Reason(host.slice(1, -1));
  const v4 = ipv4(host);
  if (v4 !== undefined) {
    const range = IPV4_SPECIAL.find(([base, bits]) => inRange(v4, ipv4(base)!, bits, 32));
    return range ? `must point at a public host, not ${host}: ${range[0]}/${range[1]} is ${range[2]}` : undefined;
  }
  if (LOCAL_NAME.test(host) || !host.includes('.')) return 'must point at a public host, not localhost or a private address';
  for (const label of host.split('.')) {
    const reason = labelReason(label);
    if (reason) return reason;
  }
  return undefined;
}

/** A host label whose letters come from scripts no real name mixes (Latin "paypal" with a Cyrillic "а"). */
function labelReason(label: string): string | undefined {
  let text = label;
  if (label.startsWith('xn--')) {
    const decoded = decodePunycode(label.slice(4));
    if (decoded === undefined) return `has a host label "${label}" that is not valid punycode`;
    text = decoded;
  }
  const scripts = new Set<string>();
  for (const ch of text) {
    if (!/\p{L}/u.test(ch)) continue;
    scripts.add(SCRIPTS.find((s) => s.pattern.test(ch))?.name ?? 'other');
  }
  if (scripts.size <= 1 || MIXABLE.some((allowed) => [...scripts].every((s) => allowed.has(s)))) return undefined;
  return `has a host label "${text}" (${label} in punycode, as a browser may show it) that mixes ${[...scripts].map((s) => s.replace('_', ' ')).join(' and ')} letters, the way look-alike names are made`;
}

function ipv6Reason(address: string): string | undefined {
  const value = ipv6(address);
  if (value === undefined) return 'is not a well-formed URL';
  const inside = (list: readonly [string, number, string][]) => list.find(([base, bits]) => inRange(value, ipv6(base)!, bits, 128));
  const global = inRange(value, ipv6('2000::')!, 3, 128);
  const range = global ? inside(IPV6_SPECIAL) : (inside(IPV6_OUTSIDE) ?? ['2000::', 3, 'global unicast, and the address is outside it']);
  return range ? `must point at a public host, not [${address}]: ${range[0]}/${range[1]} is ${range[2]}` : undefined;
}

function inRange(value: bigint, base: bigint, bits: number, width: number): boolean {
  const shift = BigInt(width - bits);
  return value >> shift === base >> shift;
}

/** A dotted-decimal IPv4 address (the only form the URL parser leaves) as a number. */
function ipv4(host: string): bigint | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return undefined;
  return m.slice(1).reduce((acc, part) => (acc << 8n) | BigInt(Number(part) & 0xff), 0n);
}

/** An IPv6 address as the URL parser writes it (hex groups, one "::", maybe a dotted IPv4 tail) as a number. */
function ipv6(address: string): bigint | undefined {
  let text = address.toLowerCase();
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (tail) {
    const v4 = ipv4(tail[1]);
    if (v4 === undefined) return undefined;
    text = text.slice(0, -tail[1].length) + `${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (part: string) => (part === '' ? [] : part.split(':'));
  const head = groups(halves[0]);
  const rest = halves.length === 2 ? groups(halves[1]) : [];
  const missing = 8 - head.length - rest.length;
  if (missing < 0 || (halves.length === 1 && missing !== 0)) return undefined;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...rest];
  if (!all.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return undefined;
  return all.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n);
}

/** RFC 3492 punycode, decoding only: the Unicode text of an `xn--` label, or undefined if it is not valid. */
function decodePunycode(input: string): string | undefined {
  const base = 36;
  const delimiter = input.lastIndexOf('-');
  const output = [...(delimiter > 0 ? input.slice(0, delimiter) : '')].map((c) => c.codePointAt(0)!);
  if (output.some((c) => c >= 0x80)) return undefined;
  let n = 128;
  let bias = 72;
  let i = 0;
  for (let at = delimiter > 0 ? delimiter + 1 : 0; at < input.length; ) {
    const oldi = i;
    for (let w = 1, k = base; ; k += base) {
      if (at >= input.length) return undefined;
      const c = input.charCodeAt(at++);
      const digit = c >= 48 && c <= 57 ? c - 22 : c >= 65 && c <= 90 ? c - 65 : c >= 97 && c <= 122 ? c - 97 : base;
      if (digit >= base) return undefined;
      i += digit * w;
      const t = k <= bias ? 1 : k >= bias + 26 ? 26 : k - bias;
      if (digit < t) break;
      w *= base - t;
      if (i > 0x10ffff * 64) return undefined;
    }
    const length = output.length + 1;
    let delta = oldi === 0 ? Math.floor((i - oldi) / 700) : Math.floor((i - oldi) / 2);
    delta += Math.floor(delta / length);
    let k = 0;
    while (delta > 455) {
      delta = Math.floor(delta / 35);
      k += base;
    }
    bias = k + Math.floor((36 * delta) / (delta + 38));
    n += Math.floor(i / length);
    i %= length;
    if (n > 0x10ffff) return undefined;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}
