/** The default format: what a person needs in ten seconds, then where to look next. */
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Report, RuleReport } from '../schema.js';
import {
  INTERVAL,
  SUPPRESSED,
  WORKLIST,
  andMore,
  auditVerdict,
  failingRecords,
  fileLine,
  cellRate,
  ciText,
  count,
  percent,
  periodWords,
  plural,
  STATUS_LABEL,
  TOO_FEW,
  notMeasuredHint,
  thresholdText,
} from '../wording.js';
import { terminalSafe as t } from '../sanitise.js';
import { rankDistricts } from '../worst-districts.js';
import { nextSteps, type NextSteps } from '../worklist.js';
import type { FormatContext, Formatter } from './types.js';
import { TABLE_STYLE } from './table-style.js';

export const formatTerminal: Formatter = (report, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const lines: string[] = [];
  lines.push(c.bold(header(report)));
  lines.push(report.status === 'pass' ? c.green.bold(auditVerdict(report)) : c.red.bold(auditVerdict(report)));
  if (report.public) lines.push(c.dim(`Public mode: where ${SUPPRESSED} records met or failed a rule (or such a number could be worked out) the figures are not published; no record ids.`));
  lines.push(rulesTable(report.rules, c));
  lines.push(...notMeasuredLines(report, c));
  const tooFew = report.rules.filter((r) => r.status === 'suppressed');
  if (tooFew.length > 0) lines.push(`${TOO_FEW} (${SUPPRESSED} met or failed): ${tooFew.map((r) => t(r.id)).join(', ')}`);
  lines.push(...districtLines(report, c));
  lines.push(...tailLines(report, ctx, c));
  lines.push(...nextStepLines(nextSteps(report), ctx, c));
  return `${lines.join('\n')}\n`;
};

function header(report: Report): string {
  const inputs = report.inputs.length;
  return `ncrs-audit ${report.tool.version} · ${periodWords(report.period)} · ${inputs} ${plural(inputs, 'input')}, ${count(report.rows.read)} ${plural(report.rows.read, 'row')} read, ${count(report.rows.evaluated)} evaluated`;
}

function rulesTable(rules: RuleReport[], c: ChalkInstance): string {
  // No colour in cli-table3's own styling: it would consult the real process TTY.
  const table = new Table({
    head: ['Rule', 'Name', 'Severity', 'Applicable', 'Rate', INTERVAL, 'Threshold', 'Status'],
    style: TABLE_STYLE,
    colAligns: ['left', 'left', 'left', 'right', 'right', 'right', 'right', 'left'],
  });
  for (const r of rules) {
    table.push([
      t(r.id),
      t(r.name),
      r.severity,
      count(r.applicable),
      r.status === 'n/a' || r.status === 'not measured' ? '—' : cellRate(r),
      ciText(r.ci95),
      r.threshold === null ? '—' : thresholdText(r.threshold),
      paintStatus(r, c),
    ]);
  }
  return table.toString();
}

function paintStatus(r: RuleReport, c: ChalkInstance): string {
  const accepted = r.accepted === null ? ` (${SUPPRESSED} accepted)` : r.accepted ? ` (${r.accepted} accepted)` : '';
  // A data-quality check not met is a warning, not a failed audit (issue 16).
  const label = (r.status === 'fail' && r.severity !== 'error' ? 'WARN' : STATUS_LABEL[r.status]) + accepted;
  if (r.status === 'n/a' || r.status === 'suppressed') return c.dim(label);
  if (r.status === 'pass') return c.green(label);
  return r.severity === 'error' ? c.red.bold(label) : c.yellow(label);
}

/** Each rule not measured, with the fields it misses and what to do (rules.md "Status"). */
function notMeasuredLines(report: Report, c: ChalkInstance): string[] {
  const rules = report.rules.filter((r) => r.status === 'not measured');
  if (rules.length === 0) return [];
  const paint = (r: RuleReport) => (r.severity === 'error' ? c.red : c.yellow);
  return [c.bold('Not measured:'), ...rules.map((r) => paint(r)(`  ${t(r.id)} ${t(notMeasuredHint(r))}`))];
}

