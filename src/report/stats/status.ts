import type { Severity } from '../../model/engine.js';

export type RuleStatus = 'pass' | 'fail' | 'n/a';

/**
 * A rule's status (rules.md, "Status"): n/a when it applied to nothing; fail when
 * its rate is below the threshold or, with no threshold, when any record failed.
 */
export function ruleStatus(applicable: number, failed: number, threshold: number | null): RuleStatus {
  if (applicable === 0) return 'n/a';
  if (threshold === null) return failed > 0 ? 'fail' : 'pass';
  return (applicable - failed) / applicable < threshold ? 'fail' : 'pass';
}

/** Only a failing `error` rule, or a rejected row, fails the audit. */
export function auditStatus(rules: { severity: Severity; status: RuleStatus }[], rejectedRows: number): 'pass' | 'fail' {
  if (rejectedRows > 0) return 'fail';
  return rules.some((r) => r.severity === 'error' && r.status === 'fail') ? 'fail' : 'pass';
}
