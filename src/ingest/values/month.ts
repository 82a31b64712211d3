import { londonWallClockToEpoch } from './london-time.js';

const YEAR_MONTH = /^(\d{4})-(\d{2})$/;

/** `YYYY-MM` (police.uk's Month) -> epoch ms of the first day's start, London time; NaN if malformed. */
export function parseYearMonth(text: string): number {
  const m = YEAR_MONTH.exec(text);
  if (!m) return NaN;
  const year = +m[1]!;
  const month = +m[2]!;
  if (month < 1 || month > 12 || year < 100) return NaN;
  return londonWallClockToEpoch(Date.UTC(year, month - 1, 1));
}
