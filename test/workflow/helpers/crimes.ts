import { stringify } from 'csv-stringify/sync';
import { WORKSHEET_COLUMNS } from '../../../src/workflow/worksheet/columns.js';
import { headerLines, type WorksheetStratum } from '../../../src/workflow/worksheet/header.js';
import { idCells, testHeader } from './sheet-parts.js';

/** One crime a record should have produced, as the auditor writes it. */
export interface CrimeSpec {
  correct: string;
  recorded?: string;
  within24h?: string;
  code?: string;
}

/** A sampled record: no crimes (one N row), or one row per crime. */
export interface RecordSpec {
  stratum: string;
  district?: string;
  crimes: CrimeSpec[];
}

export const OPTIONAL = ['expected_offence_code', 'recorded', 'recorded_within_24h'];

/**
 * A completed worksheet, one row per crime (crime_seq 1, 2, … when a record has
 * several; empty when it has one), as an auditor hands it back. Synthetic data only.
 */
export function crimesWorksheet(
  records: RecordSpec[],
  strata: WorksheetStratum[],
  options: { allocation?: 'proportional' | 'equal'; frameSha256?: string; optionalColumns?: boolean; firstLine?: number } = {},
): string {
  const header = testHeader(strata, {
    seed: 7,
    frameSha256: options.frameSha256 ?? 'b'.repeat(64),
    allocation: options.allocation ?? 'equal',
    sampleSize: strata.reduce((a, s) => a + s.sample, 0),
    sizeRule: '--size 5',
  });
  const columns = [...WORKSHEET_COLUMNS, ...(options.optionalColumns ? OPTIONAL : [])];
  const rows: string[][] = [];
  records.forEach((r, i) => {
    const ids = idCells(i, { district: r.district ?? r.stratum, stratum: r.stratum, line: (options.firstLine ?? 2) + i });
    const base = (): Record<string, string> => ({ ...ids, auditor: 'A. Auditor', notes: '' });
    if (r.crimes.length === 0) {
      rows.push(columns.map((c) => ({ ...base(), should_be_crime: 'N' })[c] ?? ''));
      return;
    }
    r.crimes.forEach((crime, k) => {
      const row: Record<string, string> = {
        ...base(),
        crime_seq: r.crimes.length > 1 ? String(k + 1) : '',
        should_be_crime: 'Y',
        recorded_correctly: crime.correct,
        expected_offence_code: crime.code ?? '',
        recorded: crime.recorded ?? '',
        recorded_within_24h: crime.within24h ?? '',
      };
      rows.push(columns.map((c) => row[c] ?? ''));
    });
  });
  return `${headerLines(header).join('\n')}\n${stringify(rows, { header: true, columns, record_delimiter: '\n' })}`;
}

/**
 * The worked example of review-worked-example.test.ts, used across the review and
 * sample tests: R = 25%, ± 27.73 points, 8 crimes in 5 records, design effect 1.88.
 */
export const WORKED_STRATA: WorksheetStratum[] = [
  { label: 'Calderdale', population: 5, sample: 1 },
  { label: 'Leeds', population: 4, sample: 4 },
];
export const WORKED_RECORDS: RecordSpec[] = [
  { stratum: 'Calderdale', crimes: [{ correct: 'N' }, { correct: 'N' }, { correct: 'N' }] },
  { stratum: 'Leeds', crimes: [] },
  { stratum: 'Leeds', crimes: [{ correct: 'Y' }] },
  { stratum: 'Leeds', crimes: [{ correct: 'Y' }, { correct: 'Y' }, { correct: 'Y' }] },
  { stratum: 'Leeds', crimes: [{ correct: 'Y' }] },
];

/** The line a data row sits on: the `#` lines, the column header, then the rows. */
export function dataLine(strataCount: number, rowIndex: number): number {
  return 16 + strataCount + 1 + rowIndex + 1;
}

/** Wilson score interval written out from the textbook formula, for a (possibly fractional) n. */
export function wilsonByHand(p: number, n: number): [number, number] {
  const z = 1.959964;
  const denominator = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denominator;
  return [centre - half, centre + half];
}
