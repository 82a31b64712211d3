import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crimeRatio, type ClusterCount } from '../../src/workflow/stats/crime-ratio.js';

/** Strata (population ≥ sample ≥ 1) and their sampled records, each with 0–4 crimes. */
const design = fc
  .array(
    fc.record({
      extra: fc.integer({ min: 0, max: 50 }),
      records: fc.array(
        fc.integer({ min: 0, max: 4 }).chain((x) => fc.record({ x: fc.constant(x), y: fc.integer({ min: 0, max: x }) })),
        { minLength: 1, maxLength: 12 },
      ),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map((strata) => ({
    populations: strata.map((s) => s.records.length + s.extra),
    records: strata.flatMap((s, h) => s.records.map((r): ClusterCount => ({ stratum: h, ...r }))),
  }));

describe('crimeRatio properties', () => {
  it('the rate lies in its interval, within [0, 1]; n_eff never exceeds the crimes', () => {
    fc.assert(
      fc.property(design, ({ populations, records }) => {
        const e = crimeRatio(populations, records);
        if (e.crimes === 0) {
          expect(e.rate).toBeNull();
          return;
        }
        const [lo, hi] = e.ci95!;
        expect(0 <= lo && lo <= e.rate! + 1e-12 && e.rate! <= hi + 1e-12 && hi <= 1).toBe(true);
        expect(e.effectiveN!).toBeLessThanOrEqual(e.crimes);
        expect(e.effectiveN!).toBeGreaterThan(0);
        expect(e.halfWidthPoints).toBeCloseTo(((hi - lo) / 2) * 100, 9);
      }),
    );
  });

  it('does not depend on the order of the records', () => {
    fc.assert(
      fc.property(design, fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })), ({ populations, records }, keys) => {
        const shuffled = records.map((r) => ({ r, k: keys.next().value as number })).sort((a, b) => a.k - b.k).map((p) => p.r);
        const a = crimeRatio(populations, records);
        const b = crimeRatio(populations, shuffled);
        if (a.rate === null) {
          expect(b.rate).toBeNull();
          return;
        }
        expect(b.rate!).toBeCloseTo(a.rate, 12);
        expect(b.ci95![0]).toBeCloseTo(a.ci95![0], 9);
        expect(b.ci95![1]).toBeCloseTo(a.ci95![1], 9);
      }),
    );
  });

  it('a census (every stratum taken whole) has no sampling variance: n_eff = Σx', () => {
    fc.assert(
      fc.property(design, ({ populations, records }) => {
        const whole = populations.map((_, h) => records.filter((r) => r.stratum === h).length);
        const e = crimeRatio(whole, records);
        if (e.crimes > 0) expect(e.effectiveN).toBe(e.crimes);
      }),
    );
  });
});
