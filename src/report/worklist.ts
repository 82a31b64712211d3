/**
 * The auditor's lists, shaped once for every format: the rules to work on first,
 * the rejected rows and the exceptions. Data only; the formats print it. A
 * public report has none of it (report.md: no lines, reasons or exception text).
 */
import type { Report, RuleReport } from './schema.js';

/** A list cut to its first `max` entries, with how many were left out. */
export interface Capped<T> {
  items: T[];
  more: number;
}

export interface RejectedItem {
  file: string;
  line: number | null;
  reason: string;
}

type Exceptions = NonNullable<Report['exceptions']>;
export type AcceptedItem = Exceptions['accepted'][number];
export type ExceptionItem = Exceptions['expired'][number];

export interface ExceptionLists {
  asOf: string | null;
  accepted: Capped<AcceptedItem>;
  expired: Capped<ExceptionItem>;
  unused: Capped<ExceptionItem>;
}

export interface NextSteps {
  /** Error rules that fail, then warnings not met; each group most failing records first. */
  rules: Capped<RuleReport>;
  rejected: Capped<RejectedItem>;
  /** Findings, rejected rows or accepted findings: the worklist has something in it. */
  worklistHasRows: boolean;
}

/** How much the terminal shows (issue 16: the first five rejected rows, then "and N more"). */
export const TERMINAL_LIMITS = { rules: 5, rejected: 5 } as const;
/** How long a list the HTML and Markdown reports print before pointing to the CSV worklist. */
export const PAGE_LIST_LIMIT = 200;

export function capped<T>(list: readonly T[], max: number): Capped<T> {
  return { items: list.slice(0, max), more: Math.max(0, list.length - max) };
}

/**
 * The rules not met, worst first: `error` rules that fail (they decide the audit),
 * then `warning` rules not met; within each, the most failing records first, ties
 * in report order. `info` rules are for information and not listed.
 */
export function rulesNotMet(report: Report): RuleReport[] {
  const byFailed = (list: RuleReport[]) => list.map((r, i) => ({ r, i })).sort((a, b) => (b.r.failed ?? 0) - (a.r.failed ?? 0) || a.i - b.i).map((x) => x.r);
  const failing = report.rules.filter((r) => r.status === 'fail');
  return [...byFailed(failing.filter((r) => r.severity === 'error')), ...byFailed(failing.filter((r) => r.severity === 'warning'))];
}

/** The rejected rows with their place and reason; null in a public report, which has neither. */
export function rejectedRows(report: Report, max: number): Capped<RejectedItem> | null {
  if (report.public) return null;
  return capped(
    report.rejected.map((r) => ({ file: r.file, line: r.line ?? null, reason: r.reason ?? '' })),
    max,
  );
}

/** The exceptions file's outcome; null without --exceptions and in a public report. */
export function exceptionLists(report: Report, max: number): ExceptionLists | null {
  if (report.public || !report.exceptions) return null;
  const { accepted, expired, unused } = report.exceptions;
  return { asOf: report.asOf ?? null, accepted: capped(accepted, max), expired: capped(expired, max), unused: capped(unused, max) };
}

/** The terminal's "what to do next": null in a public report or when there is nothing to do. */
export function nextSteps(report: Report, limits: { rules: number; rejected: number } = TERMINAL_LIMITS): NextSteps | null {
  const rejected = rejectedRows(report, limits.rejected);
  if (!rejected) return null;
  const rules = rulesNotMet(report);
  const accepted = report.exceptions?.accepted.length ?? 0;
  const findings = report.findings?.length ?? 0;
  if (rules.length === 0 && report.rejected.length === 0 && accepted === 0 && findings === 0) return null;
  return { rules: capped(rules, limits.rules), rejected, worklistHasRows: findings + report.rejected.length + accepted > 0 };
}
