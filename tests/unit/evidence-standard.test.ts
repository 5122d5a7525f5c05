/**
 * The evidence standard (src/policy/evidence-standard.ts) on claims and sources parsed through the
 * real schemas: independence, primary texts, the standing of each status, the summary line and the
 * numbers a quote must show.
 */
import { describe, expect, it } from 'vitest';
import { assessClaim, publisherKey, summarizeEvidence, summaryLine, unsourcedNumbers } from '../../src/policy/evidence-standard';
import { ClaimSchema, type ClaimInput } from '../../src/schema/claim';
import { SourceSchema, type SourceData, type SourceInput } from '../../src/schema/source';

const source = (over: Partial<SourceInput> = {}): SourceData =>
  SourceSchema.parse({
    type: 'news',
    title: 'A story',
    language: 'en',
    publisher: 'Wire Service',
    published: '2022-07-06',
    url: 'https://news.example.org/story',
    accessed: '2024-01-05',
    no_archive: 'Not archived.',
    reliability: { rating: 'generally-reliable', note: 'A wire service.' },
    ...over,
  });

type Item = NonNullable<ClaimInput['evidence']>[number];
const item = (id: string, over: Partial<Item> = {}): Item => ({ source: id, role: 'supports', locator: { paragraph: 1 }, quote: { text: 'a passage', language: 'en' }, ...over });
const claim = (status: ClaimInput['status'], evidence: Item[], statement = 'Something happened.') =>
  ClaimSchema.parse({
    title: 'A claim',
    statement,
    topic: 'leaks',
    status,
    status_history: [{ date: '2024-01-05', status, reason: 'Because.' }],
    reviewed: { date: '2024-01-05' },
    evidence,
  });

const lookup = (sources: Record<string, SourceData>) => (id: string) => sources[id];

describe('independent publishers', () => {
  it('count a copy named after its original publisher as the original', () => {
    const sourceOf = lookup({ a: source({ publisher: 'Associated Press (printed by Taipei Times)' }), b: source({ publisher: 'Associated Press' }) });
    expect(publisherKey('a', sourceOf)).toBe('associated press');
    expect(publisherKey('b', sourceOf)).toBe('associated press');
  });

  it('count a reprint as the source it reprints, through a chain of reprints', () => {
    const sourceOf = lookup({ wire: source(), paper: source({ publisher: 'Daily Paper', reprint_of: 'wire' }), blog: source({ publisher: 'A Blog', reprint_of: 'paper' }) });
    expect(publisherKey('blog', sourceOf)).toBe('wire service');
  });
});

describe('the standard for established', () => {
  it('is met by one primary text rated generally reliable', () => {
    const sourceOf = lookup({ law: source({ type: 'law', publisher: "National People's Congress" }) });
    expect(assessClaim(claim('established', [item('law', { kind: 'law-text' })]), sourceOf)).toMatchObject({ meets: true, atEdge: true });
  });

  it('is not met by a news story quoting an official, or by a secondary summary of a law', () => {
    const sourceOf = lookup({ news: source(), summary: source({ type: 'official-statement', publisher: 'Law Library' }) });
    const standing = assessClaim(claim('established', [item('news', { kind: 'official-statement' })]), sourceOf);
    expect(standing).toMatchObject({ meets: false, weakest: { id: 'news', rating: 'generally-reliable' } });
    expect(standing.shortfall).toBe('it has 1 supporting source from 1 independent publisher, and no primary text rated generally reliable');
    expect(assessClaim(claim('established', [item('summary', { kind: 'secondary-summary' })]), sourceOf).meets).toBe(false);
  });

  it('is not met by two copies of one story, and names the weakest of them', () => {
    const sourceOf = lookup({ wire: source(), copy: source({ publisher: 'Wire Service (reposted by a blog)', reliability: { rating: 'marginal', note: 'A repost.' } }) });
    const standing = assessClaim(claim('established', [item('wire'), item('copy')]), sourceOf);
    expect(standing).toMatchObject({ meets: false, supporting: 2, publishers: 1, weakest: { id: 'copy', rating: 'marginal' } });
  });

  it('is met by two independent publishers, and says why when one of them is doubtful', () => {
    const sourceOf = lookup({ wire: source(), forum: source({ publisher: 'A Forum', reliability: { rating: 'unreliable', note: 'Anonymous.' } }) });
    const standing = assessClaim(claim('established', [item('wire'), item('forum')]), sourceOf);
    expect(standing).toMatchObject({ meets: true, atEdge: true });
    expect(standing.despiteDoubtful).toBe('Established on 2 independent publishers, among them forum (rated unreliable); the standard asks only that one supporting source is not rated doubtful.');
  });

  it('says when a doubtful source is not needed for the standard', () => {
    const sourceOf = lookup({ law: source({ type: 'law', publisher: 'Parliament' }), forum: source({ publisher: 'A Forum', reliability: { rating: 'retracted', note: 'Withdrawn.' } }) });
    const standing = assessClaim(claim('established', [item('law', { kind: 'law-text' }), item('forum')]), sourceOf);
    // Without the retracted story the law stands alone: met, with nothing to spare.
    expect(standing).toMatchObject({ meets: true, atEdge: true });
    expect(standing.despiteDoubtful).toBe('Established without relying on forum (rated retracted): the other supporting sources meet the standard on their own.');
  });

  it('is not met by two independent publishers that are both doubtful', () => {
    const doubtful = { reliability: { rating: 'unreliable' as const, note: 'Anonymous.' } };
    const sourceOf = lookup({ a: source({ publisher: 'A', ...doubtful }), b: source({ publisher: 'B', ...doubtful }) });
    expect(assessClaim(claim('established', [item('a'), item('b')]), sourceOf).shortfall).toBe(
      'it has 2 supporting sources from 2 independent publishers, none of them rated better than unreliable, and no primary text rated generally reliable',
    );
  });
});

