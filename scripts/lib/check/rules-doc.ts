/** docs/rules.md, written from the rule catalog (src/diagnostics/rules.ts), so the two never disagree. */
import { RULE_GROUPS, RULE_IDS, RULES } from '../../../src/diagnostics/rules';
import { EVIDENCE_STANDARD, REVIEW_DUE_AFTER_DAYS } from '../../../src/policy/evidence-standard';
import { CLAIM_STATUSES } from '../../../src/schema/claim';

const anchor = (id: string) => id;

export function rulesDocument(): string {
  const lines: string[] = [
    '# Checker rules',
    '',
    '<!-- Generated from src/diagnostics/rules.ts by `npm run docs:rules`. Do not edit by hand. -->',
    '',
    'Every message of `npm run check` (and of `npm run build`, which runs the same checks first) names',
    'one of these rules, with the file, line and column, what is wrong and what to do. An **error** stops',
    'the build; a **warning** does not, unless the check runs with `--strict` (with `--since <git-ref>`, as',
    'pull requests run it, `--strict` fails on warnings in the files changed since that revision only).',
    '',
    '| rule | severity | what it checks |',
    '| --- | --- | --- |',
  ];
  for (const id of RULE_IDS) lines.push(`| [\`${id}\`](#${anchor(id)}) | ${RULES[id].severity} | ${escapeCell(RULES[id].meaning)} |`);
  for (const group of RULE_GROUPS) {
    lines.push('', `## ${group}`);
    if (group === 'Evidence standard') lines.push('', ...standardLines());
    for (const id of RULE_IDS.filter((r) => RULES[r].group === group)) {
      const rule = RULES[id];
      lines.push('', `### ${id}`, '', `**${rule.severity}**. ${rule.meaning}`, '', `**Fix:** ${rule.fix}`, '', 'For example:', '', '```text', rule.example, '```');
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The standard per status, from the policy module the checker and the site read. */
function standardLines(): string[] {
  return [
    'The standard is stated once, in `src/policy/evidence-standard.ts`; the checker, the claim pages, the',
    'maintenance list (`npm run report`, `/maintenance/`) and the about page read it from there. Each status needs:',
    '',
    ...CLAIM_STATUSES.map((status) => `- **${status}**: ${EVIDENCE_STANDARD[status]}.`),
    '',
    'Only evidence items with `role: supports` count as support. Two sources are independent when their',
    'publishers differ: a source with `reprint_of` counts as the source it reprints, and the publisher is',
    'its name before any parenthesis or comma, so "Associated Press (printed by Taipei Times)" is the',
    'Associated Press. A primary text is an evidence item of kind `law-text`, `court-record` or',
    '`official-statement` from a source that is not news (without a kind: a source of type `law`,',
    '`court-record` or `official-statement`).',
    '',
    'A quantity in a statement is a number with thousands separators or decimals, a percentage, a sum',
    'of money or a count in millions (years, days, article numbers and small counts are not); it must',
    'appear in a supporting quote, its translation or the evidence note (for a contested or refuted',
    'claim, a contesting one counts too), in digits or at another scale (54亿 is 5.4 billion). A review',
    `is due ${REVIEW_DUE_AFTER_DAYS} days after \`reviewed.date\`.`,
  ];
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}
