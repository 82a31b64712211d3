/**
 * A full report -> its public version (report.md `--public`): small counts and
 * the entries they could be worked out from are hidden, and nothing that names
 * a record or a person is left — no findings, record ids, rejected rows' lines
 * or reasons, exceptions' justification, acceptedBy, file or line, and files
 * named without their folders. The audit's `status` is kept: the exit code
 * reflects every rule, published or not.
 */
import { basename } from 'node:path';
import type { BreakdownEntry, Report, RuleCell, RuleReport } from '../schema.js';
import { isPrimarySuppressed, isSmallCount, suppressDimension, type CellCounts } from './suppress.js';

/** What a hidden cell keeps: how many records it holds, nothing about how they fared. */
export function hiddenCell(applicable: number): RuleCell {
  return { applicable, failed: null, passed: null, rate: null, ci95: null, suppressed: true };
}

export function publicReport(report: Report): Report {
  if (report.public === true) return report;
  const rules = report.rules.map(publicRule);
  const out: Report = {
    ...report,
    inputs: report.inputs.map((i) => ({ ...i, path: basename(i.path) })),
    profile: { ...report.profile, path: report.profile.path === null ? null : basename(report.profile.path) },
    ...(report.config !== undefined ? { config: report.config ? { ...report.config, path: basename(report.config.path) } : null } : {}),
    rulePack: { ...report.rulePack, files: report.rulePack.files.map((f) => ({ ...f, path: basename(f.path) })) },
    rejected: report.rejected.map((r) => ({ file: basename(r.file) })),
    rules,
    breakdowns: {
      district: publicDimension(report.rules, report.breakdowns.district),
      record_type: publicDimension(report.rules, report.breakdowns.record_type),
    },
    warnings: report.warnings.map((w) => withoutFolders(w, report)),
    public: true,
  };
  delete out.findings;
  if (report.exceptions) {
    // Per-rule `accepted` counts say how many were accepted; a list would too.
    const entry = ({ ruleId, expires }: { ruleId: string; expires: string }) => ({ ruleId, expires });
    out.exceptions = { accepted: [], expired: report.exceptions.expired.map(entry), unused: report.exceptions.unused.map(entry) };
  }
  return out;
}

function counts(cell: { applicable: number | null; failed: number | null }): CellCounts | null {
  return cell.applicable === null || cell.failed === null ? null : { applicable: cell.applicable, failed: cell.failed };
}

function publicRule(rule: RuleReport): RuleReport {
  const out: RuleReport = { ...rule, ...(rule.file !== undefined ? { file: basename(rule.file) } : {}) };
  if (rule.accepted !== undefined && rule.accepted !== null && isSmallCount(rule.accepted)) out.accepted = null;
  const c = counts(rule);
  if (!c || !isPrimarySuppressed(c)) return out;
  return { ...out, failed: null, passed: null, rate: null, ci95: null, status: 'suppressed', suppressed: true };
}

/** Every rule's cells of one dimension, primary and secondary suppression applied. */
function publicDimension(rules: readonly RuleReport[], entries: readonly BreakdownEntry[]): BreakdownEntry[] {
  const out: BreakdownEntry[] = entries.map((e) => ({ key: e.key, rules: { ...e.rules } }));
  for (const rule of rules) {
    const total = counts(rule);
    const at = entries.flatMap((e, i) => (e.rules[rule.id] ? [i] : []));
    if (at.length === 0) continue;
    const cells = at.map((i) => counts(entries[i]!.rules[rule.id]!));
    if (!total || cells.some((c) => c === null)) {
      // Figures already missing (a report made public before): hide the dimension whole.
      for (const i of at) out[i]!.rules[rule.id] = hiddenCell(entries[i]!.rules[rule.id]!.applicable);
      continue;
    }
    const hide = suppressDimension(total, cells as CellCounts[]);
    at.forEach((i, n) => {
      if (hide[n]) out[i]!.rules[rule.id] = hiddenCell(entries[i]!.rules[rule.id]!.applicable);
    });
  }
  return out;
}

/** Input and rule file paths in a warning shown by their names only. */
function withoutFolders(warning: string, report: Report): string {
  let text = warning;
  for (const p of [...report.inputs.map((i) => i.path), ...(report.profile.path ? [report.profile.path] : [])]) {
    if (p !== basename(p)) text = text.split(p).join(basename(p));
  }
  return text;
}
