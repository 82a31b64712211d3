import type { WorksheetHeader, WorksheetStratum } from '../../../src/workflow/worksheet/header.js';
import type { WorksheetRow } from '../../../src/workflow/worksheet/write-worksheet.js';

/**
 * The parts every test worksheet shares: the `#` header of an October 2026 sample
 * of incidents stratified by district, and the identifying cells of a sampled
 * record. Synthetic data only.
 */
export function testHeader(
  strata: WorksheetStratum[],
  options: { seed: number; frameSha256: string; allocation: 'proportional' | 'equal'; sampleSize: number; sizeRule: string },
): WorksheetHeader {
  return {
    format: 1,
    toolVersion: '0.1.0',
    seed: options.seed,
    frameSha256: options.frameSha256,
    inputs: ['export.csv'],
    profile: 'canonical',
    period: '2026-10',
    districts: [],
    recordType: 'incident',
    strata: ['district'],
    allocation: options.allocation,
    frameSize: strata.reduce((a, s) => a + s.population, 0),
    sampleSize: options.sampleSize,
    sizeRule: options.sizeRule,
    stratumTable: strata,
  };
}

/** The identifying cells of the i-th sampled record (record_id WY-00001, …) on data line `line`. */
export function idCells(i: number, record: { district: string; stratum: string; line: number }): WorksheetRow {
  return {
    record_id: `WY-${String(i + 1).padStart(5, '0')}`,
    record_type: 'incident',
    incident_id: '',
    district: record.district,
    offence_code: '',
    closure_code: 'NFA',
    reported_at: '2026-10-03 14:05',
    file: 'export.csv',
    line: String(record.line),
    stratum: record.stratum,
  };
}
