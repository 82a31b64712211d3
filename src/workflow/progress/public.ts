/**
 * Disclosure control for `progress --public` (report.md): a cell whose passed
 * or failed is 1–4 keeps `applicable` only (status "suppressed"); a change or a
 * `met` that rests on such a cell is not shown. Each month's cell is a total of
 * its own (no breakdowns here): nothing to subtract from, so no secondary
 * suppression.
 */
import { isSmallCount } from '../../report/disclosure/suppress.js';
import type { TrendPoint, TrendSeries } from '../trend/types.js';
import type { ProgressRule, RulePoint } from './types.js';

function hides(p: { passed: number | null; applicable: number | null }): boolean {
  return p.passed !== null && p.applicable !== null && (isSmallCount(p.passed) || isSmallCount(p.applicable - p.passed));
}

export function publicPoint(p: RulePoint): RulePoint {
  return hides(p) ? { ...p, passed: null, failed: null, rate: null, ci95: null, status: 'suppressed', suppressed: true } : p;
}

function publicTrendPoint(p: TrendPoint | null): TrendPoint | null {
  return p && hides(p) ? { ...p, passed: null, rate: null, ci95: null, status: null, suppressed: true } : p;
}

/** The monthly line (it carries no month-to-month tests that could give a hidden cell away). */
export function publicSeries(s: TrendSeries): TrendSeries {
  return { ...s, points: s.points.map(publicTrendPoint) };
}

export function publicRule(r: ProgressRule): ProgressRule {
  const baseline = r.baseline && publicPoint(r.baseline);
  const latest = r.latest && publicPoint(r.latest);
  return {
    ...r,
    baseline,
    latest,
    met: latest?.suppressed ? null : r.met,
    change: baseline?.suppressed || latest?.suppressed ? null : r.change,
    series: publicSeries(r.series),
  };
}
