import { describe, expect, it } from 'vitest';
import { allocate, choosePositions, sampleGenerator } from '../../src/workflow/sample/index.js';

describe('allocate', () => {
  it.each([
    { populations: [500, 300, 200], size: 100, method: 'proportional', expected: [50, 30, 20] },
    // 10·(1/3) each: largest remainders tie, larger stratum first, then order.
    { populations: [100, 100, 100], size: 10, method: 'proportional', expected: [4, 3, 3] },
    { populations: [758, 237, 582, 962, 435, 11], size: 20, method: 'proportional', expected: [5, 2, 4, 6, 3, 0] },
    { populations: [1000, 10, 990], size: 100, method: 'proportional', expected: [50, 0, 50] },
    { populations: [500, 300, 200], size: 90, method: 'equal', expected: [30, 30, 30] },
    { populations: [500, 5, 200], size: 90, method: 'equal', expected: [43, 5, 42] },
    { populations: [500, 300, 200], size: 2000, method: 'proportional', expected: [500, 300, 200] },
    { populations: [3, 3], size: 0, method: 'equal', expected: [0, 0] },
  ] as const)('$method $size over $populations', ({ populations, size, method, expected }) => {
    const sizes = allocate(populations, size, method);
    expect(sizes).toEqual(expected);
  });

  it('always adds up and never exceeds a stratum (property)', () => {
    for (let trial = 0; trial < 300; trial++) {
      const rng = sampleGenerator(trial);
      const populations = Array.from({ length: 1 + (trial % 7) }, () => Math.abs(rng.next()) % 400);
      const total = populations.reduce((a, b) => a + b, 0);
      const size = Math.abs(rng.next()) % (total + 50);
      for (const method of ['proportional', 'equal'] as const) {
        const sizes = allocate(populations, size, method);
        expect(sizes.reduce((a, b) => a + b, 0)).toBe(Math.min(size, total));
        sizes.forEach((s, i) => expect(s).toBeLessThanOrEqual(populations[i]!));
      }
    }
  });
});

describe('choosePositions', () => {
  it('draws k distinct positions in range, ascending, the same for the same seed', () => {
    const a = choosePositions(sampleGenerator(42), 1000, 100);
    const b = choosePositions(sampleGenerator(42), 1000, 100);
    const c = choosePositions(sampleGenerator(43), 1000, 100);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(new Set(a).size).toBe(100);
    expect([...a].sort((x, y) => x - y)).toEqual(a);
    expect(a.every((p) => p >= 0 && p < 1000)).toBe(true);
  });

  it('takes the whole stratum when k = N, and nothing when k = 0', () => {
    expect(choosePositions(sampleGenerator(1), 5, 5)).toEqual([0, 1, 2, 3, 4]);
    expect(choosePositions(sampleGenerator(1), 5, 0)).toEqual([]);
  });
});
