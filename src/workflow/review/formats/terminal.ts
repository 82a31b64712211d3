import { Chalk } from 'chalk';
import Table from 'cli-table3';
import { TABLE_STYLE } from '../../../report/formats/table-style.js';
import { terminalSafe } from '../../../report/sanitise.js';
import type { ReviewFormatter } from './types.js';
import { basename } from 'node:path';
import type { ReviewCell } from '../types.js';
import {
  CELL_HEADINGS,
  DIMENSION_WORDS,
  cellCells,
  extraLines,
  factsLine,
  headline,
  intervalLine,
  madeLine,
  monthLine,
  problemWhere,
  problemsHeading,
  problemsListed,
  strataNotes,
  strataShown,
  title,
} from './wording.js';

export const reviewTerminal: ReviewFormatter = (r, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const interval = intervalLine(r);
  const out = [c.bold(title(r)), monthLine(r), c.dim(terminalSafe(madeLine(r))), '', c.bold(headline(r)), ...(interval ? [interval] : []), factsLine(r), ...extraLines(r)];
  const table = (heading: string, cells: readonly ReviewCell[]): string => {
    const t = new Table({ head: [heading, ...CELL_HEADINGS], style: TABLE_STYLE, colAligns: ['left', ...CELL_HEADINGS.map(() => 'right' as const)] });
    for (const d of cells) t.push([terminalSafe(d.key), ...cellCells(d)]);
    t.push([c.bold('All'), ...cellCells(r.overall)]);
    return t.toString();
  };
  const strata = strataShown(r);
  if (strata) out.push(table('Stratum', strata));
  for (const b of r.by) out.push(table(DIMENSION_WORDS[b.dimension], b.domains));
  out.push(...strataNotes(r).map((n) => c.yellow(terminalSafe(n))));
  out.push(c.dim(`Counted in crimes; each sampled record is one unit of the interval (docs/sampling.md). z = ${r.method.z}.`));
  for (const w of r.worksheets.filter((w) => w.frameVerified)) out.push(c.green(`Frame verified: ${terminalSafe(basename(w.path))} matches its sampling frame.`));
  if (r.problemCount > 0) {
    const { listed, more } = problemsListed(r);
    out.push(c.red.bold(problemsHeading(r) + ':'));
    for (const p of listed) out.push(`  ${terminalSafe(problemWhere(p))}  ${terminalSafe(p.message)}`);
    if (more) out.push(`  ${more}`);
  }
  return `${out.join('\n')}\n`;
};
