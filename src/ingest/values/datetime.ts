import { londonWallClockToEpoch } from './london-time.js';

/** Which datetime spellings a column accepts (a profile setting; `auto` = both). */
export const DATE_FORMATS = ['auto', 'iso', 'day-first', 'month-first'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

// ISO 8601: date, optional time (T, t or space), seconds, fraction, and Z / ±hh[:mm].
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?([Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;
// UK day-first (or US month-first): one- or two-digit day and month, four-digit
// year, optional time; no offset allowed (record.md).
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month === 2 && (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 0;
}

function toMs(fraction: string | undefined): number {
  if (fraction === undefined) return 0;
  return Math.floor(Number((fraction + '00').slice(0, 3)));
}

function parseOffsetMs(offset: string): number {
  if (offset === 'Z' || offset === 'z') return 0;
  const sign = offset[0] === '-' ? -1 : 1;
  const hours = Number(offset.slice(1, 3));
  const minutes = offset.length > 3 ? Number(offset.slice(-2)) : 0;
  if (hours > 23 || minutes > 59) return NaN;
  return sign * (hours * 60 + minutes) * 60_000;
}

function build(
  year: number,
  month: number,
  day: number,
  hh: string | undefined,
  mm: string | undefined,
  ss: string | undefined,
  fraction: string | undefined,
  offset: string | undefined,
): number {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  const hour = hh === undefined ? 0 : Number(hh);
  const minute = mm === undefined ? 0 : Number(mm);
  const second = ss === undefined ? 0 : Number(ss);
  if (hour > 23 || minute > 59 || second > 59) return NaN;
  const local = Date.UTC(year, month - 1, day, hour, minute, second, toMs(fraction));
  // Date.UTC maps years 0-99 to 1900-1999; our regexes demand four digits, so
  // only years 0000-0099 would be affected: treat them as not a date.
  if (year < 100) return NaN;
  if (offset !== undefined) return local - parseOffsetMs(offset);
  return londonWallClockToEpoch(local);
}

/**
 * Parse a trimmed, non-empty datetime cell to epoch ms; NaN when it is not a
 * date in the accepted spellings (record.md "Values").
 */
export function parseDatetime(text: string, format: DateFormat = 'auto'): number {
  if (format === 'auto' || format === 'iso') {
    const m = ISO.exec(text);
    if (m) return build(+m[1]!, +m[2]!, +m[3]!, m[4], m[5], m[6], m[7], m[8]);
    if (format === 'iso') return NaN;
  }
  const m = SLASHED.exec(text);
  if (!m) return NaN;
  const monthFirst = format === 'month-first';
  const day = monthFirst ? +m[2]! : +m[1]!;
  const month = monthFirst ? +m[1]! : +m[2]!;
  return build(+m[3]!, month, day, m[4], m[5], m[6], m[7], undefined);
}
