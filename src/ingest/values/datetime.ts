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
  hour: number,
  minute: number,
  second: number,
  fraction: string | undefined,
  offset: string | undefined,
): number {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
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
    const fast = isoFast(text);
    if (fast !== undefined) return fast;
    const m = ISO.exec(text);
    if (m) return build(+m[1]!, +m[2]!, +m[3]!, num(m[4]), num(m[5]), num(m[6]), m[7], m[8]);
    if (format === 'iso') return NaN;
  }
  const m = SLASHED.exec(text);
  if (!m) return NaN;
  const monthFirst = format === 'month-first';
  const day = monthFirst ? +m[2]! : +m[1]!;
  const month = monthFirst ? +m[1]! : +m[2]!;
  return build(+m[3]!, month, day, num(m[4]), num(m[5]), num(m[6]), m[7], undefined);
}

function num(digits: string | undefined): number {
  return digits === undefined ? 0 : Number(digits);
}

/** Value of the two ASCII digits at i, or NaN. */
function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : NaN;
}

/**
 * The hot path: `YYYY-MM-DD HH:MM[:SS]` (or T/t) without fraction or offset,
 * read with charCodeAt instead of the regular expression (no substrings). Gives
 * exactly what the ISO expression gives for these shapes; undefined for any
 * other shape, which then goes through the expressions.
 */
function isoFast(s: string): number | undefined {
  const n = s.length;
  if (n !== 16 && n !== 19) return undefined;
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(13) !== 58) return undefined;
  const sep = s.charCodeAt(10);
  if (sep !== 84 && sep !== 116 && sep !== 32) return undefined;
  if (n === 19 && s.charCodeAt(16) !== 58) return undefined;
  const year = two(s, 0) * 100 + two(s, 2);
  const month = two(s, 5);
  const day = two(s, 8);
  const hour = two(s, 11);
  const minute = two(s, 14);
  const second = n === 19 ? two(s, 17) : 0;
  if (Number.isNaN(year + month + day + hour + minute + second)) return undefined;
  return build(year, month, day, hour, minute, second, undefined, undefined);
}
