/**
 * The panel report as data: what Markdown and HTML both show, worded once.
 * Renderers only lay it out (and escape it).
 */
import type { Report, RuleCell, RuleReport } from '../schema.js';
import {
  NONE_KEY_LABEL,
  NOT_PUBLISHED,
  NO_VALUE,
  SUPPRESSED,
  TOO_FEW,
  notMeasuredHint,
  publicHeadline,
  cellRate,
  ciText,
  count,
  headline,
  humanName,
  periodWords,
  plural,
  statusWords,
  thresholdText,
} from '../wording.js';
import { wilson } from '../stats/wilson.js';
import { humanDateTime } from '../human-date.js';

/** A hidden rate in words: "<5" in a Rate column reads as "under 5%" (report.md). */
export const FEWER_THAN_5 = 'fewer than 5';
export const HIDDEN_LEGEND = '"fewer than 5": fewer than 5 records met, or fewer than 5 failed, the rule there, so its figures are not published.';
import { buildComparison, type Comparison } from './compare.js';
import { districtVerdict, districtVerdictWords, type DistrictVerdict } from './district-verdict.js';

export interface DistrictRow {
  key: string;
  label: string;
  applicable: string;
  met: string;
  rate: number | null;
  rateText: string;
  ci95: [number, number] | null;
  ciText: string;
  suppressed: boolean;
  /** Judged on the interval (district-verdict.ts); null without a rate. */
  verdict: DistrictVerdict | null;
  verdictWords: string;
}

export interface RulePanel {
  id: string;
  title: string;
  severity: RuleReport['severity'];
  status: RuleReport['status'];
  statusWords: string;
  headline: string;
  description: string;
  standard: string;
  threshold: number | null;
  thresholdText: string;
  applicable: string;
  met: string;
  rateText: string;
  ciText: string;
  /** "3 accepted" / "fewer than 5 accepted"; absent without exceptions or when none was. */
  acceptedText?: string;
  /** Only when not measured: the missing fields and what to do. */
  notMeasuredHint?: string;
  districts: DistrictRow[];
}

export interface PanelModel {
  title: string;
  generated: string;
  verdictStatus: Report['status'];
  verdict: string;
  overview: string;
  publicMode: boolean;
  /** Some rule total is suppressed: the results table gets the "not published" legend. */
  anySuppressed: boolean;
  /** Recording (error) rules and data-quality checks, in load order; all rules, whatever their status. */
  national: RulePanel[];
  quality: RulePanel[];
  /** Public: the rules whose result is not published, listed under "too few records to report". */
  tooFew: RulePanel[];
  comparison: Comparison | null;
  methods: Report;
}

export function buildPanelModel(report: Report, compare: Report[] | undefined): PanelModel {
  const rules = report.rules.map((r) => rulePanel(r, report));
  return {
    title: `Crime recording audit: ${periodWords(report.period)}`,
    generated: `Generated ${humanDateTime(report.generatedAt)} by ncrs-audit ${report.tool.version}.`,
    verdictStatus: report.status,
    verdict: verdictSentence(report),
    overview: overviewSentence(report),
    publicMode: report.public === true,
    anySuppressed: report.rules.some((r) => r.suppressed === true),
    national: rules.filter((r) => r.severity === 'error'),
    quality: rules.filter((r) => r.severity !== 'error'),
    tooFew: rules.filter((r) => r.status === 'suppressed'),
    comparison: compare && compare.length > 0 ? buildComparison(report, compare) : null,
    methods: report,
  };
}

/**
 * The overall sentence, rules not measured first. Public: only published rules
 * are counted (report.md), so a hidden result cannot be read off the verdict.
 */
