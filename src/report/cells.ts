import type { RuleCounts } from '../model/engine.js';
import type { RuleCell } from './schema.js';
import { wilson } from './stats/wilson.js';

/** Counts 1–4 are small enough to identify people: public mode hides them (report.md). */
export function isSmallCount(n: number): boolean {
  return n >= 1 && n <= 4;
}

/**
 * One cell of the report (a rule, or a rule within a breakdown entry): counts,
 * unrounded rate and Wilson interval; in public mode a cell with 1–4 failed or
 * passed keeps `applicable` only and is marked suppressed.
 */
export function buildCell(counts: RuleCounts, publicMode: boolean): RuleCell {
  const { applicable, failed } = counts;
  const passed = applicable - failed;
  if (publicMode && (isSmallCount(failed) || isSmallCount(passed))) {
    return { applicable, failed: null, passed: null, rate: null, ci95: null, suppressed: true };
  }
  return {
    applicable,
    failed,
    passed,
    rate: applicable === 0 ? null : passed / applicable,
    ci95: wilson(passed, applicable),
  };
}
