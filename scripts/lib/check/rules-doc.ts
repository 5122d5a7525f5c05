/** docs/rules.md, written from the rule catalog (src/diagnostics/rules.ts), so the two never disagree. */
import { RULE_GROUPS, RULE_IDS, RULES } from '../../../src/diagnostics/rules';

const anchor = (id: string) => id;

export function rulesDocument(): string {
  const lines: string[] = [
    '# Checker rules',
    '',
    '<!-- Generated from src/diagnostics/rules.ts by `npm run docs:rules`. Do not edit by hand. -->',
    '',
    'Every message of `npm run check` (and of `npm run build`, which runs the same checks first) names',
    'one of these rules, with the file, line and column, what is wrong and what to do. An **error** stops',
    'the build; a **warning** does not, unless the check runs with `--strict`.',
    '',
    '| rule | severity | what it checks |',
    '| --- | --- | --- |',
  ];
  for (const id of RULE_IDS) lines.push(`| [\`${id}\`](#${anchor(id)}) | ${RULES[id].severity} | ${escapeCell(RULES[id].meaning)} |`);
  for (const group of RULE_GROUPS) {
    lines.push('', `## ${group}`);
    for (const id of RULE_IDS.filter((r) => RULES[r].group === group)) {
      const rule = RULES[id];
      lines.push('', `### ${id}`, '', `**${rule.severity}**. ${rule.meaning}`, '', `**Fix:** ${rule.fix}`, '', 'For example:', '', '```text', rule.example, '```');
    }
  }
  return `${lines.join('\n')}\n`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}
