/** The worklist: one row per finding, in report order, safe to open in a spreadsheet. */
import { stringify } from 'csv-stringify/sync';
import { neutraliseCsvCell } from '../sanitise.js';
import type { Formatter } from './types.js';

export const CSV_COLUMNS = ['rule', 'severity', 'record_id', 'file', 'line', 'district', 'record_type', 'message'] as const;

/** In public mode the report holds no findings, so the file is the header alone. */
export const formatCsv: Formatter = (report) => {
  const severity = new Map(report.rules.map((r) => [r.id, r.severity]));
  const rows = (report.findings ?? []).map((f) =>
    [f.ruleId, severity.get(f.ruleId) ?? '', f.recordId ?? '', f.file, String(f.line), f.district ?? '', f.recordType ?? '', f.message].map(
      neutraliseCsvCell,
    ),
  );
  return stringify([[...CSV_COLUMNS], ...rows], { record_delimiter: '\n', quoted_match: /\r/ });
};
