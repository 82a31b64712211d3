/** This month beside earlier months' reports (--compare), rule by rule. */
import type { Report } from '../schema.js';
import { holmAdjust } from '../stats/holm.js';
import { ALPHA, twoProportionTest } from '../stats/two-proportion.js';
import { cellRate, periodWords } from '../wording.js';
import { humanDate } from '../human-date.js';

export interface Comparison {
  /** Column headings, oldest first; the last is this report. */
  months: string[];
  rows: { ruleId: string; cells: string[]; change: string; significant: boolean }[];
  /** How the ▲ / ▼ marks were decided, for the note under the table. */
  note: string;
  /** Per month: the rule-pack edition(s) it used, and whether they changed from the month before. */
  editions: { month: string; text: string; changed: boolean }[];
}

export function buildComparison(current: Report, earlier: Report[]): Comparison {
  const ordered = [...earlier].sort(byPeriod);
  const all = [...ordered, current];
  const rows = current.rules.map((rule) => {
    const rules = all.map((r) => r.rules.find((x) => x.id === rule.id));
    const cells = rules.map((r, i) => {
      const text = r ? (r.status === 'n/a' ? '—' : r.status === 'not measured' ? 'not measured' : cellRate(r)) : 'not checked';
      const before = i > 0 ? rules[i - 1] : undefined;
      return r && before && (before.edition ?? null) !== (r.edition ?? null) ? `${text}${EDITION_MARK}` : text;
    });
    const prev = rules[rules.length - 2];
    const now = rules[rules.length - 1];
    const test = prev && now ? changeTest(prev, now) : null;
    return { ruleId: rule.id, cells, change: change(prev?.rate ?? null, now?.rate ?? null), pValue: test };
  });
  // Holm's correction across this table's tests, as the trend page does.
  const tested = rows.flatMap((r, i) => (r.pValue === null ? [] : [{ i, p: r.pValue }]));
  const adjusted = holmAdjust(tested.map((t) => t.p));
  const significant = new Set(tested.filter((_, k) => adjusted[k]! < ALPHA).map((t) => t.i));
  const months = all.map((r) => (r.period ? periodWords(r.period) : humanDate(r.generatedAt)));
  const editions = all.map((r, i) => {
    const text = editionsText(reportEditions(r));
    return { month: months[i]!, text, changed: i > 0 && editionsText(reportEditions(all[i - 1]!)) !== text };
  });
  return {
    months,
    editions,
    rows: rows.map((r, i) => {
      const mark = significant.has(i) ? (r.change.startsWith('+') ? ' ▲' : ' ▼') : '';
      return { ruleId: r.ruleId, cells: r.cells, change: `${r.change}${mark}`, significant: significant.has(i) };
    }),
    note: `▲ / ▼: a change since the previous month that is statistically significant (two-proportion z-test, two-sided, α = ${ALPHA}, after Holm's correction across the ${tested.length} ${tested.length === 1 ? 'comparison' : 'comparisons'} in this table); an unmarked change is within what chance alone produces.`,
  };
}

/** The p-value of the change between two months' counts; null when either is not published. */
function changeTest(before: { passed?: number | null; applicable: number | null }, after: { passed?: number | null; applicable: number | null }): number | null {
  if (typeof before.passed !== 'number' || typeof after.passed !== 'number' || before.applicable === null || after.applicable === null) return null;
  return twoProportionTest(before.passed, before.applicable, after.passed, after.applicable)?.pValue ?? null;
}

/** Marks a cell whose rule came from another edition than the month before. */
export const EDITION_MARK = ' †';

/** The distinct editions a report's rule files state, sorted ([] for a report made before editions). */
export function reportEditions(report: Report): string[] {
  return [...new Set(report.rulePack.files.flatMap((f) => (f.edition ? [f.edition] : [])))].sort();
}

/** "edition 2026/27", "editions 2025/26 and 2026/27", or "before editions". */
export function editionsText(editions: readonly string[]): string {
  if (editions.length === 0) return 'before editions';
  return `${editions.length === 1 ? 'edition' : 'editions'} ${editions.join(' and ')}`;
}

/** "September 2026: edition 2025/26; October 2026: edition 2026/27 (changed)". */
export function editionsLine(c: Comparison): string {
  return c.editions.map((e) => `${e.month}: ${e.text}${e.changed ? ' (changed)' : ''}`).join('; ');
}

/** Percentage points, one decimal, signed: "+1.2 points", "no change", "—". */
function change(before: number | null, after: number | null): string {
  if (before === null || after === null) return '—';
  const pts = (after - before) * 100;
  const text = pts.toFixed(1);
  if (text === '0.0' || text === '-0.0') return 'no change';
  return `${pts > 0 ? '+' : ''}${text} points`;
}

function byPeriod(a: Report, b: Report): number {
  const ka = a.period ?? a.generatedAt;
  const kb = b.period ?? b.generatedAt;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
