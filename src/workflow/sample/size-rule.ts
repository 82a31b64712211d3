import { count } from '../../report/wording.js';
import type { SampleSizePlan } from '../stats/sample-size.js';
import type { PlanningFigures } from './from-review.js';

/**
 * The sample-size calculation in words, for the terminal and the worksheet's
 * `size-rule` line. Without an earlier review the words are those of a plan in
 * records (one crime per record, design effect 1), as before crimes were counted.
 */
export function describeMarginPlan(plan: SampleSizePlan, earlier?: PlanningFigures): string {
  const pct = String(Number((plan.margin * 100).toFixed(6)));
  const unlimited = Math.ceil(plan.records - 1e-9);
  const n0 = `±${pct}% at 95% confidence (p = ${plan.p}, z = ${plan.z}): n0 = z²·p(1−p)/e² = ${plan.n0.toFixed(2)}`;
  const head = earlier
    ? `${n0} crimes; × design effect ${plan.designEffect.toFixed(4)}${earlier.designEffectKnown ? '' : ' (the earlier review had none: taken as 1)'} ` +
      `÷ ${plan.crimesPerRecord.toFixed(4)} crimes per record (${count(earlier.crimes)} crimes in ${count(earlier.records)} records, ${JSON.stringify(earlier.path)}) ` +
      `= ${plan.records.toFixed(2)} records, i.e. ${count(unlimited)} for an unlimited frame`
    : `${n0}, i.e. ${count(unlimited)} for an unlimited frame`;
  if (plan.corrected === null) {
    return `${head}; the frame of ${count(plan.population)} is large enough (n0/N ≤ 5%) to need no finite-population correction: ${count(plan.size)}`;
  }
  return (
    `${head}; finite-population correction for a frame of ${count(plan.population)}: ` +
    `n = n0/(1 + (n0 − 1)/N) = ${plan.corrected.toFixed(2)}, rounded up to ${count(plan.size)}`
  );
}

export function describeFixedSize(requested: number, frameSize: number): string {
  return requested > frameSize ? `--size ${requested}, capped at the frame size ${frameSize}` : `--size ${requested}`;
}
