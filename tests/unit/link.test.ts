import { describe, expect, it } from 'vitest';
import { resolveLink } from '../../src/pipeline/link';

describe('cross-links are relative file links resolved to entries', () => {
  it.each([
    ['../entities/pipl.yaml', { type: 'entry', target: { kind: 'entity', id: 'pipl' }, anchor: undefined }],
    ['./other-claim.mdx', { type: 'entry', target: { kind: 'claim', id: 'other-claim' }, anchor: undefined }],
    ['other-claim.mdx#background', { type: 'entry', target: { kind: 'claim', id: 'other-claim' }, anchor: 'background' }],
    ['../sources/reuters-2022.yaml', { type: 'entry', target: { kind: 'source', id: 'reuters-2022' }, anchor: undefined }],
    ['#details', { type: 'anchor', anchor: 'details' }],
  ])('resolves %s from a claim', (href, expected) => expect(resolveLink(href, 'claims/x.mdx')).toEqual(expected));
});

describe('links that leave the content folder or the web are refused', () => {
  it.each([
    ['javascript:alert(1)', 'links with the "javascript:" scheme are not allowed'],
    ['java\tscript:alert(1)', 'links with the "javascript:" scheme are not allowed'],
    [' JAVASCRIPT:alert(1)', 'links with the "javascript:" scheme are not allowed'],
    ['data:text/html,x', 'links with the "data:" scheme are not allowed'],
    ['vbscript:x', 'links with the "vbscript:" scheme are not allowed'],
    ['file:///etc/passwd', 'links with the "file:" scheme are not allowed'],
    ['//evil.example/x', 'a link starting with "//" leaves the site without saying how; write https://'],
    ['https://localhost/x', 'the URL must point at a public host, not localhost or a private address'],
    ['mailto:editors@example.org?bcc=watcher@evil.example', 'the mailto: link carries "bcc", which would add recipients, text or headers the reader does not see; link the plain address (a subject may stay)'],
    ['mailto:editors@example.org?subject=Hi&Cc=x', 'the mailto: link carries "Cc", which would add recipients, text or headers the reader does not see; link the plain address (a subject may stay)'],
    ['mailto:editors@example.org?body=Sent%20by%20a%20reader', 'the mailto: link carries "body", which would add recipients, text or headers the reader does not see; link the plain address (a subject may stay)'],
    ['mailto:editors@example.org%2Cwatcher@evil.example', 'the mailto: address is not a plain e-mail address'],
    ['mailto:editors@example.org\u{E0062}', 'the link contains an invisible or direction-changing character (U+E0062)'],
  ])('%s is unsafe', (href, reason) => expect(resolveLink(href, 'claims/x.mdx')).toEqual({ type: 'unsafe', reason }));

  it.each([
    ['/claims/x/', 'site paths such as "/claims/x/" break in GitHub and editors; link to the content file instead'],
    ['../../README.md', '"../../README.md" does not point at an entry of the content folder'],
    ['../docs/x.mdx', '"docs/" is not a content folder (claims, sources, topics, entities, reviews, questions, series)'],
    ['../entities/pipl.mdx', 'entries in entities/ end in .yaml'],
    ['./Bad_Name.mdx', '"Bad_Name.mdx" is not a kebab-case entry file name'],
  ])('%s is outside', (href, reason) => expect(resolveLink(href, 'claims/x.mdx')).toEqual({ type: 'outside', reason }));

  it('keeps external https and mailto links', () => {
    expect(resolveLink('https://www.example.org/a', 'claims/x.mdx')).toEqual({ type: 'external', url: 'https://www.example.org/a' });
    expect(resolveLink('mailto:editors@example.org', 'claims/x.mdx')).toEqual({ type: 'mail', url: 'mailto:editors@example.org' });
    expect(resolveLink('mailto:editors%40example.org?subject=Correction', 'claims/x.mdx')).toEqual({ type: 'mail', url: 'mailto:editors%40example.org?subject=Correction' });
  });
});
