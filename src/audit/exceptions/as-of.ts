import { UsageError } from '../../errors.js';
import { isCalendarDay, lastDayOfPeriod, londonDay } from '../../ingest/values/calendar.js';

/**
 * The day exceptions expire against when `--as-of` is not given: the last day of
 * `--period` (so re-running last month's audit gives last month's report), else
 * today in Europe/London.
 */
export function defaultAsOf(period: string | null | undefined, today: Date): string {
  return period ? lastDayOfPeriod(period) : londonDay(today);
}

/** Validates an `--as-of` value. */
export function parseAsOf(value: string): string {
  const day = value.trim();
  if (!isCalendarDay(day)) throw new UsageError(`--as-of '${value}' is not a date written YYYY-MM-DD`);
  return day;
}
