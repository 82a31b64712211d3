import type { NotRecordedEstimate, ReviewCell } from './types.js';

/**
 * `--recorded-total N` (review.md): if the force recorded N crimes and records a
 * share P of the crimes it should, about N(1 − P)/P went unrecorded; the interval
 * maps P's bounds the same way (the function falls as P rises, so U gives the
 * lower bound). No upper bound when L = 0; no estimate when P is 0 or unknown.
 */
export function notRecordedEstimate(recordedTotal: number, cell: ReviewCell, basis: NotRecordedEstimate['basis']): NotRecordedEstimate {
  const missed = (p: number) => (recordedTotal * (1 - p)) / p;
  const P = cell.rate;
  const ci = cell.ci95;
  return {
    recordedTotal,
    basis,
    estimate: P === null || P === 0 ? null : missed(P),
    ci95: ci === null || ci[1] === 0 ? null : [missed(ci[1]), ci[0] === 0 ? null : missed(ci[0])],
  };
}
