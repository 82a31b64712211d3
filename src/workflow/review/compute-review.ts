import { Z95 } from '../../report/stats/wilson.js';
import { toolVersion } from '../../version.js';
import type { ParsedWorksheet } from '../worksheet/read-worksheet.js';
import { ALL, EstimationFrame } from './estimate.js';
import { notRecordedEstimate } from './not-recorded.js';
import { readRecords } from './records.js';
import { StrataTable } from './strata.js';
import type { ReviewDimension, ReviewResult } from './types.js';

export interface ReviewOptions {
  /** Worksheets whose frame hash `--frame` re-computed and matched. */
  verified?: ReadonlySet<string>;
  /** `--by`: the domains to estimate beside the overall rate. */
  by?: readonly ReviewDimension[];
  /** `--recorded-total`: crimes the force recorded in the frame's period. */
  recordedTotal?: number;
  /** The clock, for `generatedAt` (tests pin it). */
  now?: () => Date;
}

/**
 * The crime recording rate counted in crimes (review.md): of the crimes the
 * sampled records should have produced, the share recorded correctly, with each
 * sampled record a cluster in the variance. Figures come from complete records
 * only; every problem is listed and makes the status `fail`.
 */
export function computeReview(sheets: readonly ParsedWorksheet[], options: ReviewOptions = {}): ReviewResult {
  const table = new StrataTable(sheets);
  const read = readRecords(sheets, (frame, label) => table.get(frame, label));
  const summary = table.summarise(read.records);
  const problems = [...table.problems, ...read.problems, ...summary.problems];
  problems.sort((a, b) => sheetOrder(sheets, a.file) - sheetOrder(sheets, b.file) || a.line - b.line || (a.column < b.column ? -1 : a.column > b.column ? 1 : 0));

  const frame = new EstimationFrame(table, read.records);
  const all = () => true;
  const correct = (c: { correct: boolean }) => c.correct;
  const overall = frame.cell(ALL, all, correct);
  const recorded = read.inUse.recorded ? frame.cell(ALL, all, (c) => c.recorded === true) : null;
  const recordedWithin24h = read.inUse.within24h ? frame.cell(ALL, all, (c) => c.within24h === true) : null;
  const complete = read.records.filter((r) => r.complete);
  // Strata outside the estimate (nothing sampled, or no complete record) have no rate to chart.
  const inEstimate = [...new Set(summary.strata.filter((s) => !s.outside).map((s) => s.label))];
  const missing = problems.filter((p) => p.kind === 'missing').length;

  const result: ReviewResult = {
    schemaVersion: 2,
    kind: 'ncrs-audit-review',
    tool: { name: 'ncrs-audit', version: toolVersion() },
    generatedAt: (options.now ?? (() => new Date()))().toISOString(),
    public: false,
    worksheets: sheets.map((s) => ({
      path: s.path,
      frameSha256: s.header.frameSha256,
      seed: s.header.seed,
      allocation: s.header.allocation,
      strata: s.header.strata,
      period: s.header.period,
      recordType: s.header.recordType,
      frameSize: s.header.frameSize,
      sampleSize: s.header.sampleSize,
      rows: s.rows.length,
      ...(options.verified?.has(s.path) ? { frameVerified: true } : {}),
    })),
    method: {
      counted: 'crimes',
      estimator: 'combined ratio estimator over strata, each sampled record a cluster of crimes, weights N_h / n_h; variance by linearisation',
      interval: 'Wilson score interval on the effective number of crimes R(1 − R)/V',
      z: Z95,
    },
    rows: { total: read.rows.total, crimeRows: read.rows.crimeRows, notCrimeRows: read.rows.notCrimeRows, missing, invalid: problems.length - missing },
    records: {
      sampled: read.records.length,
      complete: complete.length,
      leftOut: read.records.length - complete.length,
      withCrimes: complete.filter((r) => r.crimes.length > 0).length,
    },
    strata: summary.strata,
    overall,
    byStratum: frame.strata(inEstimate, correct),
    by: (options.by ?? []).map((dimension) => ({ dimension, domains: frame.domains(dimension, correct) })),
    recorded,
    recordedWithin24h,
    notRecorded: options.recordedTotal === undefined ? null : notRecordedEstimate(options.recordedTotal, recorded ?? overall, recorded ? 'recorded' : 'recorded_correctly'),
    problems,
    problemCount: problems.length,
    status: problems.length > 0 ? 'fail' : 'pass',
  };
  return result;
}

function sheetOrder(sheets: readonly ParsedWorksheet[], path: string): number {
  return sheets.findIndex((s) => s.path === path);
}
