/** Words shared by the trend formats. */
import { basename } from 'node:path';
import { humanDateTime, madeBy } from '../../../report/human-date.js';
import { NOT_PUBLISHED, percent, periodWords } from '../../../report/wording.js';
import { EDITION_MARK, editionsText } from '../../../report/panel/compare.js';
import type { TrendChange, TrendPoint, TrendResult, TrendSeries } from '../types.js';

export function pointText(p: TrendPoint | null): string {
  if (!p) return '—';
  if (p.status === 'not measured') return 'not measured';
  if (p.suppressed) return NOT_PUBLISHED;
  return percent(p.rate);
}

/** "▲" / "▼" after a month whose change from the previous month is significant. */
export function changeMark(c: TrendChange | null): string {
  if (!c?.significant) return '';
  return c.difference > 0 ? ' ▲' : ' ▼';
}


export function editionChanged(s: TrendSeries, i: number): boolean {
  const before = i > 0 ? s.points[i - 1] : null;
  const now = s.points[i];
  return !!before && !!now && (before.edition ?? null) !== (now.edition ?? null);
}

export function cellText(s: TrendSeries, i: number): string {
  return pointText(s.points[i] ?? null) + (i > 0 ? changeMark(s.changes[i - 1] ?? null) : '') + (editionChanged(s, i) ? EDITION_MARK : '');
}

export { editionsText };

/** The page's title, its months in words: "Compliance by month, July 2026 to October 2026". */
export function trendTitle(r: TrendResult): string {
  const words = (m: TrendResult['months'][number]) => (m.period ? periodWords(m.period) : m.label);
  const first = r.months[0];
  const last = r.months.at(-1);
  if (!first || !last) return 'Compliance by month';
  return first === last ? `Compliance by month, ${words(first)}` : `Compliance by month, ${words(first)} to ${words(last)}`;
}

/** When and by what the page was made, and from how many reports. */
export function madeLine(r: TrendResult): string {
  const n = r.months.length;
  return `${madeBy(r.generatedAt, r.tool.version)}, from ${n} ${n === 1 ? 'report' : 'reports'}.`;
}

/**
 * Where each month's figures came from: the report's file name (no folders: the
 * page travels) and when it was made, in words. The JSON keeps both exactly.
 */
export function sourceLines(r: TrendResult): string[] {
  return r.months.map((m) => `${m.label}: ${basename(m.source)}, made ${humanDateTime(m.generatedAt)}`);
}

/** One line per month: the rule-pack edition(s) it used, marking a change of edition. */
export function editionLines(r: TrendResult): string[] {
  return r.months.map((m) => `${m.label}: ${editionsText(m.editions)}${m.editionChanged ? ' (changed from the month before)' : ''}`);
}

export function legend(r: TrendResult): string {
  return (
    `▲ / ▼: a change from the previous month that is statistically significant ` +
    `(${r.test.name}, two-sided, α = ${r.test.alpha}, after Holm's correction across the ` +
    `${r.test.tests} month-to-month comparisons on this page); unmarked changes are within what chance alone produces. ` +
    `†: the rule came from another edition of the rule pack than the month before, so a change may be the rule's, not the force's.`
  );
}

export function changeSentence(s: TrendSeries, c: TrendChange): string {
  const pts = (c.difference * 100).toFixed(1);
  const sign = c.difference > 0 ? '+' : '';
  return `${s.id}: ${c.from} → ${c.to} ${sign}${pts} percentage points (z = ${c.z.toFixed(2)}, p ${pValue(c.pValue)}, Holm-adjusted p ${pValue(c.pAdjusted)})`;
}

/** "< 0.0001" or "= 0.0123": reads after "p ". */
export function pValue(p: number): string {
  return p < 0.0001 ? '< 0.0001' : `= ${p.toFixed(4)}`;
}

export function allSeries(r: TrendResult): TrendSeries[] {
  return r.rules;
}

export function significantChanges(r: TrendResult): { series: TrendSeries; change: TrendChange }[] {
  return allSeries(r).flatMap((series) => series.changes.filter((c): c is TrendChange => c?.significant === true).map((change) => ({ series, change })));
}