function verdictSentence(report: Report): string {
  if (report.public) {
    const text = publicHeadline(report);
    return `Overall: ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
  }
  const errors = report.rules.filter((r) => r.severity === 'error');
  const notMeasured = errors.filter((r) => r.status === 'not measured').length;
  const failing = errors.filter((r) => r.status === 'fail').length;
  if (report.status === 'pass') {
    return 'Overall: the audit passed: every recording rule was measured and met, and every row of the data could be read.';
  }
  const parts: string[] = [];
  if (notMeasured > 0) {
    parts.push(`${notMeasured} recording ${plural(notMeasured, 'rule was', 'rules were')} not measured, because a field ${plural(notMeasured, 'it needs', 'they need')} is in none of the input files`);
  }
  if (failing > 0) {
    const measured = errors.filter((r) => r.status === 'pass' || r.status === 'fail').length;
    parts.push(`${failing} of the ${measured} recording rules measured ${failing === 1 ? 'was' : 'were'} not met`);
  }
  if (report.rows.rejected > 0) parts.push(`${count(report.rows.rejected)} ${plural(report.rows.rejected, 'row')} of the data could not be read`);
  if (report.rows.evaluated === 0) parts.push('no record was checked (every row was rejected or filtered out)');
  return `Overall: the audit did not pass: ${parts.join(', and ')}.`;
}

function overviewSentence(report: Report): string {
  const files = report.inputs.length;
  return `${count(report.rows.evaluated)} records from ${files} ${plural(files, 'file')} were checked against ${report.rules.length} ${plural(report.rules.length, 'rule')}.`;
}

function rulePanel(rule: RuleReport, report: Report): RulePanel {
  const districts = districtRows(rule, report);
  return {
    id: rule.id,
    title: humanName(rule.name),
    severity: rule.severity,
    status: rule.status,
    statusWords: statusWords(rule.status, rule.threshold),
    headline: headline(rule),
    description: rule.description ?? '',
    standard: rule.standard ?? '',
    threshold: rule.threshold,
    thresholdText: rule.threshold === null ? 'Every record' : thresholdText(rule.threshold),
    applicable: count(rule.applicable),
    met: rule.suppressed ? NOT_PUBLISHED : rule.status === 'n/a' ? NO_VALUE : count(rule.passed),
    rateText: rule.status === 'n/a' || rule.status === 'not measured' ? NO_VALUE : rule.suppressed ? FEWER_THAN_5 : cellRate(rule),
    ciText: ciText(rule.ci95),
    ...(rule.accepted === null ? { acceptedText: `${SUPPRESSED} accepted` } : rule.accepted ? { acceptedText: `${count(rule.accepted)} accepted` } : {}),
    ...(rule.status === 'not measured' ? { notMeasuredHint: notMeasuredHint(rule) } : {}),
    districts,
  };
}

/** The most districts a rule's table and chart show; the rest share one line (JSON and CSV keep every one). */
export const DISTRICTS_SHOWN = 50;

/**
 * A rule's districts in breakdown order; past DISTRICTS_SHOWN, the largest by
 * records checked (largest first) and one "all other districts" line, so a
 * force with 100,000 districts still gets a readable page of bounded size.
 */
function districtRows(rule: RuleReport, report: Report): DistrictRow[] {
  const cells: { key: string; cell: RuleCell }[] = [];
  for (const entry of report.breakdowns.district) {
    const cell = entry.rules[rule.id];
    if (cell) cells.push({ key: entry.key, cell });
  }
  if (cells.length <= DISTRICTS_SHOWN) return cells.map((c) => districtRow(c.key, c.cell, rule.threshold));
  // Stable sort: equal sizes keep breakdown order.
  const bySize = cells.map((c, i) => ({ ...c, i })).sort((a, b) => b.cell.applicable - a.cell.applicable || a.i - b.i);
  const shown = bySize.slice(0, DISTRICTS_SHOWN).map((c) => districtRow(c.key, c.cell, rule.threshold));
  const rest = bySize.slice(DISTRICTS_SHOWN);
  const others = districtRow(OTHERS_KEY, othersCell(rest.map((c) => c.cell), report.public === true), rule.threshold, `all other districts (${count(rest.length)})`);
  // Public: the grouped line holds districts and records, no result (report.md).
  shown.push(report.public ? { ...others, met: NO_VALUE, rateText: NO_VALUE, verdictWords: `${count(rest.length)} districts, ${others.applicable} records: grouped, no figures` } : others);
  return shown;
}

const OTHERS_KEY = '(all other districts)';

/**
 * The districts past the first DISTRICTS_SHOWN, added up. In public mode the line
 * shows only how many districts and records it holds (report.md): its failures
 * would be the rule's total minus the districts shown, a sum of hidden cells.
 */
function othersCell(cells: RuleCell[], publicMode: boolean): RuleCell {
  let applicable = 0;
  let passed = 0;
  let withheld = false;
  for (const c of cells) {
    applicable += c.applicable;
    if (c.suppressed || c.passed === null || c.passed === undefined) withheld = true;
    else passed += c.passed;
  }
  if (withheld || publicMode) {
    return { applicable, failed: null, passed: null, rate: null, ci95: null, suppressed: true };
  }
  return { applicable, failed: applicable - passed, passed, rate: applicable > 0 ? passed / applicable : null, ci95: wilson(passed, applicable) };
}

function districtRow(key: string, cell: RuleCell, threshold: number | null, label?: string): DistrictRow {
  const rate = cell.rate ?? null;
  const verdict = districtVerdict(cell, threshold);
  return {
    key,
    label: label ?? (key === '(none)' ? NONE_KEY_LABEL : key),
    applicable: count(cell.applicable),
    met: cell.suppressed ? NOT_PUBLISHED : count(cell.passed ?? null),
    rate,
    rateText: cell.suppressed ? FEWER_THAN_5 : cellRate(cell),
    ci95: cell.ci95 ?? null,
    ciText: ciText(cell.ci95),
    suppressed: cell.suppressed === true,
    verdict,
    verdictWords: districtVerdictWords(verdict, threshold, cell.suppressed === true),
  };
}

/** Summary lists: recording rules, data-quality checks, then (public) the rules with too few records. */
export function summaryGroups(m: PanelModel): [string, RulePanel[]][] {
  const shown = (r: RulePanel) => r.status !== 'suppressed';
  return [
    ['Recording rules (these decide the audit)', m.national.filter(shown)],
    ['Data quality checks', m.quality.filter(shown)],
    [TOO_FEW, m.tooFew],
  ];
}

/** Rules with counts to chart: not n/a, not measured, not suppressed. */
export function hasFigures(r: RulePanel): boolean {
  return r.status === 'pass' || r.status === 'fail';
}
