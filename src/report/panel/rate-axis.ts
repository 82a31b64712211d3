/**
 * The x-axis of a rule's district plot: wide enough for every interval and the
 * threshold (or 100% without one), no wider, so that districts of 93–97% look
 * different instead of identical on a 0–100% axis. Shared by the SVG and the
 * Markdown text chart so both show the same span.
 */
export interface RateAxis {
  min: number;
  max: number;
  /** Tick positions (rates), evenly spaced, inside [min, max]. */
  ticks: number[];
}

/** Tick steps as rates: 0.5%, 1%, 2%, 5%, 10%, 20%, 25%. */
const STEPS = [0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.25];

export function rateAxis(values: number[], reference: number): RateAxis {
  let lo = reference;
  let hi = reference;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  // At least five points wide, so a tight cluster is not blown up into noise.
  const minSpan = 0.05;
  if (hi - lo < minSpan) {
    const pad = (minSpan - (hi - lo)) / 2;
    lo -= pad;
    hi += pad;
  }
  const step = STEPS.find((s) => (hi - lo) / s <= 6) ?? 0.25;
  let min = Math.floor(lo / step + 1e-9) * step;
  let max = Math.ceil(hi / step - 1e-9) * step;
  if (max > 1) {
    min = Math.max(0, min - (max - 1));
    max = 1;
  }
  if (min < 0) {
    max = Math.min(1, max - min);
    min = 0;
  }
  const ticks: number[] = [];
  for (let t = min; t <= max + 1e-9; t += step) ticks.push(Number(t.toFixed(4)));
  return { min: Number(min.toFixed(4)), max: Number(max.toFixed(4)), ticks };
}

/** A tick label: whole percentages plainly, halves with one decimal. */
export function tickText(rate: number): string {
  const pct = rate * 100;
  return `${Number.isInteger(Number(pct.toFixed(4))) ? pct.toFixed(0) : pct.toFixed(1)}%`;
}
