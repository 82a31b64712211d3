/** The worklist: one row per finding, in report order, safe to open in a spreadsheet. */
import { stringify } from 'csv-stringify/sync';
import { FREE_TEXT_FIELDS } from '../../model/record.js';
import { neutraliseCsvCell } from '../sanitise.js';
import type { Formatter } from './types.js';

export const CSV_COLUMNS = ['rule', 'severity', 'record_id', 'file', 'line', 'district', 'record_type', 'message'] as const;

/**
 * In public mode the report holds no findings, so the file is the header alone.
 * With --include-details the input's free text follows in one column per field.
 */
export const formatCsv: Formatter = (report, ctx) => {
  const severity = new Map(report.rules.map((r) => [r.id, r.severity]));
  const findings = report.findings ?? [];
  const details = ctx.includeDetails === true || findings.some((f) => f.details) ? FREE_TEXT_FIELDS : [];
  const rows = findings.map((f) =>
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
  return stringify([[...CSV_COLUMNS, ...details], ...rows], { record_delimiter: '\n', quoted_match: /\r/ });
};
