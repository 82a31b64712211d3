/**
 * Shared fast-check settings for the fuzz suite: a fixed seed and a small number
 * of cases in CI (the whole folder stays well under a minute on 2 cores), and a
 * long run with `npm run fuzz` (FUZZ_RUNS=20000). FUZZ_SEED explores other seeds.
 */
import type fc from 'fast-check';

const LONG = process.env.FUZZ_RUNS !== undefined;
const BASE = Number(process.env.FUZZ_RUNS ?? 0);

export const SEED = Number(process.env.FUZZ_SEED ?? 20261108);

/**
 * Settings for one property. `ci` cases by default; under FUZZ_RUNS, that
 * number scaled by `weight` (expensive properties, such as whole CLI runs, ask for fewer).
 */
export function fuzzSettings<T>(ci: number, weight = 1): fc.Parameters<T> {
  return {
    seed: SEED,
    numRuns: LONG ? Math.max(ci, Math.round(BASE * weight)) : ci,
    // A case that takes this long counts as a hang (fails the property, with its seed and path).
    timeout: 5_000,
  };
}

/** Test timeout: generous in the long run, tight in CI so a hang fails fast. */
export const TEST_TIMEOUT = LONG ? 3_600_000 : 30_000;