function districtLines(report: Report, c: ChalkInstance): string[] {
  if (report.breakdowns.district.length === 0) return [];
  const { worst, unclear } = rankDistricts(report);
  const lines =
    worst.length === 0
      ? ['Districts: none is clearly below a rule threshold (whole 95% interval below it).']
      : [c.bold('Worst districts (whole 95% interval below the threshold):')];
  const width = worst.reduce((max, w) => Math.max(max, t(w.key).length), 0);
  for (const w of worst) {
    const rules = w.below
      .slice(0, 3)
      .map((b) => `${t(b.ruleId)} ${percent(b.rate)} (95% interval ${ciText(b.ci95)}, threshold ${thresholdText(b.threshold)})`)
      .join(', ');
    const more = w.below.length > 3 ? `, +${w.below.length - 3} more` : '';
    lines.push(`  ${t(w.key).padEnd(width)}  ${w.below.length} ${plural(w.below.length, 'rule')} below: ${rules}${more}`);
  }
  if (unclear.length > 0) {
    const shown = unclear.slice(0, 5).map((u) => `${t(u.key)} ${t(u.ruleId)} ${percent(u.rate)}`);
    const more = unclear.length > 5 ? `, and ${unclear.length - 5} more` : '';
    lines.push(`  Under a threshold on the point rate, too few records to say: ${shown.join(', ')}${more}`);
  }
  return lines;
}

function tailLines(report: Report, ctx: FormatContext, c: ChalkInstance): string[] {
  const lines: string[] = [];
  const rejected = report.rows.rejected;
  // Public: the count only (report.md); internally the first rows follow under "what to do next".
  const where = report.public ? 'their lines and reasons are in the internal report only' : 'not audited: see below';
  lines.push(rejected === 0 ? 'Rejected rows: 0' : c.red(`Rejected rows: ${count(rejected)} (unreadable rows; ${where})`));
  if (report.rows.filtered > 0) lines.push(`Filtered out: ${count(report.rows.filtered)} ${plural(report.rows.filtered, 'row')}`);
  if (report.exceptions) {
    const { accepted, expired, unused } = report.exceptions;
    // Public: the accepted entries are not listed (their count per rule is in the table).
    const acceptedText = report.public ? 'accepted counted per rule' : `${accepted.length} accepted`;
    lines.push(`Exceptions (as of ${report.asOf ?? '?'}): ${acceptedText}, ${expired.length} expired, ${unused.length} unused`);
  }
  if (report.findings) lines.push(`Findings: ${count(report.findings.length)}`);
  if (report.warnings.length > 0) {
    lines.push(c.yellow(`${report.warnings.length} ${plural(report.warnings.length, 'warning')}:`));
    for (const w of report.warnings) lines.push(c.yellow(`  ! ${t(w)}`));
  }
  if (ctx.written && ctx.written.length > 0) {
    lines.push('Reports written:');
    for (const p of ctx.written) lines.push(`  ${t(p)}`);
  }
  return lines;
}

/** Rejected rows first (nothing was audited in them), the rules worst first, then the worklist. */
function nextStepLines(steps: NextSteps | null, ctx: FormatContext, c: ChalkInstance): string[] {
  if (!steps) return [];
  const lines = [c.bold(WORKLIST.nextHeading)];
  const { rejected, rules } = steps;
  if (rejected.items.length > 0) {
    lines.push(`  ${WORKLIST.rejectedLead}`);
    const width = rejected.items.reduce((max, r) => Math.max(max, t(fileLine(r.file, r.line)).length), 0);
    for (const r of rejected.items) lines.push(c.red(`    ${t(fileLine(r.file, r.line)).padEnd(width)}  ${t(r.reason)}`));
    if (rejected.more > 0) lines.push(`    ${andMore(rejected.more, WORKLIST.rejectedMore)}`);
  }
  if (rules.items.length > 0) {
    lines.push(`  ${WORKLIST.rulesLead}`);
    const idWidth = rules.items.reduce((max, r) => Math.max(max, t(r.id).length), 0);
    const countWidth = rules.items.reduce((max, r) => Math.max(max, failingRecords(r.failed).length), 0);
    for (const r of rules.items) {
      const paint = r.severity === 'error' ? c.red : c.yellow;
      lines.push(paint(`    ${t(r.id).padEnd(idWidth)}  ${r.severity.padEnd(7)}  ${failingRecords(r.failed).padEnd(countWidth)}  ${t(r.name)}`));
    }
    if (rules.more > 0) lines.push(`    ${andMore(rules.more, WORKLIST.rulesMore)}`);
  }
  const pointer = ctx.worklist;
  if (pointer && steps.worklistHasRows) {
    if ('written' in pointer) lines.push(`  The worklist (${WORKLIST.worklistWhat}): ${t(pointer.written)}`);
    else lines.push(`  The worklist, ${WORKLIST.worklistWhat}:`, `    ${t(pointer.command)}`);
  }
  return lines;
}
