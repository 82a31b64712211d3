import { describe, expect, it } from 'vitest';
import { sampleSizeForCrimes, sampleSizeForMargin, twoProportionTest, twoSidedP, weightedRate } from '../../src/workflow/stats/index.js';

describe('sampleSizeForMargin (95%, p = 0.5, finite-population correction)', () => {
  it.each([
    { margin: 0.03, population: Infinity, size: 1068 }, // textbook: 1,067.07 rounded up
    { margin: 0.03, population: 1_000_000, size: 1068 }, // n0/N ≤ 5%: no correction (Cochran)
    { margin: 0.03, population: 21_400, size: 1068 },
    { margin: 0.03, population: 21_000, size: 1016 }, // n0/N > 5%: 1,015.5 rounded up
    { margin: 0.03, population: 5000, size: 880 }, // 879.54 rounded up
    { margin: 0.05, population: Infinity, size: 385 }, // 384.15
    { margin: 0.05, population: 1000, size: 278 }, // 277.7
    { margin: 0.03, population: 100, size: 92 },
    { margin: 0.03, population: 10, size: 10 },
  ])('±$margin on N = $population → $size', ({ margin, population, size }) => {
    expect(sampleSizeForMargin(margin, population).size).toBe(size);
  });

  it('reports the uncorrected n0', () => {
    expect(sampleSizeForMargin(0.03, 5000).n0).toBeCloseTo(1067.07, 2);
  });
});

describe('twoProportionTest (two-sided, α = 0.05)', () => {
  it.each([
    { x1: 900, n1: 1000, x2: 950, n2: 1000, significant: true },
    { x1: 90, n1: 100, x2: 91, n2: 100, significant: false },
    { x1: 50, n1: 100, x2: 50, n2: 100, significant: false },
    { x1: 100, n1: 100, x2: 100, n2: 100, significant: false },
    { x1: 0, n1: 50, x2: 10, n2: 50, significant: true },
  ])('$x1/$n1 → $x2/$n2: significant = $significant', ({ x1, n1, x2, n2, significant }) => {
    expect(twoProportionTest(x1, n1, x2, n2)?.significant).toBe(significant);
  });

  it('computes z and p for 90% → 95% on 1,000 each by the pooled formula', () => {
    const t = twoProportionTest(900, 1000, 950, 1000)!;
    const pooled = 0.925;
    const z = 0.05 / Math.sqrt(pooled * (1 - pooled) * (2 / 1000));
    expect(t.z).toBeCloseTo(z, 10);
    expect(t.pValue).toBeLessThan(0.0001);
  });

  it('is null on an empty month', () => {
    expect(twoProportionTest(0, 0, 5, 10)).toBeNull();
  });
});

describe('twoSidedP', () => {
  it.each([
    { z: 0, p: 1 },
    { z: 1.959964, p: 0.05 },
    { z: -2.575829, p: 0.01 },
    { z: 3.290527, p: 0.001 },
  ])('z = $z → p = $p', ({ z, p }) => {
    expect(twoSidedP(z)).toBeCloseTo(p, 6);
  });
});

describe('weightedRate', () => {
  it('with equal weights is the plain Wilson interval (150 of 221, by hand)', () => {
    const obs = Array.from({ length: 221 }, (_, i) => ({ success: i < 150, weight: 3 }));
    const est = weightedRate(obs);
    const z = 1.959964;
    const n = 221;
    const p = 150 / 221;
    const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
    const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
    expect(est.weighted).toBe(false);
    expect(est.rate).toBeCloseTo(0.6787, 4);
    expect(est.ci95![0]).toBeCloseTo(centre - half, 12);
    expect(est.ci95![1]).toBeCloseTo(centre + half, 12);
  });

  it('weights the estimate and shrinks n to the Kish effective size', () => {
    // Stratum A: 10 rows, weight 1, all recorded; stratum B: 10 rows, weight 9, none recorded.
    const obs = [
      ...Array.from({ length: 10 }, () => ({ success: true, weight: 1 })),
      ...Array.from({ length: 10 }, () => ({ success: false, weight: 9 })),
    ];
    const est = weightedRate(obs);
    expect(est.weighted).toBe(true);
    expect(est.rate).toBeCloseTo(0.1, 12);
    expect(est.effectiveN).toBeCloseTo((100 * 100) / (10 + 810), 12);
    expect(est.successes).toBe(10);
  });

  it('has no rate over nothing', () => {
    expect(weightedRate([])).toMatchObject({ rate: null, ci95: null, n: 0 });
  });
});

describe('sampleSizeForCrimes (records for a margin on the crime recording rate)', () => {
  it.each([
    // Without an earlier review: exactly the margin plan in records.
    { margin: 0.03, population: 5000, d: 1, m: 1, size: 880 },
    { margin: 0.03, population: Infinity, d: 1, m: 1, size: 1068 },
    // 1067.0719 · 1.5 / 2 = 800.30 records; 800.30 / 100,000 < 5%: no correction → 801.
    { margin: 0.03, population: 100_000, d: 1.5, m: 2, size: 801 },
    // 384.1459 · 2 / 0.5 = 1536.58; 1536.58 / (1 + 1535.58/2000) = 1536.58 / 1.76779 = 869.21 → 870.
    { margin: 0.05, population: 2000, d: 2, m: 0.5, size: 870 },
    // 9604.15 · 3 = 28812.4; 28812.4 / (1 + 28811.4/300) = 296.92 → 297; on a frame of 10: 9.9969 → 10.
    { margin: 0.01, population: 300, d: 3, m: 1, size: 297 },
    { margin: 0.01, population: 10, d: 3, m: 1, size: 10 },
  ])('±$margin, D = $d, $m crimes per record, N = $population → $size', ({ margin, population, d, m, size }) => {
    const plan = sampleSizeForCrimes(margin, population, { designEffect: d, crimesPerRecord: m });
    expect(plan.size).toBe(size);
    expect(plan.records).toBeCloseTo((plan.n0 * d) / m, 9);
  });
});
