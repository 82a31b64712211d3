/**
 * --period / --district filters (record.md), and --record-type for the workflow
 * commands: applied before evaluation.
 * A period is a Europe/London calendar month; a record without reported_at is
 * outside every period; districts match case-insensitively, absent matches none.
 */
import { DateTime } from 'luxon';
import { UsageError } from '../../errors.js';
import type { CanonicalRecord } from '../../model/record.js';

export interface RecordFilterOptions {
  period?: string | null;
  districts?: string[];
  /** Keep only this record_type (lower-case), or null for all (sample, diff). */
  recordType?: string | null;
}

export type RecordFilter = (record: CanonicalRecord) => boolean;

/** [start, end) of a YYYY-MM month in Europe/London, as epoch ms. */
export function periodBounds(period: string): [number, number] {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(period);
  if (!match) throw new UsageError(`--period '${period}' is not a month in the form YYYY-MM (e.g. 2026-10)`);
  const start = DateTime.fromObject({ year: Number(match[1]), month: Number(match[2]), day: 1 }, { zone: 'Europe/London' });
  return [start.toMillis(), start.plus({ months: 1 }).toMillis()];
}

/** A predicate that keeps a record, or null when there is nothing to filter. */
export function makeRecordFilter(options: RecordFilterOptions): RecordFilter | null {
  const bounds = options.period ? periodBounds(options.period) : null;
  const districts = options.districts?.length ? new Set(options.districts.map((d) => d.trim().toLowerCase())) : null;
  const recordType = options.recordType ?? null;
  if (!bounds && !districts && recordType === null) return null;
  return (record) => {
    if (recordType !== null && record.record_type !== recordType) return false;
    if (bounds) {
      const at = record.reported_at;
      if (at === undefined || at < bounds[0] || at >= bounds[1]) return false;
    }
    if (districts) {
      if (record.district === undefined || !districts.has(record.district.toLowerCase())) return false;
    }
    return true;
  };
}
