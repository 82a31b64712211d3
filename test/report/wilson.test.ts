import { describe, expect, it } from 'vitest';
import { wilson, Z95 } from '../../src/report/stats/wilson.js';
import { ruleStatus } from '../../src/report/stats/status.js';

/** The Wilson score interval written out longhand, independently of the implementation. */
function byHand(k: number, n: number): [number, number] {
  const z = 1.959964;
  const p = k / n;
  const a = p + (z * z) / (2 * n);
  const b = z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  const d = 1 + (z * z) / n;
  return [(a - b) / d, (a + b) / d];
}

describe('wilson', () => {
  it('uses z = 1.959964', () => expect(Z95).toBe(1.959964));

  it('150 of 221: rate 67.9%, interval computed by hand', () => {
    expect(150 / 221).toBeCloseTo(0.678733, 6);
    // p = 0.678733, z^2 = 3.841459; centre = (p + z^2/442) / (1 + z^2/221) = 0.675680;
    // half = z * sqrt(p(1-p)/221 + z^2/(4*221^2)) / (1 + z^2/221) = 0.061113.
    const [lo, hi] = wilson(150, 221)!;
    expect(lo).toBeCloseTo(0.614566, 6);
    expect(hi).toBeCloseTo(0.736793, 6);
    expect([lo, hi]).toEqual(byHand(150, 221).map((x) => expect.closeTo(x, 12)));
  });

  it.each([
    // [passed, n, lower, upper] — known values (z = 1.959964)
    [873, 900, 0.956703, 0.979302], // the spec's example
    [0, 10, 0, 0.277533],
    [10, 10, 0.722467, 1],
    [1, 1, 0.206549, 1],
    [0, 1, 0, 0.793451],
    [51, 60, 0.738854, 0.919026],
  ])('%i of %i -> [%f, %f]', (k, n, lo, hi) => {
    const ci = wilson(k, n)!;
    expect(ci[0]).toBeCloseTo(lo, 6);
    expect(ci[1]).toBeCloseTo(hi, 6);
    expect(ci[0]).toBeGreaterThanOrEqual(0);
    expect(ci[1]).toBeLessThanOrEqual(1);
  });

  it('0 of n starts at exactly 0 and n of n ends at exactly 1', () => {
    expect(wilson(0, 37)![0]).toBe(0);
    expect(wilson(37, 37)![1]).toBe(1);
  });

  it('is null when nothing applied', () => expect(wilson(0, 0)).toBeNull());
});

describe('ruleStatus', () => {
  it.each([
    [0, 0, 0.95, 'n/a'],
    [0, 0, null, 'n/a'],
    [100, 5, 0.95, 'pass'], // exactly at the threshold passes
    [100, 6, 0.95, 'fail'],
    [100, 0, null, 'pass'],
    [100, 1, null, 'fail'],
  ] as const)('applicable %i, failed %i, threshold %s -> %s', (applicable, failed, threshold, status) => {
    expect(ruleStatus(applicable, failed, threshold)).toBe(status);
  });
});
