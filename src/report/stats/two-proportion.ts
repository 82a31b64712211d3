import { twoSidedP } from './normal.js';

export interface TwoProportionTest {
  /** p2 − p1. */
  difference: number;
  z: number;
  pValue: number;
  significant: boolean;
}

/** The significance level the trend uses; stated in every rendering. */
export const ALPHA = 0.05;

/**
 * Two-sided two-proportion z-test with the pooled estimate under H0: p1 = p2.
 * Null when either sample is empty. With no variance (both 0% or both 100%) the
 * rates are equal and nothing is significant.
 */
export function twoProportionTest(x1: number, n1: number, x2: number, n2: number, alpha = ALPHA): TwoProportionTest | null {
  if (n1 <= 0 || n2 <= 0) return null;
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (se === 0) return { difference: p2 - p1, z: 0, pValue: 1, significant: false };
  const z = (p2 - p1) / se;
  const pValue = twoSidedP(z);
  return { difference: p2 - p1, z, pValue, significant: pValue < alpha };
}
