import type { Report } from './schema.js';

export interface DistrictShortfall {
  key: string;
  /** Rules with a threshold whose rate in this district is below it, lowest rate first. */
  below: { ruleId: string; rate: number; threshold: number; ci95: [number, number] | null }[];
}

/**
 * Districts ranked by how many thresholded rules they fall below (then by their
 * lowest rate, then key). Suppressed cells are never counted: they carry no rate.
 */
export function worstDistricts(report: Report, limit = 3): DistrictShortfall[] {
  const thresholds = new Map(report.rules.flatMap((r) => (r.threshold === null ? [] : [[r.id, r.threshold] as const])));
  const ranked: DistrictShortfall[] = [];
  for (const entry of report.breakdowns.district) {
    const below: DistrictShortfall['below'] = [];
    for (const [ruleId, cell] of Object.entries(entry.rules)) {
      const threshold = thresholds.get(ruleId);
      const rate = cell.rate;
      if (threshold === undefined || rate === null || rate === undefined || rate >= threshold) continue;
      below.push({ ruleId, rate, threshold, ci95: cell.ci95 ?? null });
    }
    if (below.length === 0) continue;
    below.sort((a, b) => a.rate - b.rate || (a.ruleId < b.ruleId ? -1 : 1));
    ranked.push({ key: entry.key, below });
  }
  ranked.sort(
    (a, b) => b.below.length - a.below.length || a.below[0]!.rate - b.below[0]!.rate || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return ranked.slice(0, limit);
}
