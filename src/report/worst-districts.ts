import { districtVerdict } from './panel/district-verdict.js';
import type { Report } from './schema.js';

export interface DistrictShortfall {
  key: string;
  /** Rules with a threshold whose whole 95% interval in this district is below it, lowest rate first. */
  below: { ruleId: string; rate: number; threshold: number; ci95: [number, number] | null }[];
}

export interface DistrictRanking {
  /** Districts clearly below a threshold, worst first (at most `limit`). */
  worst: DistrictShortfall[];
  /**
   * (district, rule) pairs whose point rate is under the threshold but whose interval
   * reaches it: too few records to say (the panel's "cannot say at this size").
   */
  unclear: { key: string; ruleId: string; rate: number }[];
}

/**
 * Districts judged as the panel report judges them (district-verdict.ts): a district is
 * below a rule's threshold only when its whole interval is — a point rate from 2 of 7
 * records ranks nothing. Ranked by how many rules they fall below, then by their lowest
 * rate, then key. Suppressed cells carry no rate and are never counted.
 */
export function rankDistricts(report: Report, limit = 3): DistrictRanking {
  const thresholds = new Map(report.rules.flatMap((r) => (r.threshold === null ? [] : [[r.id, r.threshold] as const])));
  const ranked: DistrictShortfall[] = [];
  const unclear: DistrictRanking['unclear'] = [];
  for (const entry of report.breakdowns.district) {
    const below: DistrictShortfall['below'] = [];
    for (const [ruleId, cell] of Object.entries(entry.rules)) {
      const threshold = thresholds.get(ruleId);
      const rate = cell.rate;
      if (threshold === undefined || rate === null || rate === undefined || rate >= threshold) continue;
      const verdict = districtVerdict(cell, threshold);
      if (verdict === 'below') below.push({ ruleId, rate, threshold, ci95: cell.ci95 ?? null });
      else if (verdict === 'unclear') unclear.push({ key: entry.key, ruleId, rate });
    }
    if (below.length === 0) continue;
    below.sort((a, b) => a.rate - b.rate || (a.ruleId < b.ruleId ? -1 : 1));
    ranked.push({ key: entry.key, below });
  }
  ranked.sort(
    (a, b) => b.below.length - a.below.length || a.below[0]!.rate - b.below[0]!.rate || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  unclear.sort((a, b) => a.rate - b.rate || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) || (a.ruleId < b.ruleId ? -1 : 1));
  return { worst: ranked.slice(0, limit), unclear };
}
