import { parse } from 'csv-parse/sync';
import { FILE_LIMITS } from '../../files/limits.js';
import { readInputText } from '../../read-input.js';
import { InputError } from '../../errors.js';
import { parseHeader, type WorksheetHeader } from './header.js';

export interface WorksheetLine {
  /** Physical line where the row starts (the first `#` line is line 1). */
  line: number;
  /** Cells by lower-cased column name, formula neutralisation undone. */
  cells: Map<string, string>;
}

export interface ParsedWorksheet {
  path: string;
  header: WorksheetHeader;
  columns: string[];
  rows: WorksheetLine[];
}

const REQUIRED = ['should_be_crime', 'recorded_correctly'];

export async function readWorksheet(path: string, cwd: string): Promise<ParsedWorksheet> {
  // A regular file under the cap only: a FIFO is refused at once, never waited on.
  const text = await readInputText(path, cwd, FILE_LIMITS.worksheet);
  return parseWorksheet(text, path);
}

/**
 * Reads a completed worksheet. Tolerates what a spreadsheet does to it on save:
 * a BOM, CRLF, `#` lines quoted or padded with trailing commas, blank rows.
 * A file that is not a worksheet, or lacks the verdict columns, is an InputError.
 */
export function parseWorksheet(text: string, path: string): ParsedWorksheet {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  const comments: { text: string; line: number }[] = [];
  let bodyStart = 0;
  for (; bodyStart < lines.length; bodyStart++) {
    const raw = lines[bodyStart]!.replace(/\r$/, '');
    const comment = commentText(raw);
    if (comment === null && raw.replace(/,/g, '').trim() !== '') break;
    if (comment !== null) comments.push({ text: comment, line: bodyStart + 1 });
  }
  const { header, problems } = parseHeader(comments);
  if (problems.length > 0) {
    const first = problems[0]!;
    throw new InputError(first.message, path, first.line);
  }

  let records: { record: string[]; info: { lines: number; empty_lines: number } }[];
  try {
    records = parse(lines.slice(bodyStart).join('\n'), { info: true, relax_column_count: true }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new InputError(`not a readable CSV: ${(error as Error).message}`, path, line !== undefined ? line + bodyStart : undefined);
  }
  const [head, ...data] = records;
  if (!head) throw new InputError('no column header after the # lines', path, bodyStart + 1);
  const columns = head.record.map((c) => c.trim().toLowerCase());
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length > 0) throw new InputError(`the worksheet has no ${missing.join(' or ')} column`, path, bodyStart + 1);

  const rows: WorksheetLine[] = [];
  let previousEnd = head.info.lines;
  for (const { record, info } of data) {
    const start = previousEnd + 1;
    previousEnd = info.lines;
    if (record.every((c) => c.trim() === '')) continue; // blank or ",,,," rows
    const cells = new Map<string, string>();
    columns.forEach((c, i) => cells.set(c, unneutralise(record[i] ?? '')));
    rows.push({ line: start + bodyStart, cells });
  }
  return { path, header, columns, rows };
}

/** The text of a `#` line (also as a spreadsheet re-saves it), or null. */
function commentText(raw: string): string | null {
  if (raw.startsWith('#')) return raw.replace(/,+$/, '').slice(1).trim();
  if (raw.startsWith('"#')) {
    const cells = parse(raw, { relax_column_count: true }) as string[][];
    return cells[0]?.[0]?.slice(1).trim() ?? '';
  }
  return null;
}

function unneutralise(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
