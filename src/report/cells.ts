import type { RuleCounts } from '../model/engine.js';
import type { RuleCell } from './schema.js';
import { wilson } from './stats/wilson.js';

/**
 * One cell of the report (a rule, or a rule within a breakdown entry): counts,
 * unrounded rate and Wilson interval. Public reports suppress cells afterwards
 * (disclosure/public-report.ts), from these true counts.
 */
export function buildCell(counts: RuleCounts): RuleCell {
  const { applicable, failed } = counts;
  const passed = applicable - failed;
  return {
    applicable,
    failed,
    passed,
    rate: applicable === 0 ? null : passed / applicable,
    ci95: wilson(passed, applicable),
  };
}
