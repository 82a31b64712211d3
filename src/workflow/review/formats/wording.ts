/** Words shared by the review formats. */
import { ciText, count, percent } from '../../../report/wording.js';
import type { ReviewCell, ReviewResult } from '../types.js';

export function headline(r: ReviewResult): string {
  const o = r.overall;
  if (o.rate === null) return 'Crime recording rate: no row was judged should_be_crime = Y, so there is no rate.';
  const counts = o.weighted ? `${count(o.recorded)} of ${count(o.shouldBeCrime)} rows, weighted` : `${count(o.recorded)} of ${count(o.shouldBeCrime)}`;
  return `Crime recording rate: ${percent(o.rate)} (${counts}); 95% CI ${ciText(o.ci95)}.`;
}

export function rowsLine(r: ReviewResult): string {
  const sheets = r.worksheets.length;
  return (
    `${sheets} worksheet${sheets === 1 ? '' : 's'}, ${count(r.rows.total)} rows: ${count(r.rows.shouldBeCrime)} should have been crimes, ` +
    `${count(r.rows.notCrime)} should not, ${count(r.rows.missing)} missing, ${count(r.rows.invalid)} invalid.`
  );
}

export function methodLine(r: ReviewResult): string {
  const base = 'Rate = recorded_correctly Y among rows with should_be_crime Y.';
  return r.method.weighting === 'stratum'
    ? `${base} Equal allocation: each row weighted by its stratum's population / sample size; interval: Wilson on the Kish effective sample size (z = ${r.method.z}).`
    : `${base} Interval: Wilson score (z = ${r.method.z}).`;
}

export function cellCells(c: ReviewCell): string[] {
  return [count(c.shouldBeCrime), count(c.recorded), percent(c.rate), ciText(c.ci95), c.weighted ? c.effectiveN.toFixed(1) : count(c.effectiveN)];
}

export const CELL_HEADINGS = ['Should be crime', 'Recorded', 'Rate', '95% CI', 'Effective n'];

export function problemsHeading(r: ReviewResult): string {
  return `${r.problems.length} verdict${r.problems.length === 1 ? '' : 's'} missing or invalid (not counted)`;
}
