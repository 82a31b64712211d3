/** The trend result: the source of every trend format. */
export interface TrendMonth {
  /** The report's period (YYYY-MM), or the file name when it has none. */
  label: string;
  period: string | null;
  source: string;
  generatedAt: string;
  /** The editions (counting years) its rule files stated, sorted; [] for a report made before editions. */
  editions: string[];
  /** True when `editions` differ from the previous month's. */
  editionChanged: boolean;
}

export interface TrendPoint {
  /** Null when the rule was not measured that month. */
  applicable: number | null;
  /** Null when the cell was suppressed (`trend --public`) or not measured. */
  passed: number | null;
  rate: number | null;
  ci95: [number, number] | null;
  status: 'pass' | 'fail' | 'n/a' | 'not measured' | 'suppressed' | null;
  suppressed: boolean;
  /** The edition of the rule's file that month; null: none stated, or a report made before editions. */
  edition?: string | null;
}

export interface TrendChange {
  /** Month labels compared. */
  from: string;
  to: string;
  /** Rate difference, later minus earlier. */
  difference: number;
  z: number;
  /** The test's own two-sided p-value. */
  pValue: number;
  /** After Holm's correction across every month-to-month test of the page. */
  pAdjusted: number;
  /** pAdjusted < alpha. */
  significant: boolean;
}

export interface TrendSeries {
  /** Rule id. */
  id: string;
  name: string;
  severity: 'error' | 'warning' | 'info' | null;
  /** The most recent threshold seen. */
  threshold: number | null;
  /** One per month, null when the rule was not in that month's report. */
  points: (TrendPoint | null)[];
  /** changes[i] compares months i and i+1; null when either has no counts. */
  changes: (TrendChange | null)[];
}

export interface TrendResult {
  schemaVersion: 1;
  kind: 'ncrs-audit-trend';
  /** `trend --public`: months' cells with 1–4 passed or failed are hidden (report.md). */
  public?: boolean;
  tool: { name: 'ncrs-audit'; version: string };
  /** When the trend was made (ISO); the pages print it in words. */
  generatedAt: string;
  months: TrendMonth[];
  /** `tests`: how many month-to-month comparisons the correction covered. */
  test: { name: string; alpha: number; sides: 2; correction: 'Holm'; tests: number };
  rules: TrendSeries[];
}
