/**
 * Holm's step-down correction (Holm 1979, "A simple sequentially rejective multiple
 * test procedure", Scand. J. Statist. 6:65-70): controls the chance of any false
 * "significant" across a family of m tests at alpha, without assuming independence.
 * Returns each p-value adjusted: p_(i) * (m - i + 1), made monotone, capped at 1.
 */
export function holmAdjust(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const adjusted = new Array<number>(m);
  let running = 0;
  order.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, p * (m - rank)));
    adjusted[i] = running;
  });
  return adjusted;
}
