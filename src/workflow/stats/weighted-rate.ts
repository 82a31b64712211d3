import { wilson, Z95 } from '../../report/stats/wilson.js';

export interface RateEstimate {
  /** Rows counted (unweighted). */
  n: number;
  /** Rows that were a success (unweighted). */
  successes: number;
  /** Point estimate: weighted when weights differ, else successes / n. Null when n = 0. */
  rate: number | null;
  ci95: [number, number] | null;
  /** Kish effective sample size (= n when unweighted). */
  effectiveN: number;
  weighted: boolean;
}

/**
 * A proportion from observations with design weights (weight = stratum
 * population / stratum sample size). Point estimate Σw·y / Σw; the interval is
 * Wilson's with n replaced by Kish's effective sample size (Σw)² / Σw²
 * (docs/sampling.md). With equal weights this is exactly the plain Wilson interval.
 */
export function weightedRate(observations: readonly { success: boolean; weight: number }[], z = Z95): RateEstimate {
  const n = observations.length;
  let successes = 0;
  let sumW = 0;
  let sumW2 = 0;
  let sumWy = 0;
  let first: number | undefined;
  let weighted = false;
  for (const o of observations) {
    if (o.success) successes++;
    sumW += o.weight;
    sumW2 += o.weight * o.weight;
    if (o.success) sumWy += o.weight;
    if (first === undefined) first = o.weight;
    else if (o.weight !== first) weighted = true;
  }
  if (n === 0 || sumW === 0) return { n, successes, rate: null, ci95: null, effectiveN: 0, weighted: false };
  if (!weighted) return { n, successes, rate: successes / n, ci95: wilson(successes, n, z), effectiveN: n, weighted };
  const rate = sumWy / sumW;
  const effectiveN = (sumW * sumW) / sumW2;
  return { n, successes, rate, ci95: wilson(rate * effectiveN, effectiveN, z), effectiveN, weighted };
}
