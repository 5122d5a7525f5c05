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
    ['http://192.168.1.1/', 'must point at a public host, not localhost or a private address'],
    ['https://example.org/a b', 'contains white space'],
    ['https://exa\u202Emple.org/', 'contains an invisible or direction-changing character'],
  ])('rejects %s', (url, reason) => expect(unsafeUrlReason(url)).toBe(reason));

  it('accepts a public https address', () => {
    expect(WebUrl.safeParse('https://www.reuters.com/world/china/story-2022-07-04/').success).toBe(true);
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
