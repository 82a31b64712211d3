import { Chalk } from 'chalk';
import Table from 'cli-table3';
import { terminalSafe } from '../../../report/sanitise.js';
import type { DiffFormatter } from './types.js';
import { changedRules, changeWords, limitedChanges, RULE_HEADINGS, ruleCells, unchangedLine, verdictLine } from './wording.js';
import { TABLE_STYLE } from '../../../report/formats/table-style.js';

export const diffTerminal: DiffFormatter = (d, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const out = [d.changed ? c.yellow.bold(verdictLine(d)) : c.green(verdictLine(d))];
  const rules = changedRules(d);
  if (rules.length > 0) {
    const table = new Table({ head: RULE_HEADINGS, style: TABLE_STYLE });
    for (const r of rules) table.push(ruleCells(r).map(terminalSafe));
    out.push(table.toString());
  }
  const same = unchangedLine(d);
  if (same) out.push(c.dim(same));
  const { shown, omitted } = limitedChanges(d, ctx.maxRecords);
  for (const ch of shown) {
    out.push(`  ${terminalSafe(`${ch.file}:${ch.line}`)}  ${terminalSafe(ch.ruleId)}  ${terminalSafe(ch.recordId ?? '(no id)')}  ${changeWords(ch)}`);
  }
  if (omitted > 0) out.push(c.dim(`  …and ${omitted} more (--max-records, or --format json for all)`));
  return `${out.join('\n')}\n`;
};
