import { Chalk } from 'chalk';
import Table from 'cli-table3';
import { terminalSafe } from '../../../report/sanitise.js';
import type { ReviewFormatter } from './types.js';
import { CELL_HEADINGS, cellCells, headline, methodLine, problemsHeading, rowsLine } from './wording.js';
import { TABLE_STYLE } from '../../../report/formats/table-style.js';

export const reviewTerminal: ReviewFormatter = (r, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const out = [c.bold(headline(r)), rowsLine(r)];
  const table = new Table({
    head: ['District', ...CELL_HEADINGS],
    style: TABLE_STYLE,
    colAligns: ['left', 'right', 'right', 'right', 'right', 'right'],
  });
  for (const d of r.districts) table.push([terminalSafe(d.key), ...cellCells(d)]);
  table.push([c.bold('All'), ...cellCells(r.overall)]);
  out.push(table.toString(), c.dim(methodLine(r)));
  for (const w of r.worksheets.filter((w) => w.frameVerified)) out.push(c.green(`Frame verified: ${terminalSafe(w.path)} matches its sampling frame.`));
  if (r.problems.length > 0) {
    out.push(c.red.bold(problemsHeading(r) + ':'));
    for (const p of r.problems) out.push(`  ${terminalSafe(p.file)}:${p.line}  ${terminalSafe(p.message)}`);
  }
  return `${out.join('\n')}\n`;
};
