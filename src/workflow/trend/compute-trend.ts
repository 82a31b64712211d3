import { basename } from 'node:path';
import { InputError, UsageError } from '../../errors.js';
import type { Report, RuleReport } from '../../report/schema.js';
import { wilson } from '../../report/stats/wilson.js';
import { isPrimarySuppressed } from '../../report/disclosure/suppress.js';
import { reportEditions } from '../../report/panel/compare.js';
import { toolVersion } from '../../version.js';
import { holmAdjust } from '../stats/holm.js';
import { ALPHA, twoProportionTest } from '../stats/two-proportion.js';
import type { TrendChange, TrendMonth, TrendPoint, TrendResult, TrendSeries } from './types.js';

/**
 * Rates month by month from earlier reports, per rule, with a two-sided
 * two-proportion z-test between consecutive months so the panel is not shown
 * noise as progress. One page holds many such tests (rules × months), so a change
 * is marked only when it stays significant after Holm's correction across all of
 * them. No pooled "all rules" line: pooling lets the many data-quality checks hide
 * the national rules. Reports with a period are put in month order; two reports
 * for one month are refused.
 */
export function computeTrend(reports: readonly { path: string; report: Report }[], options: { public?: boolean; now?: () => Date } = {}): TrendResult {
  const publicMode = options.public === true;
  if (reports.length === 0) throw new UsageError('trend needs at least one JSON report');
  // A public report's hidden cells cannot be trended, and re-publishing them could undo the suppression.
  const published = reports.find((r) => r.report.public === true);
  if (published) {
    throw new InputError('is a public report (--public); trend needs the full JSON reports (add --public to trend to publish the result)', published.path);
  }
  const ordered = orderReports(reports);
  const months: TrendMonth[] = [];
  for (const { path, report } of ordered) {
    const editions = reportEditions(report);
    const before = months.at(-1);
    months.push({
      label: report.period ?? basename(path),
      period: report.period,
      source: path,
      generatedAt: report.generatedAt,
      editions,
      editionChanged: before !== undefined && before.editions.join(',') !== editions.join(','),
    });
  }

  const ids: string[] = [];
  const latest = new Map<string, RuleReport>();
  for (const { report } of ordered) {
    for (const rule of report.rules) {
      if (!latest.has(rule.id)) ids.push(rule.id);
      latest.set(rule.id, rule);
    }
  }
  const pointsById = new Map(
    ids.map((id) => [
      id,
      ordered.map(({ report }) => {
        const rule = report.rules.find((r) => r.id === id);
        if (!rule) return null;
        const point = rulePoint(rule);
        return publicMode ? publicPoint(point) : point;
      }),
    ]),
  );
  const rules = ids.map((id) => {
    const info = latest.get(id)!;
    return series(id, info.name, info.severity, info.threshold, pointsById.get(id)!, months);
  });
  const tests = correctForMultiplicity(rules);
  return {
    schemaVersion: 1,
    kind: 'ncrs-audit-trend',
    ...(publicMode ? { public: true } : {}),
    tool: { name: 'ncrs-audit', version: toolVersion() },
    generatedAt: (options.now ?? (() => new Date()))().toISOString(),
    months,
    test: { name: 'two-proportion z-test (pooled variance)', alpha: ALPHA, sides: 2, correction: 'Holm', tests },
    rules,
  };
}

/** Adjusts every month-to-month test of the page together; returns how many there were. */
function correctForMultiplicity(rules: TrendSeries[]): number {
  const all = rules.flatMap((s) => s.changes.filter((c): c is TrendChange => c !== null));
  const adjusted = holmAdjust(all.map((c) => c.pValue));
  all.forEach((c, i) => {
    c.pAdjusted = adjusted[i]!;
    c.significant = adjusted[i]! < ALPHA;
  });
  return all.length;
}

function orderReports(reports: readonly { path: string; report: Report }[]): { path: string; report: Report }[] {
  const seen = new Map<string, string>();
  for (const { path, report } of reports) {
    if (report.period === null) continue;
    const other = seen.get(report.period);
    if (other !== undefined) throw new UsageError(`two reports for ${report.period}: ${other} and ${path}; give one report per month`);
    seen.set(report.period, path);
  }
  if (reports.every((r) => r.report.period !== null)) {
    return [...reports].sort((a, b) => (a.report.period! < b.report.period! ? -1 : 1));
  }
  return [...reports];
}

function rulePoint(rule: RuleReport): TrendPoint {
  if (rule.status === 'not measured' || rule.applicable === null) {
    return { applicable: null, passed: null, rate: null, ci95: null, status: 'not measured', suppressed: false, edition: rule.edition ?? null };
  }
  const suppressed = rule.suppressed === true || rule.passed === null;
  const ci95 = rule.ci95 ?? (rule.passed !== null ? wilson(rule.passed, rule.applicable) : null);
  return { applicable: rule.applicable, passed: rule.passed, rate: rule.rate, ci95, status: rule.status, suppressed, edition: rule.edition ?? null };
}

/** A month's cell with 1–4 passed or failed, hidden (report.md `--public`). */
function publicPoint(point: TrendPoint): TrendPoint {
  if (point.applicable === null || point.passed === null) return point;
  if (!isPrimarySuppressed({ applicable: point.applicable, failed: point.applicable - point.passed })) return point;
  return { applicable: point.applicable, passed: null, rate: null, ci95: null, status: point.status === null ? null : 'suppressed', suppressed: true };
}

function series(
  id: string,
  name: string,
  severity: TrendSeries['severity'],
  threshold: number | null,
  points: (TrendPoint | null)[],
  months: TrendMonth[],
): TrendSeries {
  const changes = points.slice(1).map((to, i) => {
    const from = points[i];
    if (!from || !to || from.passed === null || to.passed === null || from.applicable === null || to.applicable === null) return null;
    const test = twoProportionTest(from.passed, from.applicable, to.passed, to.applicable);
    return test ? { from: months[i]!.label, to: months[i + 1]!.label, ...test, pAdjusted: test.pValue } : null;
  });
  return { id, name, severity, threshold, points, changes };
}
