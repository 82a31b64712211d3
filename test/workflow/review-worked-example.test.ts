/**
 * The crime recording rate worked out by hand (review.md), for a sample small
 * enough to follow with pencil and paper. Every expected figure below comes from
 * the arithmetic in the comments, not from the code under test.
 *
 * Two strata (z = 1.959964):
 *   Calderdale: N = 5 records, n = 1 sampled (one record drawn from several), w = 5/1 = 5
 *     a1: a domestic incident with 3 crimes (assault, criminal damage, controlling
 *         behaviour), none recorded:                       x = 3, y = 0
 *   Leeds: N = 4 records, n = 4 sampled (taken whole), w = 4/4 = 1
 *     b1: no crime (one N row)                             x = 0, y = 0
 *     b2: 1 crime, recorded correctly                      x = 1, y = 1
 *     b3: 3 crimes (three victims), all recorded correctly x = 3, y = 3
 *     b4: 1 crime, recorded correctly                      x = 1, y = 1
 */
import { describe, expect, it } from 'vitest';
import { computeReview } from '../../src/workflow/review/index.js';
import { parseWorksheet } from '../../src/workflow/worksheet/read-worksheet.js';
import { crimesWorksheet, WORKED_RECORDS, WORKED_STRATA } from './helpers/crimes.js';

const strata = WORKED_STRATA;
const records = WORKED_RECORDS;

describe('worked example, by hand', () => {
  const r = computeReview([parseWorksheet(crimesWorksheet(records, strata), 'worked.csv')]);

  it('rate: R = Σ w·y / Σ w·x', () => {
    // X = Σ w·x = 5·3 + 1·(0 + 1 + 3 + 1) = 15 + 5 = 20
    // Y = Σ w·y = 5·0 + 1·(0 + 1 + 3 + 1) = 0 + 5 = 5
    // R = 5 / 20 = 0.25
    expect(r.overall.rate).toBe(0.25);
    // Crimes Σx = 3 + 0 + 1 + 3 + 1 = 8 (unweighted); recorded correctly Σy = 5.
    expect(r.overall.crimes).toBe(8);
    expect(r.overall.successes).toBe(5);
    // Records with at least one crime: a1, b2, b3, b4 = 4; complete sampled records: 5.
    expect(r.overall.records).toBe(4);
    expect(r.records).toMatchObject({ sampled: 5, complete: 5, leftOut: 0, withCrimes: 4 });
    // 8 crime rows + 1 N row.
    expect(r.rows).toMatchObject({ total: 9, crimeRows: 8, notCrimeRows: 1, missing: 0, invalid: 0 });
  });

  it('variance: the single-record stratum centred at 0, the whole stratum adds 0', () => {
    // Residuals e = y − R·x = y − x/4:
    //   a1: 0 − 3/4 = −3/4
    //   b1: 0, b2: 1 − 1/4 = 3/4, b3: 3 − 3/4 = 9/4, b4: 3/4
    // Calderdale (n = 1 < N = 5): N²(1 − 1/N)·e² = 25 · 4/5 · 9/16 = 45/4 = 11.25
    // Leeds (n = N = 4): (1 − n/N) = 0, adds 0
    // V = 11.25 / X² = 11.25 / 400 = 0.028125
    // n_eff = R(1 − R)/V = (3/16) / 0.028125 = 0.1875 / 0.028125 = 20/3 = 6.6667 (below the cap Σx = 8)
    expect(r.overall.effectiveN).toBeCloseTo(20 / 3, 12);
    expect(r.strata.map((s) => [s.label, s.singleRecord, s.outside])).toEqual([
      ['Calderdale', true, false],
      ['Leeds', false, false],
    ]);
  });

  it('interval: Wilson on p = 0.25, n = 20/3; "± h" in points', () => {
    // z² = 1.959964² = 3.841458881
    // z²/n = 3.841458881 / 6.666667 = 0.576218832;  denominator = 1.576218832
    // centre = (0.25 + z²/2n) / denominator = (0.25 + 0.288109416) / 1.576218832 = 0.341392581
    // half = z / denominator · √(p(1 − p)/n + z²/4n²)
    //      = 1.959964 / 1.576218832 · √(0.028125 + 3.841458881/177.777778)
    //      = 1.243458716 · √(0.028125 + 0.021608081) = 1.243458716 · 0.223009196 = 0.277303156
    // L = 0.064089426, U = 0.618695737;  h = (U − L)/2 = 0.277303156 → 27.73 points
    expect(r.overall.ci95![0]).toBeCloseTo(0.064089426, 8);
    expect(r.overall.ci95![1]).toBeCloseTo(0.618695737, 8);
    expect(r.overall.halfWidth).toBeCloseTo(27.7303156, 6);
  });

  it('design effect: V₀ (no finite-population factors) over R(1 − R)/Σx', () => {
    // V₀ keeps every stratum's term without (1 − n/N):
    //   Calderdale: N²·e²/n = 25 · 9/16 / 1 = 14.0625
    //   Leeds: residuals 0, 3/4, 9/4, 3/4; mean 15/16;
    //          deviations −15/16, −3/16, 21/16, −3/16; squares (225 + 9 + 441 + 9)/256 = 684/256
    //          s² = (684/256)/(4 − 1) = 57/64 = 0.890625;  N²·s²/n = 16 · 0.890625 / 4 = 3.5625
    //   V₀ = (14.0625 + 3.5625) / 400 = 0.0440625
    // Simple random sample of 8 independent crimes: R(1 − R)/Σx = 0.1875 / 8 = 0.0234375
    // D = 0.0440625 / 0.0234375 = 1.88
    expect(r.overall.designEffect).toBeCloseTo(1.88, 12);
  });

  it('by district: each district a domain, every record in the variance sums', () => {
    const r2 = computeReview([parseWorksheet(crimesWorksheet(records, strata), 'worked.csv')], { by: ['district'] });
    const [calderdale, leeds] = r2.by[0]!.domains;
    // Calderdale: x = 3, y = 0 → R = 0 (n_eff = Σx = 3, D null); Leeds: X = 5, Y = 5 → R = 1.
    expect(calderdale).toMatchObject({ key: 'Calderdale', crimes: 3, successes: 0, records: 1, rate: 0, effectiveN: 3, designEffect: null });
    expect(leeds).toMatchObject({ key: 'Leeds', crimes: 5, successes: 5, records: 3, rate: 1, effectiveN: 5, designEffect: null });
  });
});
