/**
 * `review --public`: disclosure control as report.md. A cell whose successes or
 * failures (crimes − successes) are 1–4 keeps its crimes and records only; within
 * one dimension, cells are suppressed further until no hidden count can be worked
 * out by subtraction. Problems are counted, not located; files lose their folders.
 */
import { basename } from 'node:path';
import { isSmallCount } from '../../report/cells.js';
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
    by: r.by.map((b) => ({ ...b, domains: secondary(b.domains) })),
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
 * Secondary suppression: while exactly one cell is hidden, or the hidden cells'
 * successes (or failures) add up to 1–4, hide the shown cell with fewest crimes.
 */
function secondary(originals: readonly ReviewCell[]): ReviewCell[] {
  const out = originals.map(primary);
  for (;;) {
    const hidden = out.flatMap((c, i) => (c.suppressed ? [i] : []));
    if (hidden.length === 0) return out;
    const hiddenSuccesses = hidden.reduce((a, i) => a + (originals[i]!.successes ?? 0), 0);
    const hiddenFailures = hidden.reduce((a, i) => a + originals[i]!.crimes - (originals[i]!.successes ?? 0), 0);
    if (hidden.length > 1 && !isSmallCount(hiddenSuccesses) && !isSmallCount(hiddenFailures)) return out;
    const shown = out.flatMap((c, i) => (c.suppressed ? [] : [i]));
    if (shown.length === 0) return out;
    const next = shown.reduce((best, i) => (out[i]!.crimes < out[best]!.crimes ? i : best));
    out[next] = suppress(out[next]!);
  }
}
