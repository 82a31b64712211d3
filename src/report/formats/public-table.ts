/**
 * The public CSV (report.md `--public`): one row per rule, then one per rule and
 * district, and no records. Hidden cells are empty with `published` = "fewer
 * than 5 met or failed"; a rule not measured names its missing fields.
 */
import type { Report, RuleCell } from '../schema.js';
import { HIDDEN_CELL, NONE_KEY_LABEL, SUPPRESSED, notMeasuredHint } from '../wording.js';

export const PUBLIC_CSV_COLUMNS = [
  'rule',
  'severity',
  'district',
  'applicable',
  'passed',
  'failed',
  'rate',
  'ci95_low',
  'ci95_high',
  'threshold',
  'status',
  'note',
] as const;

const ALL = '(all districts)';

export function publicTableRows(report: Report): string[][] {
  const rows: string[][] = [[...PUBLIC_CSV_COLUMNS]];
  for (const rule of report.rules) {
    const note = rule.status === 'not measured' ? `not measured: ${notMeasuredHint(rule)}` : rule.suppressed ? `${SUPPRESSED} met or failed: not published` : '';
    rows.push([rule.id, rule.severity, ALL, ...figures(rule), rule.threshold === null ? '' : String(rule.threshold), rule.status, note]);
    for (const entry of report.breakdowns.district) {
      const cell = entry.rules[rule.id];
      if (!cell) continue;
      const key = entry.key === '(none)' ? NONE_KEY_LABEL : entry.key;
      rows.push([rule.id, rule.severity, key, ...figures(cell), '', '', cell.suppressed ? HIDDEN_CELL : '']);
    }
  }
  return rows;
}

function figures(cell: Pick<RuleCell, 'applicable' | 'passed' | 'failed' | 'rate' | 'ci95'> | { applicable: number | null; passed: number | null; failed: number | null; rate: number | null; ci95: [number, number] | null }): string[] {
  const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));
  return [text(cell.applicable), text(cell.passed), text(cell.failed), text(cell.rate), text(cell.ci95?.[0]), text(cell.ci95?.[1])];
}
