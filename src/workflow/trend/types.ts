/** The trend result: the source of every trend format. */
export interface TrendMonth {
  /** The report's period (YYYY-MM), or the file name when it has none. */
  label: string;
  period: string | null;
  source: string;
  generatedAt: string;
}

export interface TrendPoint {
  applicable: number;
  /** Null when the cell was suppressed (public report). */
  passed: number | null;
  rate: number | null;
  ci95: [number, number] | null;
  status: 'pass' | 'fail' | 'n/a' | null;
  suppressed: boolean;
}

export interface TrendChange {
  /** Month labels compared. */
  from: string;
  to: string;
  /** Rate difference, later minus earlier. */
  difference: number;
  z: number;
  pValue: number;
  significant: boolean;
}

export interface TrendSeries {
  /** Rule id, or `overall`. */
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
  tool: { name: 'ncrs-audit'; version: string };
  months: TrendMonth[];
  test: { name: string; alpha: number; sides: 2 };
  /** Every rule's checks pooled: Σpassed / Σapplicable over rules with counts. */
  overall: TrendSeries;
  rules: TrendSeries[];
}
