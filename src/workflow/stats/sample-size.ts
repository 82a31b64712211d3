import { Z95 } from '../../report/stats/wilson.js';

export interface SampleSizePlan {
  /** Required sample size in records (never above N). */
  size: number;
  /** z²·p(1−p)/e² before rounding: the crimes needed from an unlimited frame. */
  n0: number;
  /** Design effect the plan allows for (1 without an earlier review). */
  designEffect: number;
  /** Crimes per sampled record (1 without an earlier review). */
  crimesPerRecord: number;
  /** n0 × designEffect ÷ crimesPerRecord: records for an unlimited frame, before rounding. */
  records: number;
  /** records / (1 + (records − 1)/N) before rounding, or null when the correction was not needed. */
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
  return sampleSizeForCrimes(margin, population, { designEffect: 1, crimesPerRecord: 1 }, p, z);
}

/**
 * Records to sample for the crime recording rate to ±`margin` (review.md): the
 * crimes needed, n0, times the design effect of an earlier review (crimes of one
 * record are not independent), divided by the crimes per sampled record it found,
 * then the finite-population correction on the frame's records as above.
 */
export function sampleSizeForCrimes(
  margin: number,
  population: number,
  earlier: { designEffect: number; crimesPerRecord: number },
  p = 0.5,
  z = Z95,
): SampleSizePlan {
  const n0 = (z * z * p * (1 - p)) / (margin * margin);
  const { designEffect, crimesPerRecord } = earlier;
  const records = (n0 * designEffect) / crimesPerRecord;
  const corrected = records / population > FPC_FRACTION ? records / (1 + (records - 1) / population) : null;
  // The epsilon keeps floating-point noise (1067.0000000001) from adding a record.
  const size = Math.max(0, Math.min(population, Math.ceil((corrected ?? records) - 1e-9)));
  return { size, n0, designEffect, crimesPerRecord, records, corrected, margin, z, p, population };
}
