import { wilson, Z95 } from '../../report/stats/wilson.js';

/**
 * One complete sampled record (the cluster): the index of its stratum, its crimes
 * `x` and those counted a success `y`.
 */
export interface ClusterCount {
  stratum: number;
  x: number;
  y: number;
}

export interface RatioEstimate {
  /** Σx over every record, unweighted. */
  crimes: number;
  /** Σy over every record, unweighted. */
  successes: number;
  /** R = Σ w·y / Σ w·x; null when Σx = 0. */
  rate: number | null;
  /** Wilson interval on p = R, n = n_eff; null when Σx = 0. */
  ci95: [number, number] | null;
  /** (U − L)/2 in percentage points, as HMICFRS prints "± h"; null when Σx = 0. */
  halfWidthPoints: number | null;
  /** R(1 − R)/V capped at Σx, Σx when V = 0; null when Σx = 0. Not rounded. */
  effectiveN: number | null;
  /** V₀ / (R(1 − R)/Σx); null when Σx = 0 or R is 0 or 1. */
  designEffect: number | null;
  /** Linearised variance of R (with the finite-population factors); null when Σx = 0. */
  variance: number | null;
  /** Indexes of strata with n_h = 1 < N_h (variance centred at 0). */
  singleRecordStrata: number[];
}

/**
 * The combined ratio estimator of stratified cluster sampling: each sampled
 * record is a cluster of crimes, w_h = N_h / n_h, R = Σ w y / Σ w x, variance by
 * linearisation with residuals e = y − R x (Cochran 1977 §6.11; Lohr 2010 §4.5,
 * §9.1), then Wilson's interval on the effective number of crimes R(1 − R)/V
 * ("modified Wilson", Korn & Graubard 1998). Records are summed in the order given,
 * so a worksheet of one row per record reproduces the
 * weighted proportion bit for bit.
 */
export function crimeRatio(populations: readonly number[], records: readonly ClusterCount[], z = Z95): RatioEstimate {
  const byStratum: ClusterCount[][] = populations.map(() => []);
  for (const r of records) byStratum[r.stratum]!.push(r);
  const weights = populations.map((N, h) => N / byStratum[h]!.length);
  let crimes = 0;
  let successes = 0;
  let X = 0;
  let Y = 0;
  for (const r of records) {
    const w = weights[r.stratum]!;
    crimes += r.x;
    successes += r.y;
    X += w * r.x;
    Y += w * r.y;
  }
  const singleRecordStrata = byStratum.flatMap((s, h) => (s.length === 1 && populations[h]! > 1 ? [h] : []));
  if (crimes === 0 || X === 0) {
    return { crimes, successes, rate: null, ci95: null, halfWidthPoints: null, effectiveN: null, designEffect: null, variance: null, singleRecordStrata };
  }
  // Equal weights cancel: the plain ratio avoids summing w many times (and is what
  // the one-crime-per-record rate has always been, to the last bit).
  const used = weights.filter((_, h) => byStratum[h]!.length > 0);
  const R = used.every((w) => w === used[0]) ? successes / crimes : Y / X;
  let sum = 0;
  let sum0 = 0;
  for (let h = 0; h < populations.length; h++) {
    const term = stratumTerm(populations[h]!, byStratum[h]!, R);
    sum += term.withFpc;
    sum0 += term.withoutFpc;
  }
  const V = sum / (X * X);
  const V0 = sum0 / (X * X);
  const pq = R * (1 - R);
  const effectiveN = V > 0 && pq > 0 ? Math.min(crimes, pq / V) : crimes;
  const ci95 = wilson(R * effectiveN, effectiveN, z);
  const designEffect = pq > 0 ? V0 / (pq / crimes) : null;
  return {
    crimes,
    successes,
    rate: R,
    ci95,
    halfWidthPoints: ci95 ? ((ci95[1] - ci95[0]) / 2) * 100 : null,
    effectiveN,
    designEffect,
    variance: V,
    singleRecordStrata,
  };
}

/**
 * N_h² (1 − n_h/N_h) s_h² / n_h, and the same without (1 − n_h/N_h) for V₀.
 * s_h² is centred on the stratum's own mean residual; with one record it is e²
 * (centred at 0), the conservative choice when no spread can be measured.
 */
function stratumTerm(N: number, records: readonly ClusterCount[], R: number): { withFpc: number; withoutFpc: number } {
  const n = records.length;
  if (n === 0) return { withFpc: 0, withoutFpc: 0 };
  let s2: number;
  if (n === 1) {
    const e = records[0]!.y - R * records[0]!.x;
    s2 = e * e;
  } else {
    let mean = 0;
    for (const r of records) mean += r.y - R * r.x;
    mean /= n;
    let ss = 0;
    for (const r of records) {
      const d = r.y - R * r.x - mean;
      ss += d * d;
    }
    s2 = ss / (n - 1);
  }
  const withoutFpc = (N * N * s2) / n;
  const fpc = n >= N ? 0 : 1 - n / N;
  return { withFpc: withoutFpc * fpc, withoutFpc };
}
