/** The three output formats of `npm run check`. */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic';
import { escapeData, escapeProperty, formatGithub } from '../../src/diagnostics/format-github';
import { formatJson } from '../../src/diagnostics/format-json';
import { formatText } from '../../src/diagnostics/format-text';

const diagnostics: Diagnostic[] = [
  {
    file: 'content/claims/a,b.mdx',
    line: 3,
    column: 5,
    endLine: 3,
    endColumn: 9,
    severity: 'error',
    rule: 'unknown-field',
    message: 'Unknown field "statment" in the claim.',
    fix: 'Did you mean "statement"?',
  },
  {
    file: 'content/sources/x.yaml',
    line: 7,
    column: 6,
    endLine: 7,
    endColumn: 60,
    severity: 'warning',
    rule: 'tracking-parameter',
    message: 'The URL in "url" carries 100% tracking: utm_source\nand more\r.',
    fix: 'Remove it: https://example.org/a?b=1',
  },
];

describe('the text format', () => {
  it('groups by file, puts file:line:col, severity, message and rule on one line and the fix below, then a summary', () => {
    expect(formatText(diagnostics)).toBe(
      [
        'content/claims/a,b.mdx',
        'content/claims/a,b.mdx:3:5  error  Unknown field "statment" in the claim.  [unknown-field]',
        '    fix: Did you mean "statement"?',
        '',
        'content/sources/x.yaml',
        'content/sources/x.yaml:7:6  warning  The URL in "url" carries 100% tracking: utm_source\\nand more\\r.  [tracking-parameter]',
        '    fix: Remove it: https://example.org/a?b=1',
        '',
        '1 error and 1 warning in 2 files.',
      ].join('\n'),
    );
  });

  it('shows the line of each problem with its span underlined, and nothing for whole-file problems', () => {
    const source = (file: string) => (file.endsWith('x.yaml') ? 'type: news\n\t\u202Eurl: x\nurl: https://example.org/?utm_source=feed\n' : undefined);
    const at = (line: number, column: number, endLine: number, endColumn: number): Diagnostic => ({ ...diagnostics[1], message: 'Tracking.', line, column, endLine, endColumn });
    expect(formatText([at(3, 6, 3, 41), at(2, 2, 2, 3), at(1, 1, 1, 1), at(9, 1, 9, 2)], { source }).split('\n')).toEqual([
      'content/sources/x.yaml',
      'content/sources/x.yaml:3:6  warning  Tracking.  [tracking-parameter]',
      '     3 | url: https://example.org/?utm_source=feed',
      '       |      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
      '    fix: Remove it: https://example.org/a?b=1',
      'content/sources/x.yaml:2:2  warning  Tracking.  [tracking-parameter]',
      '     2 | ··url: x',
      '       |  ^',
      '    fix: Remove it: https://example.org/a?b=1',
      'content/sources/x.yaml:1:1  warning  Tracking.  [tracking-parameter]',
      '    fix: Remove it: https://example.org/a?b=1',
      'content/sources/x.yaml:9:1  warning  Tracking.  [tracking-parameter]',
      '    fix: Remove it: https://example.org/a?b=1',
      '',
      '0 errors and 4 warnings in 1 file.',
    ]);
  });

  it('says so when there is nothing to report', () => {
    expect(formatText([])).toBe('No problems found.');
  });
});

describe('the JSON format', () => {
  it('is an array of {file, line, column, endLine, endColumn, severity, rule, message, fix} in that order', () => {
    const parsed = JSON.parse(formatJson(diagnostics));
    expect(parsed).toEqual(diagnostics);
    expect(Object.keys(parsed[0])).toEqual(['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'rule', 'message', 'fix']);
  });
});

describe('the GitHub annotations format', () => {
  it('escapes %, carriage returns and line feeds in messages, and also : and , in properties', () => {
    expect(escapeData('100% a\r\nb: c, d')).toBe('100%25 a%0D%0Ab: c, d');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it('writes one workflow command per diagnostic with its span, rule as title, message and fix', () => {
    expect(formatGithub(diagnostics).split('\n')).toEqual([
      '::error file=content/claims/a%2Cb.mdx,line=3,col=5,endLine=3,endColumn=9,title=unknown-field::Unknown field "statment" in the claim. Did you mean "statement"?',
      '::warning file=content/sources/x.yaml,line=7,col=6,endLine=7,endColumn=60,title=tracking-parameter::The URL in "url" carries 100%25 tracking: utm_source%0Aand more%0D. Remove it: https://example.org/a?b=1',
      '1 error and 1 warning in 2 files.',
    ]);
  });

  it('names files as the repository knows them', () => {
    expect(formatGithub(diagnostics.slice(0, 1), { pathOf: (f) => `site/${f}` })).toContain('file=site/content/claims/a%2Cb.mdx,');
  });
});
