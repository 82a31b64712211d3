import { Chalk } from 'chalk';
import Table from 'cli-table3';
import { TABLE_STYLE } from '../../../report/formats/table-style.js';
import { terminalSafe } from '../../../report/sanitise.js';
import type { ReviewFormatter } from './types.js';
import { CELL_HEADINGS, DIMENSION_WORDS, cellCells, extraLines, factsLine, headline, problemsHeading, strataNotes } from './wording.js';

export const reviewTerminal: ReviewFormatter = (r, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const out = [c.bold(headline(r)), factsLine(r), ...extraLines(r)];
  for (const b of r.by) {
    const title = DIMENSION_WORDS[b.dimension];
    const table = new Table({ head: [title, ...CELL_HEADINGS], style: TABLE_STYLE, colAligns: ['left', ...CELL_HEADINGS.map(() => 'right' as const)] });
    for (const d of b.domains) table.push([terminalSafe(d.key), ...cellCells(d)]);
    table.push([c.bold('All'), ...cellCells(r.overall)]);
    out.push(table.toString());
  }
  out.push(...strataNotes(r).map((n) => c.yellow(terminalSafe(n))));
  out.push(c.dim(`Counted in crimes; each sampled record is one unit of the interval (docs/sampling.md). z = ${r.method.z}.`));
  for (const w of r.worksheets.filter((w) => w.frameVerified)) out.push(c.green(`Frame verified: ${terminalSafe(w.path)} matches its sampling frame.`));
  if (r.problemCount > 0) {
    out.push(c.red.bold(problemsHeading(r) + ':'));
    for (const p of r.problems) out.push(`  ${terminalSafe(p.file)}:${p.line}  ${terminalSafe(p.message)}`);
  }
  return `${out.join('\n')}\n`;
};
