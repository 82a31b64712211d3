/** Every word the progress formats share, in one place. */
import { madeBy } from '../../../report/human-date.js';
import { percent, plural, thresholdText } from '../../../report/wording.js';
import { pValue } from '../../trend/formats/wording.js';
import type { TrendSeries } from '../../trend/types.js';
import { STATUSES, type ProgressRecommendation, type ProgressResult, type ProgressRule, type PublicStatus, type RulePoint } from '../types.js';

export const TOO_FEW = 'too few records to report';
export const FEWER_THAN_5 = 'fewer than 5';
export const NONE = '—';

export function statusText(s: PublicStatus): string {
  return s === 'suppressed' ? TOO_FEW : s;
}

/** What each status means, in the order they are decided (spec/progress.md). */
export const STATUS_MEANINGS: [PublicStatus, string][] = [
  ['not measured', 'no rule measures it, or a rule that does is missing from the latest report or had no records to check'],
  ['met', 'every rule that measures it meets its target in the latest month'],
  ['overdue', 'not met, and its due date is before the end of the latest month'],
  ['improving', 'not yet met; at least one rule is significantly better than at the baseline and none significantly worse'],
  ['not improving', 'not yet met, and no significant improvement since the baseline (or something got significantly worse)'],
];

export const SUPPRESSED_MEANING: [PublicStatus, string] = ['suppressed', 'in this public version, a figure the status rests on comes from fewer than 5 records'];

export function statusMeanings(r: ProgressResult): [string, string][] {
  const rows = r.public ? [...STATUS_MEANINGS, SUPPRESSED_MEANING] : STATUS_MEANINGS;
  return rows.map(([s, words]) => [statusText(s), words]);
}

export function title(r: ProgressResult): string {
  return `Progress against recommendations: ${r.source}`;
}

export function periodsLine(r: ProgressResult): string {
  const n = r.months.length;
  return `Baseline ${r.baseline.period}, latest ${r.latest.period} (${n} monthly ${plural(n, 'report')} from baseline to latest).`;
}

/** When and by what the page was made. */
export function madeLine(r: ProgressResult): string {
  return `${madeBy(r.generatedAt, r.tool.version)}.`;
}

/** Said whenever the baseline month named in the file had no report. */
export function baselineNotice(r: ProgressResult): string | null {
  if (r.baseline.found) return null;
  return `No report for the baseline month ${r.baseline.requested} was given: the earliest report given (${r.baseline.period}) is used as the baseline.`;
}

export const PUBLIC_NOTICE =
  'This is a public version: wherever 1 to 4 records met or failed a rule in a month, that month’s figures are not published ("fewer than 5"), and a status or change that rests on them reads "too few records to report". The recommendations, owners and actions are the force’s own words.';

export function countsLine(r: ProgressResult): string {
  const order: PublicStatus[] = [...STATUSES, 'suppressed'];
  const parts = order.filter((s) => r.counts[s] > 0).map((s) => `${r.counts[s]} ${statusText(s)}`);
  return `${r.recommendations.length} ${plural(r.recommendations.length, 'recommendation')}: ${parts.join(', ')}.`;
}

/** Characters of a recommendation in the first table of a page (the terminal's is narrower). */
export const SHORT = 110;

