import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { TABLE_STYLE } from '../../../report/formats/table-style.js';
import { terminalSafe as t } from '../../../report/sanitise.js';
import type { PublicStatus } from '../types.js';
import type { ProgressFormatter } from './types.js';
import { baselineNotice, countsLine, latestCell, madeLine, periodsLine, PUBLIC_NOTICE, ruleLine, shortText, statusText, title } from './wording.js';

/** The first table, then one short block per recommendation: its reason, rules and actions. */
export const progressTerminal: ProgressFormatter = (r, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const out = [c.bold(t(title(r))), t(periodsLine(r)), c.dim(t(madeLine(r)))];
  const notice = baselineNotice(r);
  if (notice) out.push(c.yellow(notice));
  if (r.public) out.push(c.dim(PUBLIC_NOTICE));
  const table = new Table({ head: ['Id', 'Recommendation', 'Owner', 'Due', 'Status', 'Latest against target'], style: TABLE_STYLE });
  for (const rec of r.recommendations) {
    table.push([t(rec.id), t(shortText(rec.text, 40)), t(rec.owner), rec.due, paint(c, rec.status), latestCell(rec).map(t).join('\n')]);
  }
  out.push(table.toString(), countsLine(r), '');
  for (const rec of r.recommendations) {
    out.push(`${c.bold(t(rec.id))} ${paint(c, rec.status)}: ${t(rec.reason)}`);
    for (const rule of rec.rules) out.push(`  ${t(ruleLine(rule, r))}`);
    out.push(`  Actions: ${t((rec.actions ?? 'none recorded yet').replace(/\s+/g, ' '))}`);
  }
  return `${out.join('\n')}\n`;
};

function paint(c: ChalkInstance, s: PublicStatus): string {
  const words = statusText(s);
  if (s === 'met') return c.green(words);
  if (s === 'overdue' || s === 'not improving') return c.red(words);
  if (s === 'improving') return c.yellow(words);
  return c.dim(words);
}
