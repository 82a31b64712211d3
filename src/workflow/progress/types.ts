/** The progress result (spec/progress.md): the source of every progress format. */
import type { TrendMonth, TrendSeries } from '../trend/types.js';

/** The statuses of spec/progress.md in their order of precedence. */
export const STATUSES = ['not measured', 'met', 'overdue', 'improving', 'not improving'] as const;
export type ProgressStatus = (typeof STATUSES)[number];
/** Public mode: a status that depends on a cell with 1–4 records (report.md). */
export type PublicStatus = ProgressStatus | 'suppressed';

/** One rule's figures in one report. Counts and rate are null when suppressed (public). */
export interface RulePoint {
  period: string;
  applicable: number;
  passed: number | null;
  failed: number | null;
  rate: number | null;
  ci95: [number, number] | null;
  status: string;
  suppressed: boolean;
  /** The rule file's edition; null before editions existed (or in a report that predates them). */
  edition: string | null;
}

/** Why a rule cannot show whether the recommendation is met. */
export type Unmeasured = 'absent' | 'n/a' | 'not measured';

export interface RuleChange {
  /** Latest minus baseline rate (a fraction: 0.031 is 3.1 points). */
  difference: number;
  z: number;
  pValue: number;
  significant: boolean;
  direction: 'better' | 'worse' | 'no significant change';
}

export interface ProgressRule {
  id: string;
  /** From the latest report holding the rule. */
  name: string;
  standard: string | null;
  /** The rule file and line the report names for it (`file:line`), or null. */
  definedIn: string | null;
  target: number;
  /** Where the target came from: the recommendation, the rule's threshold, or 1.0 without one. */
  targetFrom: 'recommendation' | 'rule threshold' | 'default';
  baseline: RulePoint | null;
  latest: RulePoint | null;
  /** Null when the latest report measures the rule. */
  unmeasured: Unmeasured | null;
  /** Null when unknown: unmeasured, or suppressed in public mode. */
  met: boolean | null;
  /** Null when either report lacks counts for it (absent, n/a or suppressed). */
  change: RuleChange | null;
  /** Set when the rule's edition differs between baseline and latest. */
  editionChange: { from: string | null; to: string | null } | null;
  /** The monthly line from baseline to latest; its threshold is the target; no month-to-month tests. */
  series: TrendSeries;
}

export interface ProgressRecommendation {
  id: string;
  text: string;
  due: string;
  owner: string;
  actions: string | null;
  /** The target the file gives, or null (each rule's own). */
  target: number | null;
  status: PublicStatus;
  /** Plain words: why this status (e.g. "NCRS-006 is not in the latest report"). */
  reason: string;
  rules: ProgressRule[];
}

export interface ProgressResult {
  schemaVersion: 1;
  kind: 'ncrs-audit-progress';
  tool: { name: 'ncrs-audit'; version: string };
  /** When the page was made (ISO); the pages print it in words. */
  generatedAt: string;
  public: boolean;
  /** The recommendations file as given (its name only in public mode) and its `source:`. */
  file: string;
  source: string;
  baseline: { requested: string; period: string; source: string; found: boolean };
  latest: { period: string; source: string; lastDay: string };
  /** Every report from baseline to latest, in month order. */
  months: TrendMonth[];
  test: { name: string; alpha: number; sides: 2; corrected: false };
  counts: Record<PublicStatus, number>;
  recommendations: ProgressRecommendation[];
}
