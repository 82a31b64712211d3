import { escapeMarkdown as md } from '../../../report/sanitise.js';
import type { DiffFormatter } from './types.js';
import { changedRules, changeWords, limitedChanges, RULE_HEADINGS, ruleCells, unchangedLine, verdictLine } from './wording.js';

/** Sized for a pull-request comment: the verdict, a table of changed rules, the records folded away. */
export const diffMarkdown: DiffFormatter = (d, ctx) => {
  const out = ['## ncrs-audit: effect of the rule changes', '', `**${md(verdictLine(d))}**`, ''];
  const rules = changedRules(d);
  if (rules.length > 0) {
    out.push(`| ${RULE_HEADINGS.join(' | ')} |`, `|---|---|---|---|---:|---:|---:|---:|`);
    for (const r of rules) out.push(`| ${ruleCells(r).map(md).join(' | ')} |`);
    out.push('');
  }
  const same = unchangedLine(d);
  if (same) out.push(same, '');
  if (d.changes.length > 0) {
    const { shown, omitted } = limitedChanges(d, ctx.maxRecords);
    out.push(`<details><summary>Records that change verdict (${d.changes.length})</summary>`, '');
    out.push('| Rule | Record | Where | Change |', '|---|---|---|---|');
    for (const c of shown) out.push(`| ${md(c.ruleId)} | ${md(c.recordId ?? '(no id)')} | ${md(`${c.file}:${c.line}`)} | ${changeWords(c)} |`);
    if (omitted > 0) out.push('', `…and ${omitted} more (at most ${ctx.maxRecords} per rule here; \`--format json\` lists all).`);
    out.push('', '</details>', '');
  }
  return `${out.join('\n').trimEnd()}\n`;
};
