/**
 * What `npm run dev` prints after each check, and what it sends to the browser's error overlay.
 * (The whole loop, with a real server and Chromium, is in contributor-path.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { diagnostic, type Diagnostic } from '../../src/diagnostics/diagnostic';
import { describeCheck, diffDiagnostics, overlayPayload } from '../../src/site/dev-reload';

const at = (line: number) => ({ line, column: 3, endLine: line, endColumn: 9 });
const unknownTopic = (line: number) => diagnostic('content/claims/a.mdx', at(line), 'unknown-reference', 'Field "topic" names the topic "leak", which does not exist.', 'Did you mean "leaks"?');
const emptyTitle: Diagnostic = diagnostic('content/claims/a.mdx', at(2), 'invalid-value', 'Field "title": must not be empty.');

describe('the dev server terminal', () => {
  it('says how many entries it checked and that all is well, on one line', () => {
    expect(describeCheck({ previous: undefined, current: [], changed: [], entries: 171, color: false })).toBe('[check] 171 entries checked. No problems found.');
  });

  it('lists every problem at start, then only the problems that appeared or went away', () => {
    expect(describeCheck({ previous: undefined, current: [emptyTitle], changed: [], entries: 3, color: false })).toBe(
      [
        '[check] 3 entries checked.',
        'content/claims/a.mdx',
        'content/claims/a.mdx:2:3  error  Field "title": must not be empty.  [invalid-value]',
        '    fix: Change the value as the message says; docs/fields.md lists what every field takes.',
        '[check] 1 error and 0 warnings in 1 file.',
      ].join('\n'),
    );
    const changed = [{ file: 'content/claims/a.mdx', event: 'change' as const }];
    expect(describeCheck({ previous: [emptyTitle], current: [emptyTitle, unknownTopic(4)], changed, entries: 3, color: false })).toBe(
      [
        '[check] content/claims/a.mdx saved.',
        'content/claims/a.mdx',
        'content/claims/a.mdx:4:3  error  Field "topic" names the topic "leak", which does not exist.  [unknown-reference]',
        '    fix: Did you mean "leaks"?',
        '[check] 2 errors and 0 warnings in 1 file.',
      ].join('\n'),
    );
    expect(describeCheck({ previous: [emptyTitle, unknownTopic(4)], current: [unknownTopic(4)], changed, entries: 3, color: false })).toBe(
      ['[check] content/claims/a.mdx saved.', 'fixed: content/claims/a.mdx:2:3  Field "title": must not be empty.  [invalid-value]', '[check] 1 error and 0 warnings in 1 file.'].join('\n'),
    );
  });

  it('does not repeat a problem that only moved because lines were added above it', () => {
    expect(diffDiagnostics([unknownTopic(4)], [unknownTopic(9)])).toEqual({ added: [], fixed: [] });
    const changed = [{ file: 'content/claims/a.mdx', event: 'change' as const }];
    expect(describeCheck({ previous: [unknownTopic(4)], current: [unknownTopic(9)], changed, entries: 3, color: false })).toBe(
      '[check] content/claims/a.mdx saved. No new problems; still 1 error and 0 warnings in 1 file.',
    );
  });

  it('names at most three changed files', () => {
    const changed = ['a', 'b', 'c', 'd', 'e'].map((n) => ({ file: `content/claims/${n}.mdx`, event: 'add' as const }));
    expect(describeCheck({ previous: [], current: [], changed, entries: 5, color: false })).toBe(
      '[check] content/claims/a.mdx added, content/claims/b.mdx added, content/claims/c.mdx added and 2 more files changed. No problems found.',
    );
  });
});

describe('the dev server overlay', () => {
  it('is sent only while there are errors, pointing at the first one', () => {
    expect(overlayPayload([], '/srv/site/content')).toBeUndefined();
    const payload = overlayPayload([unknownTopic(4)], '/srv/site/content')!;
    expect(payload.err.title).toBe('The content has an error');
    expect(payload.err.loc).toEqual({ file: '/srv/site/content/claims/a.mdx', line: 4, column: 3 });
  });

  it('escapes what contributors typed, because the overlay writes messages as HTML', () => {
    const typed = diagnostic('content/claims/a.mdx', at(5), 'invalid-value', 'Field "status" is "<img src=x onerror=alert(1)>", which is not one of: reported.');
    const { message } = overlayPayload([typed], '/srv/site/content')!.err;
    expect(message).not.toContain('<img');
    expect(message).toContain('&#60;img src=x onerror=alert(1)&#62;');
  });
});
