/** One measuring rule of a recommendation: baseline and latest figures, target, met, change. */
import type { RuleReport } from '../../report/schema.js';
import { wilson } from '../../report/stats/wilson.js';
import { twoProportionTest } from '../stats/two-proportion.js';
import type { TrendSeries } from '../trend/types.js';
import type { ProgressRule, RuleChange, RulePoint, Unmeasured } from './types.js';

export interface RuleInputs {
  id: string;
  /** The recommendation's own target, if it gives one. */
  target: number | undefined;
  baseline: { period: string; rule: RuleReport | undefined };
  latest: { period: string; rule: RuleReport | undefined };
  /** The rule's monthly line from baseline to latest (the trend's); the target replaces its threshold. */
  series: TrendSeries;
}

export function ruleFigures(input: RuleInputs): ProgressRule {
  const baseline = input.baseline.rule ? point(input.baseline.period, input.baseline.rule) : null;
  const latest = input.latest.rule ? point(input.latest.period, input.latest.rule) : null;
  const info = input.latest.rule ?? input.baseline.rule;
  const { target, targetFrom } = chooseTarget(input.target, input.latest.rule ?? input.baseline.rule);
  const unmeasured = unmeasuredWhy(input.latest.rule);
  const sameReport = input.baseline.period === input.latest.period;
  const editionChange = baseline && latest && baseline.edition !== latest.edition ? { from: baseline.edition, to: latest.edition } : null;
  return {
    id: input.id,
    name: info?.name ?? input.series.name,
    standard: info?.standard ?? null,
    definedIn: info?.file ? `${info.file}${info.line !== undefined ? `:${info.line}` : ''}` : null,
    target,
    targetFrom,
    baseline,
    latest,
    unmeasured,
    met: unmeasured || latest?.rate == null ? null : latest.rate >= target,
    change: sameReport ? null : change(baseline, latest),
    editionChange,
    // The page's question is baseline against latest, tested once per rule: month-to-month
    // tests (corrected across another family on the trend page) are not carried over.
    series: { ...input.series, threshold: target, changes: input.series.changes.map(() => null) },
  };
}

function point(period: string, rule: RuleReport): RulePoint {
  const ci95 = rule.ci95 ?? (rule.passed !== null && rule.applicable !== null ? wilson(rule.passed, rule.applicable) : null);
  return {
    period,
    // A rule `not measured` has no counts (rules.md "Status"); its status says so.
    applicable: rule.applicable ?? 0,
    passed: rule.passed,
    failed: rule.failed,
    rate: rule.rate,
    ci95,
    status: rule.status,
    suppressed: rule.suppressed === true,
    edition: editionOf(rule),
  };
}

/** Reports written before editions existed carry no `edition`: the same as null, "before editions". */
function editionOf(rule: RuleReport): string | null {
  const edition = (rule as { edition?: unknown }).edition;
  return typeof edition === 'string' ? edition : null;
}

/** The recommendation's target, else the rule's threshold, else 1.0: every record (spec/progress.md). */
function chooseTarget(given: number | undefined, rule: RuleReport | undefined): Pick<ProgressRule, 'target' | 'targetFrom'> {
  if (given !== undefined) return { target: given, targetFrom: 'recommendation' };
  if (rule && rule.threshold !== null) return { target: rule.threshold, targetFrom: 'rule threshold' };
  return { target: 1, targetFrom: 'default' };
}

function unmeasuredWhy(rule: RuleReport | undefined): Unmeasured | null {
  if (!rule) return 'absent';
  if (rule.status === 'n/a' || rule.applicable === 0) return 'n/a';
  // Any status beyond pass/fail (a `not measured` rule) or a missing rate cannot show the target met.
  if ((rule.status !== 'pass' && rule.status !== 'fail') || rule.rate === null || rule.passed === null) return 'not measured';
  return null;
}

function change(baseline: RulePoint | null, latest: RulePoint | null): RuleChange | null {
  if (!baseline || !latest || baseline.passed === null || latest.passed === null) return null;
  const test = twoProportionTest(baseline.passed, baseline.applicable, latest.passed, latest.applicable);
  if (!test) return null;
  const direction = !test.significant ? 'no significant change' : test.difference > 0 ? 'better' : 'worse';
  return { ...test, direction };
}
