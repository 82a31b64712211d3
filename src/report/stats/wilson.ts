/** z for a two-sided 95% interval, as the spec fixes it (report.md). */
export const Z95 = 1.959964;

/**
 * Wilson score interval for `passed` successes out of `n` trials.
 * Null when n = 0: a rate over nothing has no interval. Unrounded; clamped to [0, 1]
 * because floating-point error can push the 0-of-n / n-of-n bounds just outside.
 */
export function wilson(passed: number, n: number, z: number = Z95): [number, number] | null {
  if (n <= 0) return null;
  const p = passed / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [clamp01(centre - half), clamp01(centre + half)];
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
