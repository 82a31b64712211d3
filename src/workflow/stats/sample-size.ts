import { Z95 } from '../../report/stats/wilson.js';

export interface SampleSizePlan {
  /** Required sample size (never above N). */
  size: number;
  /** z²·p(1−p)/e² before rounding: the size for an unlimited frame. */
  n0: number;
  /** n0 / (1 + (n0 − 1)/N) before rounding, or null when the correction was not needed. */
  corrected: number | null;
  margin: number;
  z: number;
  p: number;
  population: number;
}

/**
 * Cochran's rule: the finite-population correction matters only once the sample
 * would be more than 5% of the frame; below that, n0 stands (and errs on the
 * side of a slightly larger sample).
 */
export const FPC_FRACTION = 0.05;

/**
 * Sample size for a proportion estimated to ±`margin` at 95% confidence, assuming
 * p = 0.5 (the worst case): n0 = z²·p(1−p)/e²; when n0/N > 5%, the
 * finite-population correction n = n0 / (1 + (n0 − 1)/N); rounded up. ±3% gives
 * 1,068 on a large frame and 880 on a frame of 5,000 (docs/sampling.md).
 */
export function sampleSizeForMargin(margin: number, population: number, p = 0.5, z = Z95): SampleSizePlan {
  const n0 = (z * z * p * (1 - p)) / (margin * margin);
  const corrected = n0 / population > FPC_FRACTION ? n0 / (1 + (n0 - 1) / population) : null;
  // The epsilon keeps floating-point noise (1067.0000000001) from adding a record.
  const size = Math.max(0, Math.min(population, Math.ceil((corrected ?? n0) - 1e-9)));
  return { size, n0, corrected, margin, z, p, population };
}