describe('the standard for the other statuses', () => {
  const sourceOf = lookup({ wire: source() });

  it('asks a reported claim for one supporting source', () => {
    expect(assessClaim(claim('reported', [item('wire')]), sourceOf).meets).toBe(true);
    expect(assessClaim(claim('reported', [item('wire', { role: 'context' })]), sourceOf).shortfall).toBe('no evidence item supports it');
  });

  it('asks contested and refuted claims for an item that contests them', () => {
    for (const status of ['contested', 'refuted'] as const) {
      expect(assessClaim(claim(status, [item('wire', { role: 'contests' })]), sourceOf).meets).toBe(true);
      expect(assessClaim(claim(status, [item('wire')]), sourceOf).shortfall).toBe('no evidence item contests it');
    }
  });
});

describe('the evidence summary', () => {
  it('counts sources, independent publishers, official texts, copies read and archived copies', () => {
    const sourceOf = lookup({
      wire: source({ archives: [{ url: 'https://web.archive.org/web/2024/https://news.example.org/story', date: '2024-01-05' }], no_archive: undefined }),
      copy: source({ publisher: 'Wire Service (printed by Daily Paper)', url: undefined, read_at: { url: 'https://paper.example.org/story', host: 'Daily Paper' } }),
      law: source({ type: 'law', publisher: 'Parliament', read_at: { url: 'https://mirror.example.org/law', host: 'A mirror' } }),
    });
    const summary = summarizeEvidence(claim('established', [item('wire'), item('copy'), item('law', { role: 'context' })]), sourceOf);
    expect(summaryLine(summary)).toBe('3 sources from 2 independent publishers · 1 official text · 2 read in copies · 1 archived');
  });

  it('says how many items contest the claim, and only when some do', () => {
    const sourceOf = lookup({ wire: source(), other: source({ publisher: 'Other' }) });
    expect(summaryLine(summarizeEvidence(claim('contested', [item('wire'), item('other', { role: 'contests' })]), sourceOf))).toBe(
      '2 sources from 2 independent publishers · 0 official texts · 0 read in copies · 0 archived · 1 against',
    );
  });
});

describe('numbers in a statement', () => {
  const numbers = (statement: string, evidence: Partial<Item>) => unsourcedNumbers(claim('reported', [item('wire', evidence)], statement));

  it('leave years, days, article numbers and small counts alone', () => {
    expect(numbers('On 1 June 2017 Article 253 was amended, and 12 people were charged.', {})).toEqual([]);
  });

  it('name each quantity no supporting quote gives: separators, decimals, money and percentages', () => {
    expect(numbers('He sold 12,441 records at 0.8 yuan, for US$30,000, or 30% of the market, and 5 million more.', {})).toEqual([
      '12,441',
      '0.8 yuan',
      'US$30,000',
      '30%',
      '5 million',
    ]);
  });

  it('find a quantity in the quote, its translation or the evidence note, with or without separators', () => {
    expect(numbers('He sold 12,441 records for 61,429.01 yuan, about US$8,600.', {
      quote: { text: '出售12441条', language: 'zh', translation: 'for 61,429.01 yuan', translator: 'project editors' },
      note: 'US$8,600 is the editors’ conversion.',
    })).toEqual([]);
  });

  it('find a number written at another scale, as Chinese sources write millions', () => {
    expect(numbers('A contractor leaked 5.4 billion records.', { quote: { text: '泄露54亿条', language: 'zh', translation: 'leaked 5.4 billion', translator: 'project editors' } })).toEqual([]);
    expect(numbers('A contractor leaked 5.4 billion records.', { quote: { text: '泄露54亿条', language: 'zh' } })).toEqual([]);
    expect(numbers('China had 700 million cameras.', { quote: { text: '六亿余个', language: 'zh' } })).toEqual(['700 million']);
  });

  it('do not count a number given only by a context item', () => {
    const c = claim('reported', [item('wire'), item('other', { role: 'context', quote: { text: '12,441 records', language: 'en' } })], 'He sold 12,441 records.');
    expect(unsourcedNumbers(c)).toEqual(['12,441']);
  });
});
