import { describe, expect, it } from 'vitest';
import { ClaimSchema, EntryId, IsoDate, PartialDate, PartialDateOrUnknown, SourceSchema, unsafeUrlReason, WebUrl } from '../../src/schema/index';

const claim = {
  title: 'A claim',
  statement: 'Something happened.',
  topic: 'leaks',
  status: 'reported',
  status_history: [{ date: '2026-11-29', status: 'reported', reason: 'First entry.' }],
  reviewed: { date: '2026-11-29' },
  evidence: [{ source: 'a-source', role: 'supports', quote: { text: 'it happened', language: 'en' } }],
};

const source = {
  type: 'news',
  title: 'A story',
  language: 'en',
  publisher: 'A paper',
  published: '2024-11',
  url: 'https://www.example.org/story',
  accessed: '2024-12-01',
  no_archive: 'The site blocks archives.',
  reliability: { rating: 'generally-reliable', note: 'A newspaper.' },
};

describe('the claim schema', () => {
  it('accepts a minimal valid claim and fills list defaults', () => {
    const parsed = ClaimSchema.parse(claim);
    expect(parsed.entities).toEqual([]);
    expect(parsed.related).toEqual([]);
    expect(parsed.supersedes).toEqual([]);
  });

  it('rejects unknown fields', () => {
    const result = ClaimSchema.safeParse({ ...claim, statment: 'typo' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['statment'] });
  });

  it('requires a translator whenever a quote has a translation', () => {
    const evidence = [{ ...claim.evidence[0], quote: { text: '开盒', language: 'zh', translation: 'opening the box' } }];
    const result = ClaimSchema.safeParse({ ...claim, evidence });
    expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['evidence.0.quote.translator', 'say who translated the quote (translator), for example "project editors"'],
    ]);
  });

  it('requires at least one field in a locator', () => {
    const evidence = [{ ...claim.evidence[0], locator: {} }];
    expect(ClaimSchema.safeParse({ ...claim, evidence }).error!.issues[0].message).toBe(
      'give at least one of page, section, paragraph or timestamp, or not_recorded with the reason',
    );
  });

  it('rejects a status that is not in the list', () => {
    expect(ClaimSchema.safeParse({ ...claim, status: 'confirmed' }, { reportInput: true }).error!.issues[0]).toMatchObject({ code: 'invalid_value', input: 'confirmed' });
  });
});

describe('dates', () => {
  it.each(['2024-02-29', '2000-12-31', '1999-01-01'])('accepts the real date %s', (d) => expect(IsoDate.safeParse(d).success).toBe(true));
  it.each(['2021-13-45', '2021-02-30', '2021-1-5', '2023-02-29', '2021-02', '21-02-03', ' 2021-02-03'])('rejects %s as a full date', (d) =>
    expect(IsoDate.safeParse(d).success).toBe(false),
  );
  it('accepts years and months where a partial date is allowed', () => {
    expect(['2024', '2024-11', '2024-11-21'].map((d) => PartialDate.safeParse(d).success)).toEqual([true, true, true]);
    expect(['2024-00', '2024-13', 'unknown'].map((d) => PartialDate.safeParse(d).success)).toEqual([false, false, false]);
  });
  it('accepts "unknown" only where the schema allows it', () => {
    expect(PartialDateOrUnknown.safeParse('unknown').success).toBe(true);
    expect(PartialDateOrUnknown.safeParse('sometime').error!.issues[0].message).toBe(
      'expected a real date written YYYY, YYYY-MM or YYYY-MM-DD, or the word "unknown"',
    );
  });
});

