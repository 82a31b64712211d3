import type { Severity } from '../../model/engine.js';

export type RuleStatus = 'pass' | 'fail' | 'n/a' | 'not measured';

/**
 * A rule's status (rules.md, "Status"): n/a when it applied to nothing; fail when
 * its rate is below the threshold or, with no threshold, when any record failed.
 * `not measured` (a needed field in no input) is decided before counts exist.
 */
export function ruleStatus(applicable: number, failed: number, threshold: number | null): Exclude<RuleStatus, 'not measured'> {
  if (applicable === 0) return 'n/a';
  if (threshold === null) return failed > 0 ? 'fail' : 'pass';
  return (applicable - failed) / applicable < threshold ? 'fail' : 'pass';
}

/**
 * The audit fails (rules.md "Status") when an `error` rule fails or is not
 * measured, a row was rejected, or no record was evaluated.
 */
export function auditStatus(
  rules: readonly { severity: Severity; status: RuleStatus | 'suppressed' }[],
  rows: { rejected: number; evaluated: number },
): 'pass' | 'fail' {
  if (rows.rejected > 0 || rows.evaluated === 0) return 'fail';
  return rules.some((r) => r.severity === 'error' && (r.status === 'fail' || r.status === 'not measured')) ? 'fail' : 'pass';
}
