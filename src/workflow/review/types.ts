/** The review result: the source of every review format (like the audit's JSON report). */
export interface ReviewCell {
  /** District as most often written, or '(all)' for the overall figure. */
  key: string;
  /** Rows judged should_be_crime = Y. */
  shouldBeCrime: number;
  /** Of those, rows with recorded_correctly = Y. */
  recorded: number;
  /** Crime recording rate (weighted when `weighted`); null with no should-be-crime rows. */
  rate: number | null;
  ci95: [number, number] | null;
  /** Kish effective sample size behind the interval (= shouldBeCrime when unweighted). */
  effectiveN: number;
  weighted: boolean;
}

export interface ReviewProblem {
  file: string;
  line: number;
  column: string;
  kind: 'missing' | 'invalid' | 'duplicate' | 'stratum';
  message: string;
}

export interface ReviewWorksheet {
  path: string;
  frameSha256: string;
  seed: number;
  allocation: 'proportional' | 'equal';
  strata: string[];
  frameSize: number;
  sampleSize: number;
  rows: number;
  /** Present when --frame was given: the hash re-computed and matched. */
  frameVerified?: boolean;
}

export interface ReviewResult {
  schemaVersion: 1;
  kind: 'ncrs-audit-review';
  tool: { name: 'ncrs-audit'; version: string };
  worksheets: ReviewWorksheet[];
  method: {
    /** `stratum`: design weights N_h / n_h (equal allocation); `none`: each row counts once. */
    weighting: 'none' | 'stratum';
    interval: string;
    z: number;
  };
  rows: { total: number; counted: number; notCrime: number; shouldBeCrime: number; missing: number; invalid: number };
  overall: ReviewCell;
  districts: ReviewCell[];
  problems: ReviewProblem[];
  /** fail when any verdict is missing or invalid (exit 1). */
  status: 'pass' | 'fail';
}
