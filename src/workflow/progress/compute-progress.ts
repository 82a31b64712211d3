/**
 * Progress against each recommendation (spec/progress.md): baseline and latest
 * figures of every measuring rule, the change and its significance (two-sided
 * pooled two-proportion z-test, α = 0.05, uncorrected: each recommendation is a
 * question of its own), and the recommendation's status.
 */
import { basename } from 'node:path';
import { InputError, UsageError } from '../../errors.js';
import type { Report } from '../../report/schema.js';
import { toolVersion } from '../../version.js';
import { lastDayOfPeriod } from '../../ingest/values/calendar.js';
import { ALPHA } from '../stats/two-proportion.js';
import { computeTrend } from '../trend/compute-trend.js';
import { publicRule } from './public.js';
import { ruleFigures } from './rule-figures.js';
import type { RecommendationEntry, RecommendationsFile } from './schema.js';
import { decideStatus, restsOnSuppressed } from './status.js';
import { STATUSES, type ProgressRecommendation, type ProgressResult, type PublicStatus } from './types.js';

export interface LoadedReport {
  path: string;
  report: Report;
}

export interface ProgressOptions {
  /** The recommendations file as the user named it. */
  file: string;
  public: boolean;
  /** The clock, for `generatedAt` (tests pin it). */
  now?: () => Date;
}

type Dated = LoadedReport & { period: string };

/**
 * The reports `progress` can use: monthly JSON reports with their counts (never
 * public ones), each with a period, one per month; returned in month order.
 */
export function orderReports(reports: readonly LoadedReport[]): Dated[] {
  if (reports.length === 0) throw new UsageError('progress needs at least one monthly JSON report');
  const seen = new Map<string, string>();
  for (const { path, report } of reports) {
    if (report.public === true) {
      throw new InputError('is a public report (--public): progress needs the monthly JSON reports with their counts', path);
    }
    if (report.period === null) throw new InputError('has no period: progress needs monthly reports (audit --period YYYY-MM)', path);
    const other = seen.get(report.period);
    if (other !== undefined) throw new UsageError(`two reports for ${report.period}: ${other} and ${path}; give one report per month`);
    seen.set(report.period, path);
  }
  return reports.map((r) => ({ ...r, period: r.report.period! })).sort((a, b) => (a.period < b.period ? -1 : 1));
}

/** Every rule id in any of the reports: a `measured_by` id outside it is a mistake in the file. */
export function ruleIdsOf(reports: readonly LoadedReport[]): Set<string> {
  return new Set(reports.flatMap((r) => r.report.rules.map((rule) => rule.id)));
}

export function computeProgress(file: RecommendationsFile, reports: readonly LoadedReport[], options: ProgressOptions): ProgressResult {
  const ordered = orderReports(reports);
  const found = ordered.findIndex((r) => r.period === file.baseline);
  const baseline = ordered[Math.max(found, 0)]!;
  const latest = ordered[ordered.length - 1]!;
  const window = ordered.slice(Math.max(found, 0));
  const trend = computeTrend(window);
  const lastDay = lastDayOfPeriod(latest.period);
  const name = (path: string) => (options.public ? basename(path) : path);

  const recommendations = file.recommendations.map((rec) => recommendation(rec, { baseline, latest, lastDay, trend, publicMode: options.public }));
  const counts = Object.fromEntries([...STATUSES, 'suppressed'].map((s) => [s, 0])) as Record<PublicStatus, number>;
  for (const r of recommendations) counts[r.status]++;
  return {
    schemaVersion: 1,
    kind: 'ncrs-audit-progress',
    tool: { name: 'ncrs-audit', version: toolVersion() },
    generatedAt: (options.now ?? (() => new Date()))().toISOString(),
    public: options.public,
    file: name(options.file),
    source: file.source,
    baseline: { requested: file.baseline, period: baseline.period, source: name(baseline.path), found: found >= 0 },
    latest: { period: latest.period, source: name(latest.path), lastDay },
    months: trend.months.map((m) => ({ ...m, source: name(m.source) })),
    test: { name: 'two-proportion z-test (pooled variance), baseline against latest', alpha: ALPHA, sides: 2, corrected: false },
    counts,
    recommendations,
  };
}

interface Context {
  baseline: Dated;
  latest: Dated;
  lastDay: string;
  trend: ReturnType<typeof computeTrend>;
  publicMode: boolean;
}

function recommendation(rec: RecommendationEntry, ctx: Context): ProgressRecommendation {
  const full = rec.measured_by.map((id) =>
    ruleFigures({
      id,
      target: rec.target,
      baseline: { period: ctx.baseline.period, rule: ctx.baseline.report.rules.find((r) => r.id === id) },
      latest: { period: ctx.latest.period, rule: ctx.latest.report.rules.find((r) => r.id === id) },
      series: ctx.trend.rules.find((s) => s.id === id) ?? emptySeries(id, ctx.trend.months.length),
    }),
  );
  const facts = { due: rec.due, lastDay: ctx.lastDay, baselinePeriod: ctx.baseline.period, latestPeriod: ctx.latest.period };
  const decided = decideStatus({ ...facts, rules: full });
  let rules = full;
  let status: PublicStatus = decided.status;
  let reason = decided.reason;
  if (ctx.publicMode) {
    rules = full.map((r) => publicRule({ ...r, definedIn: r.definedIn && basename(r.definedIn) }));
    if (restsOnSuppressed(decided.status, rules)) {
      status = 'suppressed';
      reason = 'too few records to report: the status rests on a figure from fewer than 5 records';
    } else {
      // Worded from the published figures only, so the reason names no hidden rule.
      reason = decideStatus({ ...facts, rules }).reason;
    }
  }
  return { id: rec.id, text: rec.text.trim(), due: rec.due, owner: rec.owner, actions: rec.actions?.trim() || null, target: rec.target ?? null, status, reason, rules };
}

/** A rule that is in none of the months from baseline to latest (only in earlier ones). */
function emptySeries(id: string, months: number): ReturnType<typeof computeTrend>['rules'][number] {
  return { id, name: id, severity: null, threshold: null, points: Array.from({ length: months }, () => null), changes: Array.from({ length: Math.max(months - 1, 0) }, () => null) };
}