/** The recommendation in short: its first sentence, or its first words. */
export function shortText(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const sentence = /^(.+?[.;])(\s|$)/.exec(flat)?.[1] ?? flat;
  if (sentence.length <= max) return sentence.replace(/[.;]$/, '');
  const cut = flat.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : flat.slice(0, max)).replace(/[,.;:]$/, '')}…`;
}

export function pointText(p: RulePoint | null): string {
  if (!p) return 'not in the report';
  if (p.suppressed) return FEWER_THAN_5;
  if (p.rate === null) return 'no records';
  return percent(p.rate);
}

export function pointWithInterval(p: RulePoint | null): string {
  if (!p || p.suppressed || p.rate === null || !p.ci95) return pointText(p);
  return `${percent(p.rate)} (${percent(p.ci95[0])}–${percent(p.ci95[1])})`;
}

/** One month of a rule's line: "95.0%", "fewer than 5", or "—" when the report lacks the rule. */
export function monthText(s: TrendSeries, i: number): string {
  const p = s.points[i];
  if (!p) return NONE;
  return p.suppressed ? FEWER_THAN_5 : percent(p.rate);
}

/** "NCRS-002 96.0% (target 95%)", for the first table. */
export function latestAgainstTarget(rule: ProgressRule): string {
  if (rule.unmeasured === 'absent') return `${rule.id} not in the latest report`;
  if (rule.unmeasured === 'n/a') return `${rule.id} no records to check`;
  if (rule.unmeasured) return `${rule.id} not measured`;
  return `${rule.id} ${pointText(rule.latest)} (target ${thresholdText(rule.target)})`;
}

export function latestCell(rec: ProgressRecommendation): string[] {
  return rec.rules.length === 0 ? ['no rule measures it'] : rec.rules.map(latestAgainstTarget);
}

/** "+6.0 points", or why there is no change to show. */
export function changeText(rule: ProgressRule, r: ProgressResult): string {
  if (rule.change) {
    const pts = (rule.change.difference * 100).toFixed(1);
    return `${rule.change.difference > 0 ? '+' : ''}${pts} points`;
  }
  if (r.baseline.period === r.latest.period) return `${NONE} (baseline is the latest month)`;
  if (!rule.baseline) return 'not in the baseline report';
  if (!rule.latest) return 'not in the latest report';
  if (rule.baseline.suppressed || rule.latest.suppressed) return TOO_FEW;
  return NONE;
}

export function significanceText(rule: ProgressRule): string {
  const c = rule.change;
  if (!c) return NONE;
  const p = `z = ${c.z.toFixed(2)}, p ${pValue(c.pValue)}`;
  return c.significant ? `significantly ${c.direction} (${p})` : `no significant change (${p})`;
}

export function metText(rule: ProgressRule): string {
  if (rule.unmeasured) return 'not measured';
  if (rule.met === null) return TOO_FEW;
  return rule.met ? 'met' : 'not met';
}

export function targetText(rule: ProgressRule): string {
  const from = rule.targetFrom === 'recommendation' ? 'the recommendation’s' : rule.targetFrom === 'rule threshold' ? 'the rule’s standard' : 'every record, the rule has no standard';
  return `${thresholdText(rule.target)} (${from})`;
}

/** Null, or "edition changed: 2025 → 2026" (reports before editions carry none). */
export function editionText(rule: ProgressRule): string | null {
  const e = rule.editionChange;
  if (!e) return null;
  const name = (x: string | null) => x ?? 'before editions';
  return `rule edition changed between baseline and latest: ${name(e.from)} → ${name(e.to)}`;
}

/** One line per rule for terminal and Markdown detail. */
export function ruleLine(rule: ProgressRule, r: ProgressResult): string {
  const parts = [
    `${r.baseline.period} ${pointWithInterval(rule.baseline)} → ${r.latest.period} ${pointWithInterval(rule.latest)}`,
    `change ${changeText(rule, r)}${rule.change ? `, ${significanceText(rule)}` : ''}`,
    `target ${thresholdText(rule.target)}: ${metText(rule)}`,
  ];
  const edition = editionText(rule);
  if (edition) parts.push(edition);
  return `${rule.id}: ${parts.join('; ')}`;
}

export function methodsParagraphs(r: ProgressResult): string[] {
  return [
    `Each rule's rate is the share of the records it applied to that met it, with a 95% Wilson interval. The baseline is the report for ${r.baseline.requested}${r.baseline.found ? '' : ' (none was given: the earliest report stands in)'}; the latest is the report for the latest month given.`,
    `A change is significant when a two-sided two-proportion z-test with pooled variance, baseline against latest, gives p below ${r.test.alpha}. No correction for multiple comparisons is made: each recommendation is a question of its own.`,
    'A rule meets its target when its latest rate is at least the target: the recommendation’s own target if it gives one, else the rule’s standard, else 100%. A status is the first of the list above that holds.',
  ];
}

export function actionsText(rec: ProgressRecommendation): string {
  return rec.actions ?? 'No actions recorded yet.';
}
