/** The worklist: one row per finding, in report order, safe to open in a spreadsheet. */
import { stringify } from 'csv-stringify/sync';
import { FREE_TEXT_FIELDS } from '../../model/record.js';
import { neutraliseCsvCell } from '../sanitise.js';
import type { Report } from '../schema.js';
import type { FormatContext, Formatter } from './types.js';
import { notMeasuredHint } from '../wording.js';
import { publicTableRows } from './public-table.js';

export const CSV_COLUMNS = ['rule', 'severity', 'record_id', 'file', 'line', 'district', 'record_type', 'message'] as const;

const BATCH = 1000;
const OPTIONS = { record_delimiter: '\n', quoted_match: /\r/ } as const;

/**
 * The worklist: a row per rule not measured first (no record, the missing fields
 * and the --profile hint in `message`), then one per finding. A public report
 * holds no findings: its CSV is the per-rule and per-district table instead
 * (public-table.ts). With --include-details the input's free text follows in one
 * column per field. Yielded in pieces so a long worklist is never one giant string.
 */
export function* csvChunks(report: Report, ctx: FormatContext): Generator<string> {
  if (report.public) {
    yield stringify(publicTableRows(report).map((row) => row.map(neutraliseCsvCell)), OPTIONS);
    return;
  }
  const severity = new Map(report.rules.map((r) => [r.id, r.severity]));
  const findings = report.findings ?? [];
  const details = ctx.includeDetails === true || findings.some((f) => f.details) ? FREE_TEXT_FIELDS : [];
  yield stringify([[...CSV_COLUMNS, ...details]], OPTIONS);
  const notMeasured = report.rules.filter((r) => r.status === 'not measured');
  if (notMeasured.length > 0) {
    const rows = notMeasured.map((r) => [r.id, r.severity, '', '', '', '', '', `not measured: ${notMeasuredHint(r)}`, ...details.map(() => '')]);
    yield stringify(rows.map((row) => row.map(neutraliseCsvCell)), OPTIONS);
  }
  for (let start = 0; start < findings.length; start += BATCH) {
    const rows = findings.slice(start, start + BATCH).map((f) =>
      [
        f.ruleId,
        severity.get(f.ruleId) ?? '',
        f.recordId ?? '',
        f.file,
        String(f.line),
        f.district ?? '',
        f.recordType ?? '',
        f.message,
        ...details.map((field) => f.details?.[field] ?? ''),
      ].map(neutraliseCsvCell),
    );
    yield stringify(rows, OPTIONS);
  }
}

export const formatCsv: Formatter = (report, ctx) => [...csvChunks(report, ctx)].join('');
