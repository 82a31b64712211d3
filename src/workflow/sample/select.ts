import { uniformInt } from 'pure-rand/distribution/uniformInt';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** The generator every sample is drawn from: same seed, same sequence, on any machine. */
export function sampleGenerator(seed: number): RandomGenerator {
  return xoroshiro128plus(seed);
}

/**
 * `k` distinct positions in [0, population), uniformly at random (Floyd's
 * algorithm: k draws, no shuffle of the whole stratum), returned ascending.
 */
export function choosePositions(rng: RandomGenerator, population: number, k: number): number[] {
  const chosen = new Set<number>();
  for (let j = population - k; j < population; j++) {
    const t = uniformInt(rng, 0, j);
    chosen.add(chosen.has(t) ? j : t);
  }
  return [...chosen].sort((a, b) => a - b);
}
