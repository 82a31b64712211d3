/**
 * Worksheet rows → sampled records (review.md). A record is (frame-sha256, file,
 * line); it has one row, or one row per crime it should have produced, numbered
 * by `crime_seq`. Every inconsistency is listed at its file:line, and a record
 * with any missing or invalid row is marked incomplete and left out whole.
 */
import { CRIME_SEQ } from '../worksheet/columns.js';
import type { ParsedWorksheet, WorksheetLine } from '../worksheet/read-worksheet.js';
import type { ReviewProblem } from './types.js';
import { shown } from './shown.js';
import { readVerdict, yesNo } from './verdicts.js';

export interface CrimeVerdict {
  line: number;
  correct: boolean;
  /** `recorded` / `recorded_within_24h`; null when the column is not in use. */
  recorded: boolean | null;
  within24h: boolean | null;
  offenceCode: string;
}

export interface SampledRecord {
  frame: string;
  stratum: string;
  district: string;
  /** The worksheet and line of the record's first row. */
  file: string;
  line: number;
  /** Its Y rows; empty for a record that disclosed no crime. */
  crimes: CrimeVerdict[];
  complete: boolean;
}

export interface RecordsRead {
  records: SampledRecord[];
  problems: ReviewProblem[];
  rows: { total: number; crimeRows: number; notCrimeRows: number };
  /** Which optional per-crime columns are filled (on some Y row, so on every one). */
  inUse: { recorded: boolean; within24h: boolean };
}

interface Row {
  sheet: ParsedWorksheet;
  row: WorksheetLine;
}

const RECORDED = 'recorded';
const WITHIN_24H = 'recorded_within_24h';

export function readRecords(sheets: readonly ParsedWorksheet[], strataOf: (frame: string, label: string) => { sample: number } | undefined): RecordsRead {
  const problems: ReviewProblem[] = [];
  const groups = new Map<string, Row[]>();
  const rows = { total: 0, crimeRows: 0, notCrimeRows: 0 };
  for (const sheet of sheets) {
    for (const row of sheet.rows) {
      rows.total++;
      const file = cell(row, 'file');
      const line = cell(row, 'line');
      if (file === '' || line === '') {
        problems.push(at({ sheet, row }, 'line', 'missing', 'file and line identify the sampled record, and one of them is empty'));
        continue;
      }
      const key = `${sheet.header.frameSha256}\u0000${file}\u0000${line}`;
      const group = groups.get(key) ?? [];
      group.push({ sheet, row });
      groups.set(key, group);
    }
  }
  const inUse = { recorded: columnInUse(sheets, RECORDED), within24h: columnInUse(sheets, WITHIN_24H) };
  const records: SampledRecord[] = [];
  for (const group of groups.values()) {
    const read = readRecord(group, inUse, strataOf);
    problems.push(...read.problems);
    rows.crimeRows += read.record.crimes.length;
    rows.notCrimeRows += read.notCrimeRows;
    records.push(read.record);
  }
  return { records, problems, rows, inUse };
}

