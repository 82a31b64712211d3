/**
 * `review --public`: disclosure control as report.md. A cell whose successes or
 * failures (crimes − successes) are 1–4 keeps its crimes and records only; within
 * one dimension, cells are suppressed further until no hidden count can be worked
 * out by subtraction. Problems are counted, not located; files lose their folders.
 */
import { basename } from 'node:path';
import { isSmallCount, suppressDimension } from '../../report/disclosure/suppress.js';
import type { ReviewCell, ReviewResult } from './types.js';

export function publicResult(r: ReviewResult): ReviewResult {
  const overall = primary(r.overall);
  const recorded = r.recorded && primary(r.recorded);
  const notRecorded =
    r.notRecorded && (r.notRecorded.basis === 'recorded' ? recorded : overall)?.suppressed
      ? { ...r.notRecorded, estimate: null, ci95: null }
      : r.notRecorded;
  return {
    ...r,
    public: true,
    worksheets: r.worksheets.map((w) => ({ ...w, path: basename(w.path) })),
    overall,
    byStratum: secondary(r.byStratum, r.overall),
    by: r.by.map((b) => ({ ...b, domains: secondary(b.domains, r.overall) })),
    recorded,
    recordedWithin24h: r.recordedWithin24h && primary(r.recordedWithin24h),
    notRecorded,
    problems: [],
  };
}

function primary(c: ReviewCell): ReviewCell {
  const successes = c.successes ?? 0;
  return isSmallCount(successes) || isSmallCount(c.crimes - successes) ? suppress(c) : c;
}

function suppress(c: ReviewCell): ReviewCell {
  return { ...c, successes: null, rate: null, ci95: null, halfWidth: null, effectiveN: null, designEffect: null, suppressed: true };
}

/**
 * Secondary suppression, the audit's rule (report/disclosure/suppress.ts): while
 * exactly one domain is hidden, or the hidden domains' successes (or failures) add
 * up to fewer than 5 while the overall figure is shown, hide the shown domain with
 * the fewest crimes.
 */
function secondary(originals: readonly ReviewCell[], overall: ReviewCell): ReviewCell[] {
  const counts = (c: ReviewCell) => ({ applicable: c.crimes, failed: c.crimes - (c.successes ?? 0) });
  const hide = suppressDimension(counts(overall), originals.map(counts));
  return originals.map((c, i) => (hide[i] ? suppress(c) : c));
}
