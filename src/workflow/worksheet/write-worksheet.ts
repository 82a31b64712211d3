import { stringify } from 'csv-stringify/sync';
import { neutraliseCsvCell } from '../../report/sanitise.js';
import { ID_COLUMNS, WORKSHEET_COLUMNS } from './columns.js';
import { headerLines, type WorksheetHeader } from './header.js';

export type WorksheetRow = Record<(typeof ID_COLUMNS)[number], string>;

/**
 * The worksheet CSV: `#` lines, the column header, one row per sampled record
 * with the verdict columns empty. Every cell is neutralised against spreadsheet
 * formulas (a leading ' before = + - @); `review` reads them back verbatim.
 */
export function formatWorksheet(header: WorksheetHeader, rows: readonly WorksheetRow[]): string {
  const body = stringify(
    rows.map((row) => [...ID_COLUMNS.map((c) => neutraliseCsvCell(row[c])), '', '', '', '']),
    { header: true, columns: [...WORKSHEET_COLUMNS], record_delimiter: '\n' },
  );
  return `${headerLines(header).join('\n')}\n${body}`;
}
