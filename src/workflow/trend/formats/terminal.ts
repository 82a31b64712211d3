import { Chalk } from 'chalk';
import Table from 'cli-table3';
import { terminalSafe } from '../../../report/sanitise.js';
import type { TrendFormatter } from './types.js';
import { allSeries, cellText, changeSentence, editionLines, legend, madeLine, significantChanges, trendTitle } from './wording.js';
import { TABLE_STYLE } from '../../../report/formats/table-style.js';

export const trendTerminal: TrendFormatter = (r, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const table = new Table({
    head: ['Rule', ...r.months.map((m) => terminalSafe(m.label))],
    style: TABLE_STYLE,
    colAligns: ['left', ...r.months.map(() => 'right' as const)],
  });
  for (const s of allSeries(r)) {
    table.push([terminalSafe(s.id), ...r.months.map((_, i) => cellText(s, i))]);
  }
  const out = [c.bold(terminalSafe(trendTitle(r))), c.dim(terminalSafe(madeLine(r))), table.toString(), c.dim(legend(r)), c.bold('Rule-pack editions:'), ...editionLines(r).map((l) => `  ${terminalSafe(l)}`)];
  const flagged = significantChanges(r);
  if (flagged.length > 0) {
    out.push(c.bold('Significant changes:'));
    for (const f of flagged) out.push(`  ${terminalSafe(changeSentence(f.series, f.change))}`);
  } else {
    out.push('No change between consecutive months is statistically significant.');
  }
  return `${out.join('\n')}\n`;
};
