/**
 * File names Windows keeps for devices are file-name errors (rule file-name). Tested through the
 * pipeline with the names given in memory, not as fixture files: a Windows checkout of this
 * repository could not hold them either.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { processEntry } from '../../src/pipeline/entry';
import { idProblem } from '../../scripts/lib/scaffold';

const CLAIM = readFileSync('tests/fixtures/rules/file-name/pass/content/claims/police-offer.mdx');
const ENTITY = readFileSync('tests/fixtures/rules/_base/content/entities/pipl.yaml');

function fileNameProblems(contentPath: string): string[] {
  const bytes = contentPath.startsWith('claims/') ? CLAIM : ENTITY;
  const entry = processEntry({ file: `content/${contentPath}`, contentPath, bytes }, { render: false, base: '/', today: '2026-06-01' });
  return entry.diagnostics.filter((d) => d.rule === 'file-name').map((d) => `${d.file}:${d.line}:${d.column} ${d.message}\n  fix: ${d.fix}`);
}

describe('Windows device names as content file names', () => {
  it.each([
    ['claims/con.mdx', 'CON', 'con-entry.mdx'],
    ['claims/LPT9.mdx', 'LPT9', 'lpt9-entry.mdx'],
    ['claims/Aux.mdx', 'AUX', 'aux-entry.mdx'],
    ['entities/nul.yaml', 'NUL', 'nul-entry.yaml'],
    ['entities/com1.yaml', 'COM1', 'com1-entry.yaml'],
    ['entities/prn.draft.yaml', 'PRN', 'prn-draft-entry.yaml'],
  ])('reports %s as the device %s, with a fix', (contentPath, device, renamed) => {
    const name = contentPath.split('/')[1];
    expect(fileNameProblems(contentPath)).toEqual([
      `content/${contentPath}:1:1 The file name "${name}" is the device ${device} to Windows, which reserves the name in any case and with any extension: Windows cannot create the file, nor its page's folder in the offline edition.\n  fix: Rename it with a word added, for example to ${renamed}.`,
    ]);
  });

  it.each(['claims/console.mdx', 'claims/con-artists.mdx', 'entities/com10.yaml', 'entities/lpt0.yaml', 'entities/nul-route.yaml'])('accepts %s, which only looks like one', (contentPath) => {
    expect(fileNameProblems(contentPath)).toEqual([]);
  });

  it('is refused by npm run new too', () => {
    expect(idProblem('tests/fixtures/rules/_base/content', 'claim', 'aux')).toBe('"aux" is AUX, a file name Windows keeps for a device; add a word, for example "aux-entry".');
  });
});
