/** Calendar days (YYYY-MM-DD) and months (YYYY-MM) in Europe/London, as the spec counts them. */
import { DateTime } from 'luxon';

export const LONDON = 'Europe/London';

export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return DateTime.fromISO(value, { zone: LONDON }).isValid;
}

export function isPeriod(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

/** The Europe/London calendar day of an instant. */
export function londonDay(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: LONDON }).toFormat('yyyy-MM-dd');
}

/** Last day of a YYYY-MM month. */
export function lastDayOfPeriod(period: string): string {
  return DateTime.fromISO(`${period}-01`, { zone: LONDON }).endOf('month').toFormat('yyyy-MM-dd');
}

/** An epoch-ms instant as Europe/London wall-clock time, `2026-10-03 14:05`. */
export function formatLondon(ms: number | undefined): string {
  if (ms === undefined) return '';
  return DateTime.fromMillis(ms, { zone: LONDON }).toFormat('yyyy-MM-dd HH:mm');
}
