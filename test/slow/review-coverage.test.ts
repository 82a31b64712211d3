/**
 * Does the crime recording rate's 95% interval hold the true rate 95% of the time?
 * A fixed synthetic frame (no real data) is sampled 5,000 times as `sample` draws
 * (equal allocation, Floyd's algorithm on the seeded generator); each sample's
 * interval is checked against the frame's own ratio of crimes recorded correctly.
 * The frame has what makes the naive interval fail: incidents with several crimes,
 * and 7% of incidents missed whole (none of their crimes recorded).
 */
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { describe, expect, it } from 'vitest';
import { allocate } from '../../src/workflow/sample/allocate.js';
import { choosePositions, sampleGenerator } from '../../src/workflow/sample/select.js';
import { crimeRatio, type ClusterCount } from '../../src/workflow/stats/crime-ratio.js';
import { wilson } from '../../src/report/stats/wilson.js';

interface FrameRecord {
  x: number;
  y: number;
}

const RUNS = 5000;
const SAMPLE = 300;
const MISSED_WHOLE = 0.07;
/** Per stratum: records, P(0, 1, 2, 3 crimes), and the chance one crime of a looked-at incident is recorded correctly. */
const STRATA = [
  { population: 3000, crimes: [0.3, 0.45, 0.15, 0.1], correct: 0.96 },
  { population: 1500, crimes: [0.4, 0.35, 0.15, 0.1], correct: 0.92 },
  { population: 600, crimes: [0.25, 0.35, 0.2, 0.2], correct: 0.98 },
];

function buildFrame(): FrameRecord[][] {
  const rng = sampleGenerator(20261129);
  const u = () => uniformInt(rng, 0, 999_999) / 1_000_000;
  return STRATA.map((s) =>
    Array.from({ length: s.population }, () => {
      let t = u();
      let x = 0;
      while (x < 3 && t >= s.crimes[x]!) t -= s.crimes[x++]!;
      if (x === 0 || u() < MISSED_WHOLE) return { x, y: 0 };
      let y = 0;
      for (let k = 0; k < x; k++) if (u() < s.correct) y++;
      return { x, y };
    }),
  );
}

describe('interval coverage over 5,000 samples of a fixed frame', () => {
  it('holds the frame’s true rate in 92.5–97% of samples', () => {
    const frame = buildFrame();
    const all = frame.flat();
    const trueRate = all.reduce((a, r) => a + r.y, 0) / all.reduce((a, r) => a + r.x, 0);
    const populations = STRATA.map((s) => s.population);
    const sizes = allocate(populations, SAMPLE, 'equal');
    const rng = sampleGenerator(42);
    let covered = 0;
    let naiveCovered = 0;
    for (let run = 0; run < RUNS; run++) {
      const records: ClusterCount[] = [];
      frame.forEach((stratum, h) => {
        for (const i of choosePositions(rng, stratum.length, sizes[h]!)) records.push({ stratum: h, ...stratum[i]! });
      });
      const e = crimeRatio(populations, records);
      if (e.ci95 && e.ci95[0] <= trueRate && trueRate <= e.ci95[1]) covered++;
      // The naive interval: every crime an independent draw.
      const naive = wilson(e.successes, e.crimes);
      if (naive && naive[0] <= trueRate && trueRate <= naive[1]) naiveCovered++;
    }
    const coverage = covered / RUNS;
    // The measured figures are the point of a slow run: print them.
    // eslint-disable-next-line no-console
    console.log(
      `true rate ${(trueRate * 100).toFixed(2)}%; coverage ${(coverage * 100).toFixed(2)}% (crimes as clusters of their record), ` +
        `${((naiveCovered / RUNS) * 100).toFixed(2)}% (naive Wilson over crimes, unweighted)`,
    );
    expect(coverage).toBeGreaterThanOrEqual(0.925);
    expect(coverage).toBeLessThanOrEqual(0.97);
  });
});
