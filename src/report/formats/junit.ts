/**
 * JUnit XML for CI: one <testsuite> per rule file, one <testcase> per rule.
 * A rule with status `fail` gets a <failure> whose `type` is its severity, so a
 * failing warning rule is visibly a warning (and its name says "[warning]"); the
 * audit's exit code, not this file, decides whether the pipeline fails. `n/a`
 * rules are <skipped>; a rule `not measured` is a <failure> when it is an error
 * rule (it fails the audit) and <skipped> otherwise, with its missing fields and
 * the --profile hint; a public report's suppressed rule is <skipped> as "too few
 * records to report", never passed or failed. Every case carries properties: severity, status, counts.
 * The first 10 findings are in the failure's message (one line) and its body (one per line).
 */
import type { Report, ReportFinding, RuleReport } from '../schema.js';
import { escapeXml as x } from '../sanitise.js';
import { INTERVAL, SUPPRESSED, TOO_FEW, ciText, count, notMeasuredHint, percent, thresholdText } from '../wording.js';
import type { Formatter } from './types.js';

const MAX_FINDINGS = 10;
const UNKNOWN_FILE = '(rules)';

export const formatJunit: Formatter = (report) => {
  const suites = groupByFile(report.rules);
  const findings = groupFindings(report.findings ?? []);
  const failures = report.rules.filter((r) => outcome(r) === 'failure').length;
  const skipped = report.rules.filter((r) => outcome(r) === 'skipped').length;
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(
    `<testsuites name="ncrs-audit" tests="${report.rules.length}" failures="${failures}" errors="0" skipped="${skipped}" timestamp="${x(report.generatedAt)}">`,
  );
  for (const [file, rules] of suites) {
    const f = rules.filter((r) => outcome(r) === 'failure').length;
    const s = rules.filter((r) => outcome(r) === 'skipped').length;
    out.push(`  <testsuite name="${x(file)}" tests="${rules.length}" failures="${f}" errors="0" skipped="${s}" timestamp="${x(report.generatedAt)}">`);
    for (const rule of rules) out.push(...testcase(rule, file, findings.get(rule.id) ?? [], report));
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
};

function testcase(rule: RuleReport, file: string, findings: ReportFinding[], report: Report): string[] {
  const name = `${rule.id} ${rule.name}${rule.severity === 'error' ? '' : ` [${rule.severity}]`}`;
  const lines = [`    <testcase name="${x(name)}" classname="${x(file)}"${rule.line ? ` file="${x(file)}" line="${rule.line}"` : ''}>`];
  lines.push('      <properties>');
  const props: [string, string][] = [
    ['severity', rule.severity],
    ['status', rule.status],
    ['applicable', rule.applicable === null ? '' : String(rule.applicable)],
    ['failed', rule.failed === null ? '' : String(rule.failed)],
    ['suppressed', String(rule.suppressed === true)],
    ['rate', rule.rate === null ? '' : String(rule.rate)],
    ['threshold', rule.threshold === null ? '' : String(rule.threshold)],
    ...(rule.missingFields ? [['missingFields', rule.missingFields.join(',')] as [string, string]] : []),
  ];
  for (const [k, v] of props) lines.push(`        <property name="${k}" value="${x(v)}"/>`);
  lines.push('      </properties>');
  if (rule.status === 'n/a') lines.push('      <skipped message="n/a: the rule applied to no record"/>');
  if (rule.status === 'suppressed') lines.push(`      <skipped message="${x(`${TOO_FEW}: ${SUPPRESSED} records met or failed the rule, so the result is not published`)}"/>`);
  if (rule.status === 'not measured') {
    const message = `not measured: ${notMeasuredHint(rule)}`;
    lines.push(outcome(rule) === 'failure' ? `      <failure type="${rule.severity}" message="${x(message)}">${x(message)}</failure>` : `      <skipped message="${x(message)}"/>`);
  }
  if (rule.status === 'fail') {
    const first = findings.map(findingLine);
    const message = summary(rule) + (first.length > 0 ? `; first findings: ${first.join('; ')}` : '');
    lines.push(`      <failure type="${rule.severity}" message="${x(message)}">${x(details(summary(rule), rule, findings, report))}</failure>`);
  }
  lines.push('    </testcase>');
  return lines;
}

/** How a rule shows in JUnit: only a failing error rule or a not-measured one fails the audit. */
function outcome(rule: RuleReport): 'failure' | 'skipped' | 'passed' {
  if (rule.status === 'fail') return 'failure';
  if (rule.status === 'not measured') return rule.severity === 'error' ? 'failure' : 'skipped';
  if (rule.status === 'n/a' || rule.status === 'suppressed') return 'skipped';
  return 'passed';
}

function summary(rule: RuleReport): string {
  const standard = rule.threshold === null ? 'no threshold: any failure fails' : `audit threshold ${thresholdText(rule.threshold)}`;
  return `${rule.severity}: ${count(rule.failed)} of ${count(rule.applicable)} failed; rate ${percent(rule.rate)} (${INTERVAL} ${ciText(rule.ci95)}); ${standard}`;
}

function details(message: string, rule: RuleReport, findings: ReportFinding[], report: Report): string {
  const lines = [message];
  if (!report.findings) {
    lines.push('(findings are not listed in public mode)');
    return lines.join('\n');
  }
  for (const f of findings) lines.push(findingLine(f));
  const total = rule.failed ?? findings.length;
  if (total > MAX_FINDINGS) lines.push(`… and ${count(total - MAX_FINDINGS)} more`);
  return lines.join('\n');
}

function findingLine(f: ReportFinding): string {
  return `${f.file}:${f.line} ${f.recordId ?? '(no record id)'}: ${f.message}`;
}

function groupByFile(rules: RuleReport[]): Map<string, RuleReport[]> {
  const byFile = new Map<string, RuleReport[]>();
  for (const r of rules) {
    const key = r.file ?? UNKNOWN_FILE;
    const list = byFile.get(key);
    if (list) list.push(r);
    else byFile.set(key, [r]);
  }
  return byFile;
}

function groupFindings(findings: ReportFinding[]): Map<string, ReportFinding[]> {
  const byRule = new Map<string, ReportFinding[]>();
  for (const f of findings) {
    const list = byRule.get(f.ruleId);
    if (!list) byRule.set(f.ruleId, [f]);
    else if (list.length < MAX_FINDINGS) list.push(f);
  }
  return byRule;
}
