import { formatWorksheet } from '../../../src/workflow/worksheet/write-worksheet.js';
import type { WorksheetStratum } from '../../../src/workflow/worksheet/header.js';
import { idCells, testHeader } from './sheet-parts.js';

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
  const header = testHeader(strata, {
    seed: 42,
    frameSha256: options.frameSha256 ?? 'a'.repeat(64),
    allocation: options.allocation ?? 'proportional',
    sampleSize: rows.length,
    sizeRule: '--size ' + rows.length,
  });
  const idRows = rows.map((r, i) => idCells(i, { district: r.district, stratum: r.stratum ?? r.district, line: i + 2 }));
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
