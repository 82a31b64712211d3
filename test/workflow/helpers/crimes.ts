import { stringify } from 'csv-stringify/sync';
import { WORKSHEET_COLUMNS } from '../../../src/workflow/worksheet/columns.js';
import { headerLines, type WorksheetHeader, type WorksheetStratum } from '../../../src/workflow/worksheet/header.js';

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
  const header: WorksheetHeader = {
    format: 1,
    toolVersion: '0.1.0',
    seed: 7,
    frameSha256: options.frameSha256 ?? 'b'.repeat(64),
    inputs: ['export.csv'],
    profile: 'canonical',
    period: '2026-10',
    districts: [],
    recordType: 'incident',
    strata: ['district'],
    allocation: options.allocation ?? 'equal',
    frameSize: strata.reduce((a, s) => a + s.population, 0),
    sampleSize: strata.reduce((a, s) => a + s.sample, 0),
    sizeRule: '--size 5',
    stratumTable: strata,
  };
  const columns = [...WORKSHEET_COLUMNS, ...(options.optionalColumns ? OPTIONAL : [])];
  const rows: string[][] = [];
  records.forEach((r, i) => {
    const ids = {
      record_id: `WY-${String(i + 1).padStart(5, '0')}`,
      record_type: 'incident',
      incident_id: '',
      district: r.district ?? r.stratum,
      offence_code: '',
      closure_code: 'NFA',
      reported_at: '2026-10-03 14:05',
      file: 'export.csv',
      line: String((options.firstLine ?? 2) + i),
      stratum: r.stratum,
    };
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
