/**
 * Filter values that matched no record (rules.md "Status"): a mistyped
 * `--district Leds` or an empty `--period` must not pass quietly as an audit of
 * nothing, so each is named with the closest value the input does hold.
 */
import { DateTime } from 'luxon';
import { distance } from '../suggest.js';
import type { CanonicalRecord } from '../model/record.js';
import { periodBounds, type RecordFilter } from '../ingest/index.js';

export class FilterMatches {
  /** Lower-cased district -> its first spelling seen, over every readable record. */
  private readonly districts = new Map<string, string>();
  private readonly wanted: Map<string, string>;
  private readonly bounds: [number, number] | null;
  private inPeriod = 0;
  private latestBefore: number | undefined;
  private earliestAfter: number | undefined;

  constructor(private readonly period: string | null, districts: readonly string[]) {
    this.wanted = new Map(districts.map((d) => [d.trim().toLowerCase(), d]));
    this.bounds = period ? periodBounds(period) : null;
  }

  /** Wraps a filter so it also notes what every record it sees holds. */
  observing(keep: RecordFilter | null): RecordFilter | null {
    if (!keep) return null;
    return (record) => {
      this.observe(record);
      return keep(record);
    };
  }

  private observe(record: CanonicalRecord): void {
    if (this.wanted.size > 0 && record.district !== undefined) {
      const key = record.district.toLowerCase();
      if (!this.districts.has(key)) this.districts.set(key, record.district);
    }
    const at = record.reported_at;
    if (this.bounds && at !== undefined) {
      if (at < this.bounds[0]) this.latestBefore = Math.max(this.latestBefore ?? at, at);
      else if (at >= this.bounds[1]) this.earliestAfter = Math.min(this.earliestAfter ?? at, at);
      else this.inPeriod++;
    }
  }

  /** One warning per filter value no record matched, in the order given. */
  warnings(): string[] {
    const out: string[] = [];
    if (this.period !== null && this.bounds && this.inPeriod === 0) {
      out.push(`no record was reported in ${this.period} (closest: ${this.closestMonth() ?? 'no record has a reported_at'})`);
    }
    for (const [key, given] of this.wanted) {
      if (this.districts.has(key)) continue;
      out.push(`no record has district '${given}' (closest: ${this.closestDistrict(key) ?? 'no record has a district'})`);
    }
    return out;
  }

  private closestMonth(): string | undefined {
    const [start, end] = this.bounds!;
    const before = this.latestBefore;
    const after = this.earliestAfter;
    const pick = before === undefined ? after : after === undefined ? before : start - before <= after - end ? before : after;
    return pick === undefined ? undefined : DateTime.fromMillis(pick, { zone: 'Europe/London' }).toFormat('yyyy-MM');
  }

  private closestDistrict(key: string): string | undefined {
    let best: { key: string; d: number } | undefined;
    for (const candidate of this.districts.keys()) {
      const d = distance(key, candidate);
      if (!best || d < best.d || (d === best.d && candidate < best.key)) best = { key: candidate, d };
    }
    return best ? this.districts.get(best.key) : undefined;
  }
}
