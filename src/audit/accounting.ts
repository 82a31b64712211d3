/**
 * The books of one audit must balance before any report is built (record.md
 * "Rejected rows", report.md): every row read was evaluated, rejected or
 * filtered; each file's rows add up to the total; no rule applied to more
 * records than were evaluated or failed more than it applied to; and (outside
 * --public) each rule's findings number its failures. A mismatch is a bug, so it
 * is an internal error (exit 2), never a silent report.
 */
import type { AuditRun } from '../model/audit-run.js';

export class AccountingError extends Error {
  override readonly name = 'AccountingError';
}

export function checkAccounting(run: Pick<AuditRun, 'rows' | 'inputs' | 'rejected' | 'engine'>): void {
  const { read, evaluated, rejected, filtered } = run.rows;
  const problems: string[] = [];
  if (read !== evaluated + rejected + filtered) problems.push(`read ${read} != evaluated ${evaluated} + rejected ${rejected} + filtered ${filtered}`);
  const perFile = run.inputs.reduce((sum, input) => sum + input.rows, 0);
  if (perFile !== read) problems.push(`the inputs' rows add up to ${perFile}, not ${read}`);
  if (run.rejected.length !== rejected) problems.push(`${run.rejected.length} rejected rows listed, ${rejected} counted`);

  const findings = new Map<string, number>();
  for (const f of run.engine.findings) findings.set(f.ruleId, (findings.get(f.ruleId) ?? 0) + 1);
  for (const { rule, counts } of run.engine.rules) {
    if (counts.applicable > evaluated) problems.push(`${rule.id} applied to ${counts.applicable} records of ${evaluated} evaluated`);
    if (counts.failed < 0 || counts.failed > counts.applicable) problems.push(`${rule.id} failed ${counts.failed} of ${counts.applicable}`);
    const listed = findings.get(rule.id) ?? 0;
    if (listed !== counts.failed) problems.push(`${rule.id} failed ${counts.failed} records but has ${listed} findings`);
  }
  if (problems.length > 0) throw new AccountingError(`row accounting mismatch: ${problems.join('; ')}`);
}