function readRecord(
  group: Row[],
  inUse: RecordsRead['inUse'],
  strataOf: (frame: string, label: string) => { sample: number } | undefined,
): { record: SampledRecord; problems: ReviewProblem[]; notCrimeRows: number } {
  const problems: ReviewProblem[] = [];
  const first = group[0]!;
  const frame = first.sheet.header.frameSha256;
  const stratum = cell(first.row, 'stratum');
  const where = `${cell(first.row, 'file')}:${cell(first.row, 'line')}`;
  const crimes: CrimeVerdict[] = [];
  const notCrime: Row[] = [];
  const seqs = new Map<number, Row>();

  const known = strataOf(frame, stratum);
  if (!known || known.sample === 0) {
    problems.push(at(first, 'stratum', 'stratum', `stratum '${shown(stratum)}' is not one of the worksheet's "# stratum:" lines with a sample, so the record cannot be weighted`));
  }
  for (const [i, r] of group.entries()) {
    if (i > 0) {
      for (const column of ['record_id', 'stratum']) {
        if (cell(r.row, column) !== cell(first.row, column)) {
          problems.push(at(r, column, 'invalid', `a further row of ${where} must repeat its ${column} ('${shown(cell(first.row, column))}')`));
        }
      }
    }
    const seq = cell(r.row, CRIME_SEQ);
    if (seq !== '' && !/^\d+$/.test(seq)) problems.push(at(r, CRIME_SEQ, 'invalid', `crime_seq must be a whole number of at least 1, not '${shown(seq)}'`));
    else if (seq !== '' && Number(seq) < 1) problems.push(at(r, CRIME_SEQ, 'invalid', 'crime_seq must be a whole number of at least 1, not 0'));
    else if (seq === '' && group.length > 1) {
      problems.push(at(r, CRIME_SEQ, 'missing', `${where} has ${group.length} rows, so each needs its own crime_seq`));
    } else if (seq !== '') {
      const earlier = seqs.get(Number(seq));
      if (earlier) problems.push(at(r, CRIME_SEQ, 'repeated', `crime_seq ${Number(seq)} of ${where} is already on line ${earlier.row.line}`));
      else seqs.set(Number(seq), r);
    }

    const verdict = readVerdict(cell(r.row, 'should_be_crime'), cell(r.row, 'recorded_correctly'));
    if (verdict.kind === 'problem') {
      for (const p of verdict.problems) problems.push(at(r, p.column, p.kind, p.message));
      continue;
    }
    if (verdict.kind === 'not-crime') {
      notCrime.push(r);
      continue;
    }
    crimes.push({
      line: r.row.line,
      correct: verdict.recorded,
      recorded: inUse.recorded ? optionalYesNo(r, RECORDED, problems) : null,
      within24h: inUse.within24h ? optionalYesNo(r, WITHIN_24H, problems) : null,
      offenceCode: cell(r.row, 'expected_offence_code'),
    });
  }
  if (notCrime.length > 0 && crimes.length > 0) {
    for (const r of notCrime) problems.push(at(r, 'should_be_crime', 'conflict', `${where} has rows of crimes, so it cannot also have a should_be_crime N row`));
  } else if (notCrime.length > 1) {
    for (const r of notCrime.slice(1)) problems.push(at(r, 'should_be_crime', 'conflict', `${where} already has a should_be_crime N row (line ${notCrime[0]!.row.line}); a record with no crime has one row`));
  }
  const record: SampledRecord = {
    frame,
    stratum,
    district: cell(first.row, 'district'),
    file: first.sheet.path,
    line: first.row.line,
    crimes,
    complete: problems.length === 0,
  };
  return { record, problems, notCrimeRows: notCrime.length };
}

/** A Y/N cell of an optional per-crime column that is in use: empty is missing (review.md). */
function optionalYesNo(r: Row, column: string, problems: ReviewProblem[]): boolean | null {
  const raw = cell(r.row, column);
  const v = yesNo(raw);
  if (v === 'empty') problems.push(at(r, column, 'missing', `${column} is filled on other crimes' rows but empty here`));
  else if (v === 'invalid') problems.push(at(r, column, 'invalid', `${column} must be Y or N, not '${shown(raw)}'`));
  return v === 'Y';
}

/** A column counts as filled when any should-be-crime row of any worksheet has a value in it. */
function columnInUse(sheets: readonly ParsedWorksheet[], column: string): boolean {
  return sheets.some((s) => s.rows.some((r) => yesNo(cell(r, 'should_be_crime')) === 'Y' && cell(r, column) !== ''));
}

function cell(row: WorksheetLine, column: string): string {
  return (row.cells.get(column) ?? '').trim();
}

function at(r: Row, column: string, kind: ReviewProblem['kind'], message: string): ReviewProblem {
  return { file: r.sheet.path, line: r.row.line, column, kind, message };
}
