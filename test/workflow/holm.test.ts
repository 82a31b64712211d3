import { describe, expect, it } from 'vitest';
import { holmAdjust } from '../../src/workflow/stats/holm.js';

describe("Holm's step-down adjustment", () => {
  it.each([
    // Worked by hand: sorted 0.01, 0.02, 0.04 -> 0.01*3 = 0.03, 0.02*2 = 0.04, max(0.04, 0.04*1) = 0.04.
    { p: [0.04, 0.01, 0.02], adjusted: [0.04, 0.03, 0.04] },
    // Sorted 0.001, 0.02, 0.03, 0.5 (m = 4): 0.001*4 = 0.004; 0.02*3 = 0.06;
    // 0.03*2 = 0.06, kept monotone at max(0.06, 0.06); 0.5*1 = 0.5.
    { p: [0.5, 0.02, 0.001, 0.03], adjusted: [0.5, 0.06, 0.004, 0.06] },
    // Monotonicity binds: sorted 0.01*3 = 0.03, 0.011*2 = 0.022 -> 0.03, 0.04*1 = 0.04.
    { p: [0.011, 0.01, 0.04], adjusted: [0.03, 0.03, 0.04] },
    // Capped at 1.
    { p: [0.6, 0.7], adjusted: [1, 1] },
    { p: [0.2], adjusted: [0.2] },
    { p: [], adjusted: [] },
  ])('$p -> $adjusted', ({ p, adjusted }) => {
    holmAdjust(p).forEach((a, i) => expect(a).toBeCloseTo(adjusted[i]!, 12));
    expect(holmAdjust(p)).toHaveLength(adjusted.length);
  });
});