describe('URLs', () => {
  it.each([
    ['javascript:alert(1)', 'must start with https:// (or http://) followed by a host name'],
    ['JaVaScRiPt:alert(1)', 'must start with https:// (or http://) followed by a host name'],
    ['data:text/html,hi', 'must start with https:// (or http://) followed by a host name'],
    ['http:/example.org', 'must start with https:// (or http://) followed by a host name'],
    ['https:example.org', 'must start with https:// (or http://) followed by a host name'],
    ['//example.org/x', 'must start with https:// (or http://) followed by a host name'],
    ['https://user:pw@example.org/', 'must not contain a user name or password'],
    ['https://localhost/admin', 'must point at a public host, not localhost or a private address'],
    ['http://192.168.1.1/', 'must point at a public host, not 192.168.1.1: 192.168.0.0/16 is a private network'],
    ['https://example.org/a b', 'contains white space'],
    ['https://exa\u202Emple.org/', 'contains an invisible or direction-changing character'],
    ['https://example.org/\u{E0041}', 'contains an invisible or direction-changing character'],
    ['https://example.org/\u061C', 'contains an invisible or direction-changing character'],
    ['https://localhost./', 'must name its host without a trailing dot ("localhost." is still localhost to a browser, which a check on the name alone would miss)'],
    ['https://intranet./', 'must name its host without a trailing dot ("intranet." is still intranet to a browser, which a check on the name alone would miss)'],
    ['http://0x7f.1/', 'must point at a public host, not 127.0.0.1: 127.0.0.0/8 is loopback (this computer)'],
    ['http://2130706433/', 'must point at a public host, not 127.0.0.1: 127.0.0.0/8 is loopback (this computer)'],
    ['https://%6c%6fcalhost/', 'must point at a public host, not localhost or a private address'],
    ['http://0.1.2.3/', 'must point at a public host, not 0.1.2.3: 0.0.0.0/8 is "this network"'],
    ['http://100.64.0.1/', 'must point at a public host, not 100.64.0.1: 100.64.0.0/10 is the shared address space of carrier-grade NAT'],
    ['http://100.127.255.254/', 'must point at a public host, not 100.127.255.254: 100.64.0.0/10 is the shared address space of carrier-grade NAT'],
    ['http://169.254.169.254/latest/meta-data/', 'must point at a public host, not 169.254.169.254: 169.254.0.0/16 is link-local'],
    ['http://172.31.0.1/', 'must point at a public host, not 172.31.0.1: 172.16.0.0/12 is a private network'],
    ['http://192.0.0.8/', 'must point at a public host, not 192.0.0.8: 192.0.0.0/24 is IETF protocol assignments'],
    ['http://192.0.2.1/', 'must point at a public host, not 192.0.2.1: 192.0.2.0/24 is documentation (TEST-NET-1)'],
    ['http://198.19.255.1/', 'must point at a public host, not 198.19.255.1: 198.18.0.0/15 is benchmarking'],
    ['http://198.51.100.7/', 'must point at a public host, not 198.51.100.7: 198.51.100.0/24 is documentation (TEST-NET-2)'],
    ['http://203.0.113.9/', 'must point at a public host, not 203.0.113.9: 203.0.113.0/24 is documentation (TEST-NET-3)'],
    ['http://239.1.1.1/', 'must point at a public host, not 239.1.1.1: 224.0.0.0/4 is multicast'],
    ['http://255.255.255.255/', 'must point at a public host, not 255.255.255.255: 240.0.0.0/4 is reserved (and broadcast)'],
    ['http://[::1]/', 'must point at a public host, not [::1]: ::1/128 is loopback (this computer)'],
    ['http://[::ffff:127.0.0.1]/', 'must point at a public host, not [::ffff:7f00:1]: ::ffff:0:0/96 is an IPv4-mapped address'],
    ['http://[fd12:3456::1]/', 'must point at a public host, not [fd12:3456::1]: fc00::/7 is a unique local (private) network'],
    ['http://[fe80::1]/', 'must point at a public host, not [fe80::1]: fe80::/10 is link-local'],
    ['http://[2001:db8::1]/', 'must point at a public host, not [2001:db8::1]: 2001:db8::/32 is documentation'],
    ['http://[2002:c000:204::1]/', 'must point at a public host, not [2002:c000:204::1]: 2002::/16 is 6to4, which carries an IPv4 address'],
    ['https://xn--pypal-4ve.com/', 'has a host label "p\u0430ypal" (xn--pypal-4ve in punycode, as a browser may show it) that mixes Latin and Cyrillic letters, the way look-alike names are made'],
    ['https://p\u0430ypal.com/', 'has a host label "p\u0430ypal" (xn--pypal-4ve in punycode, as a browser may show it) that mixes Latin and Cyrillic letters, the way look-alike names are made'],
  ])('rejects %s', (url, reason) => expect(unsafeUrlReason(url)).toBe(reason));

  it.each([
    'https://www.reuters.com/world/china/story-2022-07-04/',
    'http://8.8.8.8/',
    'http://100.128.0.1/',
    'http://[2606:4700::1111]/',
    'https://\u4e2d\u56fd\u653f\u5e9c\u7f51.\u4e2d\u56fd/',
    'https://\u65e5\u672c\u8a9e\u30c9\u30e1\u30a4\u30f3.jp/',
    'https://m\u00fcnchen.de/',
  ])('accepts the public address %s', (url) => {
    expect(WebUrl.safeParse(url).success).toBe(true);
  });
});

describe('ids', () => {
  it.each(['pipl', 'shanghai-police-leak-2022', 'a1'])('accepts %s', (id) => expect(EntryId.safeParse(id).success).toBe(true));
  it.each(['PIPL', 'two--hyphens', '-leading', 'trailing-', 'under_score', 'ünicode', 'a'.repeat(81)])('rejects %s', (id) =>
    expect(EntryId.safeParse(id).success).toBe(false),
  );
});

describe('the source schema', () => {
  it('accepts a source with an access date and a reason for no archive', () => {
    expect(SourceSchema.safeParse(source).success).toBe(true);
  });
  it('wants an archived copy or a reason, and a url or the copy read', () => {
    const { url: _url, no_archive: _n, ...bare } = source;
    expect(SourceSchema.safeParse(bare).error!.issues.map((i) => i.message)).toEqual([
      'give the url, the read_at copy, or both',
      'add an archived copy (archives: url and date) or say why there is none (no_archive)',
    ]);
  });
  it('wants the original title of a source not in English, and who translated it', () => {
    expect(SourceSchema.safeParse({ ...source, language: 'zh' }).error!.issues.map((i) => i.path.join('.'))).toEqual(['original_title']);
    expect(SourceSchema.safeParse({ ...source, language: 'zh', original_title: '标题' }).error!.issues.map((i) => i.path.join('.'))).toEqual(['title_translator']);
  });
});
