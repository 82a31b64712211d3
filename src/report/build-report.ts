/**
 * AuditRun -> Report (spec/report.md). Pure and deterministic: the same run gives
 * the same report, byte for byte once serialised, apart from `generatedAt`.
 */
import type { AuditRun, ExceptionEntry, NotMeasured } from '../model/audit-run.js';
import type { Finding, RuleInfo, RuleResult } from '../model/engine.js';
import { publicReport } from './disclosure/public-report.js';
import type { Report, ReportFinding, RuleReport } from './schema.js';
import { buildBreakdown } from './breakdowns.js';
import { buildCell } from './cells.js';
import { auditStatus, ruleStatus } from './stats/status.js';

export function buildReport(run: AuditRun): Report {
  const full = buildFullReport(run);
  // Disclosure control works on the true figures, after they are all known.
  return run.options.public ? publicReport(full) : full;
}

function buildFullReport(run: AuditRun): Report {
  const publicMode = run.options.public;
  const notMeasured = (id: string): boolean => run.notMeasured?.has(id) === true;
  const rules = run.engine.rules.map((r) => buildRule(r, run));
  const report: Report = {
    schemaVersion: 1,
    tool: { name: 'ncrs-audit', version: run.toolVersion },
    generatedAt: run.generatedAt,
    period: run.period,
    inputs: run.inputs.map(({ path, sha256, rows }) => ({ path, sha256, rows })),
    profile: { ...run.profile },
    config: run.config ? { ...run.config } : null,
    rulePack: { files: run.ruleFiles.map(({ path, sha256, edition }) => ({ path, sha256, edition: edition ?? null })) },
    rows: { ...run.rows },
    rejected: run.rejected.map(({ file, line, reason }) => ({ file, line, reason })),
    rules,
    // A rule that is not measured has no counts, so none of its findings either.
    ...(publicMode ? {} : { findings: run.engine.findings.filter((f) => !notMeasured(f.ruleId)).map(toReportFinding) }),
    breakdowns: {
      district: buildBreakdown(
        run.engine.rules,
        (r) => r.byDistrict,
        (k) => run.districtSpelling.get(k) ?? k,
        notMeasured,
      ),
      record_type: buildBreakdown(run.engine.rules, (r) => r.byRecordType, (k) => k, notMeasured),
    },
    status: auditStatus(rules, run.rows),
    warnings: [...run.warnings],
    filters: { period: run.period, districts: [...run.districts] },
    public: false,
  };
  if (run.exceptions) {
    const ex = run.exceptions;
    const copy = <T extends ExceptionEntry>(e: T): T => ({ ...e });
    report.asOf = ex.asOf;
    report.exceptions = { accepted: ex.accepted.map(copy), expired: ex.expired.map(copy), unused: ex.unused.map(copy) };
  }
  return report;
}

/** The audit's exit code: 1 when the report fails (rules.md "Status"). */
export function reportExitCode(report: Pick<Report, 'status'>): 0 | 1 {
  return report.status === 'fail' ? 1 : 0;
}

function buildRule(result: RuleResult, run: AuditRun): RuleReport {
  const { rule, counts } = result;
  const missing = run.notMeasured?.get(rule.id);
  if (missing) return notMeasuredRule(rule, missing, run);
  const cell = buildCell(counts);
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
    status: ruleStatus(counts.applicable, counts.failed, rule.threshold),
    edition: rule.edition ?? null,
  };
  if (run.exceptions) out.accepted = run.exceptions.acceptedByRule.get(rule.id) ?? 0;
  return withSource(out, rule);
}

/** rules.md "Status": counts, rate and interval null, and the fields no input maps. */
function notMeasuredRule(rule: RuleInfo, missing: NotMeasured, run: AuditRun): RuleReport {
  const out: RuleReport = {
    id: rule.id,
    name: rule.name,
    severity: rule.severity,
    applicable: null,
    failed: null,
    passed: null,
    rate: null,
    ci95: null,
    threshold: rule.threshold,
    status: 'not measured',
    missingFields: [...missing.missingFields],
  };
  if (Object.keys(missing.closestHeaders).length > 0) out.closestHeaders = { ...missing.closestHeaders };
  if (run.exceptions) out.accepted = run.exceptions.acceptedByRule.get(rule.id) ?? 0;
  return withSource(out, rule);
}

function withSource(out: RuleReport, rule: RuleInfo): RuleReport {
  out.description = rule.description;
  if (rule.plain) out.plain = { ...rule.plain };
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
