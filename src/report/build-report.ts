/**
 * AuditRun -> Report (spec/report.md). Pure and deterministic: the same run gives
 * the same report, byte for byte once serialised, apart from `generatedAt`.
 */
import type { AuditRun, ExceptionEntry } from '../model/audit-run.js';
import type { Finding, RuleResult } from '../model/engine.js';
import type { Report, ReportFinding, RuleReport } from './schema.js';
import { buildBreakdown } from './breakdowns.js';
import { buildCell } from './cells.js';
import { auditStatus, ruleStatus } from './stats/status.js';

export function buildReport(run: AuditRun): Report {
  const publicMode = run.options.public;
  const rules = run.engine.rules.map((r) => buildRule(r, run));
  const report: Report = {
    schemaVersion: 1,
    tool: { name: 'ncrs-audit', version: run.toolVersion },
    generatedAt: run.generatedAt,
    period: run.period,
    inputs: run.inputs.map(({ path, sha256, rows }) => ({ path, sha256, rows })),
    profile: { ...run.profile },
    rulePack: { files: run.ruleFiles.map(({ path, sha256 }) => ({ path, sha256 })) },
    rows: { ...run.rows },
    rejected: run.rejected.map(({ file, line, reason }) => ({ file, line, reason })),
    rules,
    ...(publicMode ? {} : { findings: run.engine.findings.map(toReportFinding) }),
    breakdowns: {
      district: buildBreakdown(
        run.engine.rules,
        (r) => r.byDistrict,
        (k) => run.districtSpelling.get(k) ?? k,
        publicMode,
      ),
      record_type: buildBreakdown(run.engine.rules, (r) => r.byRecordType, (k) => k, publicMode),
    },
    status: auditStatus(rules, run.rows.rejected),
    warnings: [...run.warnings],
    filters: { period: run.period, districts: [...run.districts] },
    public: publicMode,
  };
  if (run.exceptions) {
    const ex = run.exceptions;
    const strip = <T extends ExceptionEntry>(e: T) => (publicMode ? omitRecordId(e) : { ...e });
    report.asOf = ex.asOf;
    report.exceptions = {
      accepted: ex.accepted.map(strip),
      expired: ex.expired.map(strip),
      unused: ex.unused.map(strip),
    };
  }
  return report;
}

/** The audit's exit code: 1 when the report fails (a failing error rule or a rejected row). */
export function reportExitCode(report: Pick<Report, 'status'>): 0 | 1 {
  return report.status === 'fail' ? 1 : 0;
}

function buildRule(result: RuleResult, run: AuditRun): RuleReport {
  const { rule, counts } = result;
  const cell = buildCell(counts, run.options.public);
  const out: RuleReport = {
    id: rule.id,
    name: rule.name,
    severity: rule.severity,
    applicable: cell.applicable,
    failed: cell.failed,
    passed: cell.passed ?? null,
    rate: cell.rate ?? null,
    ci95: cell.ci95 ?? null,
    threshold: rule.threshold,
    // Status is judged on the true counts, even when public mode hides them.
    status: ruleStatus(counts.applicable, counts.failed, rule.threshold),
  };
  if (cell.suppressed) out.suppressed = true;
  if (run.exceptions) out.accepted = run.exceptions.acceptedByRule.get(rule.id) ?? 0;
  out.description = rule.description;
  out.standard = rule.standard;
  out.file = rule.file;
  out.line = rule.line;
  return out;
}

function toReportFinding(f: Finding): ReportFinding {
  return {
    ruleId: f.ruleId,
    recordId: f.recordId,
    file: f.file,
    line: f.line,
    message: f.message,
    district: f.district,
    recordType: f.recordType,
    ...(f.details && { details: { ...f.details } }),
  };
}

function omitRecordId<T extends ExceptionEntry>(entry: T): Omit<T, 'recordId'> {
  const { recordId: _omit, ...rest } = entry;
  return rest;
}
