export type Allocation = 'proportional' | 'equal';
export const ALLOCATIONS: readonly Allocation[] = ['proportional', 'equal'];

/**
 * Splits a sample of `size` across strata of the given populations; the sizes
 * always add up to min(size, Σpopulation) and never exceed a stratum.
 *
 * - proportional: n·N_h/N, rounded by largest remainder (Hamilton): floors
 *   first, then one more to the largest fractional parts (ties: larger stratum, then order).
 * - equal: n/H each; a stratum too small for its share is taken whole and the
 *   rest is shared among the others, again by largest remainder.
 */
export function allocate(populations: readonly number[], size: number, method: Allocation): number[] {
  const total = populations.reduce((a, b) => a + b, 0);
  const n = Math.min(Math.max(0, Math.floor(size)), total);
  if (n === 0) return populations.map(() => 0);
  return method === 'proportional' ? proportional(populations, n, total) : equal(populations, n);
}

function proportional(populations: readonly number[], n: number, total: number): number[] {
  const quotas = populations.map((N) => (n * N) / total);
  const sizes = quotas.map((q) => Math.floor(q));
  distributeRemainder(sizes, quotas, populations, n);
  return sizes;
}

function equal(populations: readonly number[], n: number): number[] {
  const sizes = populations.map(() => 0);
  let open = populations.map((_, i) => i);
  let left = n;
  // Each round caps the strata that cannot take an equal share; at most H rounds.
  while (left > 0 && open.length > 0) {
    const share = left / open.length;
    const small = open.filter((i) => populations[i]! - sizes[i]! <= share);
    if (small.length === 0) {
      const quotas = populations.map((_, i) => (open.includes(i) ? sizes[i]! + share : sizes[i]!));
      const floors = quotas.map((q) => Math.floor(q));
      distributeRemainder(floors, quotas, populations, n);
      return floors;
    }
    for (const i of small) {
      left -= populations[i]! - sizes[i]!;
      sizes[i] = populations[i]!;
    }
    open = open.filter((i) => !small.includes(i));
  }
  return sizes;
}

/** Adds one to the entries with the largest fractional parts until the sizes sum to `n`. */
function distributeRemainder(sizes: number[], quotas: number[], populations: readonly number[], n: number): void {
  let missing = n - sum(sizes);
  const order = sizes
    .map((_, i) => i)
    .sort((a, b) => quotas[b]! - Math.floor(quotas[b]!) - (quotas[a]! - Math.floor(quotas[a]!)) || populations[b]! - populations[a]! || a - b);
  for (const i of order) {
    if (missing <= 0) break;
    if (sizes[i]! < populations[i]!) {
      sizes[i] = sizes[i]! + 1;
      missing--;
    }
  }
}

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}
