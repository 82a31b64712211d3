import { stringify } from 'csv-stringify/sync';
import { neutraliseCsvCell } from '../../report/sanitise.js';
import { ID_COLUMNS, WORKSHEET_COLUMNS } from './columns.js';
import { headerLines, type WorksheetHeader } from './header.js';

/** crime_seq and the verdict columns: the auditor's to fill in. */
const EMPTY_AFTER_IDS = WORKSHEET_COLUMNS.slice(ID_COLUMNS.length).map(() => '');

export type WorksheetRow = Record<(typeof ID_COLUMNS)[number], string>;

/**
 * The worksheet CSV: `#` lines, the column header, one row per sampled record
 * with crime_seq and the verdict columns empty (the auditor adds rows for more crimes). Every cell is neutralised against spreadsheet
 * formulas (a leading ' before = + - @); `review` reads them back verbatim.
 */
export function formatWorksheet(header: WorksheetHeader, rows: readonly WorksheetRow[]): string {
  const body = stringify(
    rows.map((row) => [...ID_COLUMNS.map((c) => neutraliseCsvCell(row[c])), ...EMPTY_AFTER_IDS]),
    { header: true, columns: [...WORKSHEET_COLUMNS], record_delimiter: '\n' },
  );
  return `${headerLines(header).join('\n')}\n${body}`;
}
