/** The review result: the source of every review format (like the audit's JSON report). */

/** One estimate: overall, a domain (district or offence group), or a `recorded` rate. */
export interface ReviewCell {
  /** The domain as most often written, or '(all)'. */
  key: string;
  /** Crimes that should have been recorded (Σx, unweighted). */
  crimes: number;
  /** Of those, the successes (recorded correctly, or recorded, …), unweighted; null when suppressed. */
  successes: number | null;
  /** Records with at least one of these crimes. */
  records: number;
  /** R = Σ w·y / Σ w·x; null with no crimes (or suppressed). */
  rate: number | null;
  ci95: [number, number] | null;
  /** (U − L)/2 in percentage points: HMICFRS's "± h". */
  halfWidth: number | null;
  /** Effective number of crimes behind the interval (not rounded). */
  effectiveN: number | null;
  /** V₀ over the variance of a simple random sample of crimes; null when R is 0 or 1. */
  designEffect: number | null;
  /** Public mode: successes or failures were 1–4 (or to protect such a cell). */
  suppressed?: true;
}

export type ReviewProblemKind = 'missing' | 'invalid' | 'repeated' | 'conflict' | 'stratum' | 'count';

export interface ReviewProblem {
  file: string;
  line: number;
  column: string;
  kind: ReviewProblemKind;
  message: string;
}

export interface ReviewWorksheet {
  path: string;
  frameSha256: string;
  seed: number;
  allocation: 'proportional' | 'equal';
  strata: string[];
  period: string | null;
  recordType: string | null;
  frameSize: number;
  sampleSize: number;
  rows: number;
  /** Present when --frame was given: the hash re-computed and matched. */
  frameVerified?: boolean;
}

export interface ReviewStratum {
  frameSha256: string;
  label: string;
  population: number;
  /** `sample` count from the `# stratum:` line. */
  sample: number;
  /** Distinct records found in the worksheets. */
  records: number;
  /** n_h: complete records, the ones the estimate uses. */
  complete: number;
  /** Records left out whole because a row was missing or invalid. */
  leftOut: number;
  /** sample = 0, or no complete record: outside the estimate. */
  outside: boolean;
  /** n_h = 1 < N_h: variance from one record, centred at 0. */
  singleRecord: boolean;
}

export type ReviewDimension = 'district' | 'offence-group';

export interface NotRecordedEstimate {
  /** --recorded-total: crimes the force recorded in the frame's period. */
  recordedTotal: number;
  /** The rate used as P: the `recorded` rate when filled, else recorded correctly. */
  basis: 'recorded' | 'recorded_correctly';
  /** N(1 − P)/P; null when P is 0 or unknown. */
  estimate: number | null;
  /** [N(1 − U)/U, N(1 − L)/L]; the upper bound null when L = 0. */
  ci95: [number, number | null] | null;
}

export interface ReviewResult {
  schemaVersion: 2;
  kind: 'ncrs-audit-review';
  tool: { name: 'ncrs-audit'; version: string };
  /** When the review was made (ISO 8601); pages show it in words. */
  generatedAt: string;
  public: boolean;
  worksheets: ReviewWorksheet[];
  method: {
    counted: 'crimes';
    estimator: string;
    interval: string;
    z: number;
  };
  rows: { total: number; crimeRows: number; notCrimeRows: number; missing: number; invalid: number };
  records: { sampled: number; complete: number; leftOut: number; withCrimes: number };
  strata: ReviewStratum[];
  overall: ReviewCell;
  /** The rate per sampling stratum in the estimate, in the worksheets' order (a domain each). */
  byStratum: ReviewCell[];
  by: { dimension: ReviewDimension; domains: ReviewCell[] }[];
  /** Share of the crimes that were recorded at all (`recorded` column), when filled. */
  recorded: ReviewCell | null;
  /** Share recorded within 24 hours (`recorded_within_24h`), when filled. */
  recordedWithin24h: ReviewCell | null;
  notRecorded: NotRecordedEstimate | null;
  /** Public mode lists how many problems there were, not where. */
  problems: ReviewProblem[];
  problemCount: number;
  /** fail when a verdict is missing or invalid, or the worksheets are inconsistent (exit 1). */
  status: 'pass' | 'fail';
}
