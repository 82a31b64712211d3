/**
 * The crime recording rate and its domains from complete records (review.md): one
 * estimator, fed per domain with the crimes of that domain (zero for a record
 * with none, which still counts in the variance).
 */
import { crimeRatio, type ClusterCount } from '../stats/crime-ratio.js';
import { offenceGroup } from './offence-group.js';
import type { CrimeVerdict, SampledRecord } from './records.js';
import type { StrataTable } from './strata.js';
import type { ReviewCell, ReviewDimension } from './types.js';

export const ALL = '(all)';
const NONE = '(none)';

/** Complete records placed in their strata: what every estimate is computed from. */
export class EstimationFrame {
  readonly populations: number[] = [];
  private readonly placed: { stratum: number; record: SampledRecord }[] = [];

  constructor(table: StrataTable, records: readonly SampledRecord[]) {
    const index = new Map(table.entries.map((e, i) => [e, i]));
    this.populations = table.entries.map((e) => e.population);
    for (const record of records) {
      if (!record.complete) continue;
      const entry = table.get(record.frame, record.stratum);
      if (entry && entry.sample > 0) this.placed.push({ stratum: index.get(entry)!, record });
    }
  }

  get records(): number {
    return this.placed.length;
  }

  /**
   * One estimate: `inDomain` picks the crimes counted (x), `success` the ones
   * counted as successes (y) among them.
   */
  cell(key: string, inDomain: (c: CrimeVerdict, r: SampledRecord) => boolean, success: (c: CrimeVerdict) => boolean): ReviewCell {
    let records = 0;
    const counts: ClusterCount[] = this.placed.map(({ stratum, record }) => {
      let x = 0;
      let y = 0;
      for (const c of record.crimes) {
        if (!inDomain(c, record)) continue;
        x++;
        if (success(c)) y++;
      }
      if (x > 0) records++;
      return { stratum, x, y };
    });
    const e = crimeRatio(this.populations, counts);
    return {
      key,
      crimes: e.crimes,
      successes: e.successes,
      records,
      rate: e.rate,
      ci95: e.ci95,
      halfWidth: e.halfWidthPoints,
      effectiveN: e.effectiveN,
      designEffect: e.designEffect,
    };
  }

  /**
   * One domain per sampling stratum, in the worksheets' order (a label shared by
   * several frames is one domain): the rate each stratum's sample gives, with the
   * same variance sums as every other domain.
   */
  strata(labels: readonly string[], success: (c: CrimeVerdict) => boolean): ReviewCell[] {
    return labels.map((label) => this.cell(label, (_c, r) => r.stratum === label, success));
  }

  /** The domains of one dimension, by key (grouped case-insensitively, most frequent spelling shown). */
  domains(dimension: ReviewDimension, success: (c: CrimeVerdict) => boolean): ReviewCell[] {
    const keyOf = dimension === 'district' ? (_c: CrimeVerdict, r: SampledRecord) => r.district.trim() || NONE : (c: CrimeVerdict) => offenceGroup(c.offenceCode);
    const spellings = new Map<string, Map<string, number>>();
    for (const { record } of this.placed) {
      for (const c of record.crimes) {
        const spelled = keyOf(c, record);
        const folded = spelled.toLowerCase();
        const m = spellings.get(folded) ?? new Map<string, number>();
        m.set(spelled, (m.get(spelled) ?? 0) + 1);
        spellings.set(folded, m);
      }
    }
    return [...spellings.keys()].sort().map((folded) =>
      this.cell(mostFrequent(spellings.get(folded)!), (c, r) => keyOf(c, r).toLowerCase() === folded, success),
    );
  }
}

function mostFrequent(counts: Map<string, number>): string {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}
