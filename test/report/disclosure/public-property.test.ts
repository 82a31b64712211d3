/** `--public`: no hidden figure can be worked out (public-property.ts); 200 random months. */
import { describe, expect, it } from 'vitest';
import type { RuleCell } from '../../../src/report/schema.js';
import { assertNothingDerivable, derivable } from './public-property.js';

describe('public report: no suppressed value can be worked out', () => {
  it('holds for 200 random months', () => {
    assertNothingDerivable(200, 20261129);
  });

  it('finds a derivable cell when secondary suppression is skipped (the attacker works)', () => {
    // Leeds hidden alone; total 60/9 and Bradford 20/7, Calderdale 10/0 shown: 9 - 7 - 0 = 2.
    const cells: RuleCell[] = [
      { applicable: 30, failed: null, passed: null, rate: null, ci95: null, suppressed: true },
      { applicable: 20, failed: 7, passed: 13, rate: 0.65, ci95: null },
      { applicable: 10, failed: 0, passed: 10, rate: 1, ci95: null },
    ];
    expect(derivable({ applicable: 60, failed: 9 }, cells)).toHaveLength(1);
  });
});
