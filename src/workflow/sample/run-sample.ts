/**
 * `sample`: a reproducible, stratified random sample of the records an audit
 * would see, written as an audit worksheet. Two passes over the inputs — one to
 * count the strata, one to pick — so memory holds only the sample, not the frame.
 */
import { InputError, UsageError } from '../../errors.js';
import { setupRun, type ProfileSetup } from '../../audit/setup.js';
import type { CanonicalField } from '../../model/record.js';
import { toolVersion } from '../../version.js';
import { formatLondon } from '../../ingest/values/calendar.js';
import { readFrame, type FrameFilters, type FrameReadSummary } from '../read-frame.js';
import { sampleSizeForCrimes, type SampleSizePlan } from '../stats/sample-size.js';
import { WORKSHEET_FORMAT } from '../worksheet/columns.js';
import type { WorksheetHeader } from '../worksheet/header.js';
import { formatWorksheet, type WorksheetRow } from '../worksheet/write-worksheet.js';
import { allocate, type Allocation } from './allocate.js';
import { canonicalFilters, frameHash } from './frame-hash.js';
import type { PlanningFigures } from './from-review.js';
import { choosePositions, sampleGenerator } from './select.js';
import { describeFixedSize, describeMarginPlan } from './size-rule.js';
import { StrataIndex } from './strata.js';

export interface SampleOptions {
  inputs: string[];
  cwd: string;
  /** Profile name or path; default `canonical`. */
  profile?: string;
  /** The run as the CLI set it up (with the config file); its profile then stands for `profile`. */
  setup?: ProfileSetup;
  /** Exactly one of size and margin. */
  size?: number;
  margin?: number;
  /** With margin: design effect and crimes per record from an earlier review. */
  fromReview?: PlanningFigures;
  seed: number;
  strata: CanonicalField[];
  allocation: Allocation;
  filters: FrameFilters;
}

export interface SampleResult {
  header: WorksheetHeader;
  rows: WorksheetRow[];
  /** Present when the size came from --margin. */
  plan: SampleSizePlan | null;
  frame: FrameReadSummary;
  /** The worksheet CSV text. */
  worksheet: string;
}

export async function runSample(options: SampleOptions): Promise<SampleResult> {
  if ((options.size === undefined) === (options.margin === undefined)) {
    throw new UsageError('give exactly one of --size N or --margin M');
  }
  const { profile } = options.setup ?? (await setupRun({ through: 'profile', cwd: options.cwd, config: false, profile: options.profile }));
  const filters = canonicalFilters(options.filters);
  const sha = await frameHash(options.inputs, options.cwd, filters);

  const counting = new StrataIndex(options.strata);
  const frame = await readFrame(options.inputs, options.cwd, profile, filters, (record) => void counting.add(record));
  const N = frame.kept;
  if (N === 0) throw new InputError('the sampling frame is empty: no record matches the filters');
  const strata = counting.strata();

  const earlier = options.fromReview ?? { designEffect: 1, crimesPerRecord: 1 };
  const plan = options.margin !== undefined ? sampleSizeForCrimes(options.margin, N, earlier) : null;
  const size = plan ? plan.size : Math.min(options.size!, N);
  const sizes = allocate(
    strata.map((s) => s.population),
    size,
    options.allocation,
  );

  const rng = sampleGenerator(options.seed);
  const picks = new Map<string, { label: string; positions: Set<number>; rows: WorksheetRow[] }>();
  strata.forEach((s, i) => {
    picks.set(s.key, { label: s.label, positions: new Set(choosePositions(rng, s.population, sizes[i]!)), rows: [] });
  });

  const picking = new StrataIndex(options.strata);
  const second = await readFrame(options.inputs, options.cwd, profile, filters, (record, source) => {
    const { key, position } = picking.add(record);
    const pick = picks.get(key);
    if (!pick?.positions.has(position)) return;
    pick.rows.push({
      record_id: record.record_id ?? '',
      record_type: record.record_type ?? '',
      incident_id: record.incident_id ?? '',
      district: record.district ?? '',
      offence_code: record.offence_code ?? '',
      closure_code: record.closure_code ?? '',
      reported_at: formatLondon(record.reported_at),
      file: source.file,
      line: String(source.line),
      stratum: pick.label,
    });
  });
  if (second.kept !== N) throw new InputError('the input changed while it was being sampled; run again');

  const header: WorksheetHeader = {
    format: WORKSHEET_FORMAT,
    toolVersion: toolVersion(),
    seed: options.seed,
    frameSha256: sha,
    inputs: options.inputs,
    profile: profile.name,
    period: filters.period,
    districts: filters.districts,
    recordType: filters.recordType,
    strata: options.strata,
    allocation: options.allocation,
    frameSize: N,
    sampleSize: sizes.reduce((a, b) => a + b, 0),
    sizeRule: plan ? describeMarginPlan(plan, options.fromReview) : describeFixedSize(options.size!, N),
    stratumTable: strata.map((s, i) => ({ label: s.label, population: s.population, sample: sizes[i]! })),
  };
  const rows = [...picks.values()].flatMap((p) => p.rows);
  return { header, rows, plan, frame, worksheet: formatWorksheet(header, rows) };
}
