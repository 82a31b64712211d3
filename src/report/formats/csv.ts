/** The worklist: one row per thing to look at, in a fixed order, safe to open in a spreadsheet. */
import { stringify } from 'csv-stringify/sync';
import { FREE_TEXT_FIELDS } from '../../model/record.js';
import { neutraliseCsvCell } from '../sanitise.js';
import type { Report } from '../schema.js';
import type { FormatContext, Formatter } from './types.js';
import { notMeasuredHint } from '../wording.js';
import { publicTableRows } from './public-table.js';

/**
 * The first eight columns are the original worklist's, in its order (scripts
 * read them); `kind` and `expires` came later, so they follow (docs/decisions.md).
 */
export const CSV_COLUMNS = ['rule', 'severity', 'record_id', 'file', 'line', 'district', 'record_type', 'message', 'kind', 'expires'] as const;

/** What a row is (the `kind` column), in the order the rows come. */
export const CSV_KINDS = ['not measured', 'rejected', 'finding', 'accepted'] as const;
export type CsvKind = (typeof CSV_KINDS)[number];

const BATCH = 1000;
const OPTIONS = { record_delimiter: '\n', quoted_match: /\r/ } as const;

type Row = Record<Exclude<(typeof CSV_COLUMNS)[number], 'kind'>, string> & { kind: CsvKind };

/**
 * The worklist: a row per rule not measured first (no record; the missing fields
 * and the --profile hint in `message`), then each rejected row (file, line, the
 * reason in `message`), each finding, and each finding accepted by an exception
 * (with the entry's `expires` day). A public report holds none of these: its CSV
 * is the per-rule and per-district table instead (public-table.ts). With
 * --include-details the input's free text follows in one column per field.
 * Yielded in pieces so a long worklist is never one giant string.
 */
export function* csvChunks(report: Report, ctx: FormatContext): Generator<string> {
  if (report.public) {
    yield stringify(publicTableRows(report).map((row) => row.map(neutraliseCsvCell)), OPTIONS);
    return;
  }
  const severity = new Map(report.rules.map((r) => [r.id, r.severity]));
  const findings = report.findings ?? [];
  const details = ctx.includeDetails === true || findings.some((f) => f.details) ? FREE_TEXT_FIELDS : [];
  const emit = (rows: (Row & { details?: Record<string, string> })[]): string =>
    stringify(
      rows.map((row) => [...CSV_COLUMNS.map((c) => row[c]), ...details.map((field) => row.details?.[field] ?? '')].map(neutraliseCsvCell)),
      OPTIONS,
    );
  // Each row names its kind; every other column starts empty.
  const blank: Omit<Row, 'kind'> = { rule: '', severity: '', record_id: '', file: '', line: '', district: '', record_type: '', message: '', expires: '' };

  yield stringify([[...CSV_COLUMNS, ...details]], OPTIONS);
  const notMeasured = report.rules.filter((r) => r.status === 'not measured');
  if (notMeasured.length > 0) {
    yield emit(notMeasured.map((r) => ({ ...blank, rule: r.id, severity: r.severity, message: `not measured: ${notMeasuredHint(r)}`, kind: 'not measured' as const })));
  }
  for (const part of batches(report.rejected)) {
    yield emit(part.map((r) => ({ ...blank, file: r.file, line: r.line === undefined ? '' : String(r.line), message: r.reason ?? '', kind: 'rejected' as const })));
  }
  for (const part of batches(findings)) {
    yield emit(
      part.map((f) => ({
        ...blank,
        rule: f.ruleId,
        severity: severity.get(f.ruleId) ?? '',
        record_id: f.recordId ?? '',
        file: f.file,
        line: String(f.line),
        district: f.district ?? '',
        record_type: f.recordType ?? '',
        message: f.message,
        kind: 'finding' as const,
        ...(f.details && { details: f.details }),
      })),
    );
  }
  for (const part of batches(report.exceptions?.accepted ?? [])) {
    yield emit(
      part.map((a) => ({
        ...blank,
        rule: a.ruleId,
        severity: severity.get(a.ruleId) ?? '',
        record_id: a.recordId ?? '',
        file: a.file ?? '',
        line: a.line === undefined ? '' : String(a.line),
        district: a.district ?? '',
        record_type: a.recordType ?? '',
        message: a.message ?? '',
        kind: 'accepted' as const,
        expires: a.expires,
      })),
    );
  }
}

function* batches<T>(list: readonly T[]): Generator<T[]> {
  for (let start = 0; start < list.length; start += BATCH) yield list.slice(start, start + BATCH);
}

export const formatCsv: Formatter = (report, ctx) => [...csvChunks(report, ctx)].join('');
