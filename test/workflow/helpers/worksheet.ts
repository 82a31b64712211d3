import { formatWorksheet, type WorksheetRow } from '../../../src/workflow/worksheet/write-worksheet.js';
import type { WorksheetHeader, WorksheetStratum } from '../../../src/workflow/worksheet/header.js';

export interface Verdicts {
  should: string;
  recorded: string;
}

export interface SheetRow {
  district: string;
  stratum?: string;
  verdict: Verdicts;
}

/** A filled-in worksheet as text, as an auditor would hand it back. */
export function completedWorksheet(rows: SheetRow[], options: { allocation?: 'proportional' | 'equal'; strata?: WorksheetStratum[]; frameSha256?: string } = {}): string {
  const strata =
    options.strata ??
    [...new Set(rows.map((r) => r.stratum ?? r.district))].map((label) => ({
      label,
      population: rows.filter((r) => (r.stratum ?? r.district) === label).length * 10,
      sample: rows.filter((r) => (r.stratum ?? r.district) === label).length,
    }));
  const header: WorksheetHeader = {
    format: 1,
    toolVersion: '0.1.0',
    seed: 42,
    frameSha256: options.frameSha256 ?? 'a'.repeat(64),
    inputs: ['export.csv'],
    profile: 'canonical',
    period: '2026-10',
    districts: [],
    recordType: 'incident',
    strata: ['district'],
    allocation: options.allocation ?? 'proportional',
    frameSize: strata.reduce((a, s) => a + s.population, 0),
    sampleSize: rows.length,
    sizeRule: '--size ' + rows.length,
    stratumTable: strata,
  };
  const idRows: WorksheetRow[] = rows.map((r, i) => ({
    record_id: `WY-${String(i + 1).padStart(5, '0')}`,
    record_type: 'incident',
    incident_id: '',
    district: r.district,
    offence_code: '',
    closure_code: 'NFA',
    reported_at: '2026-10-03 14:05',
    file: 'export.csv',
    line: String(i + 2),
    stratum: r.stratum ?? r.district,
  }));
  const blank = formatWorksheet(header, idRows);
  // Fill the four empty verdict columns of each data row (they are the row's last four cells).
  const lines = blank.split('\n');
  const firstData = lines.findIndex((l) => l.startsWith('record_id,')) + 1;
  rows.forEach((r, i) => {
    lines[firstData + i] = lines[firstData + i]!.replace(/,,,,$/, `,${r.verdict.should},${r.verdict.recorded},A. Auditor,`);
  });
  return lines.join('\n');
}

/** 300 rows: 221 should have been crimes, 150 of them recorded correctly; 79 not crimes. */
export function rows150of221(): SheetRow[] {
  const districts = ['Bradford', 'Calderdale', 'Kirklees', 'Leeds', 'Wakefield'];
  const rows: SheetRow[] = [];
  for (let i = 0; i < 300; i++) {
    const district = districts[i % 5]!;
    const verdict = i < 150 ? { should: 'Y', recorded: 'Y' } : i < 221 ? { should: 'y', recorded: 'n' } : { should: 'N', recorded: '' };
    rows.push({ district, verdict });
  }
  return rows;
}
