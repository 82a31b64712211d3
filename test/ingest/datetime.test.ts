import { describe, expect, it } from 'vitest';
import { parseDatetime, type DateFormat } from '../../src/ingest/values/datetime.js';

const utc = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0): number =>
  Date.UTC(y, mo - 1, d, h, mi, s, ms);
const HOUR = 3_600_000;

describe('parseDatetime: accepted spellings (Europe/London wall clock unless an offset is given)', () => {
  it.each([
    // ISO 8601, BST in October (UTC+1)
    ['2026-10-03T14:05', utc(2026, 10, 3, 13, 5)],
    ['2026-10-03 14:05:00', utc(2026, 10, 3, 13, 5)],
    ['2026-10-03t14:05:07', utc(2026, 10, 3, 13, 5, 7)],
    ['2026-10-03T14:05:07.5', utc(2026, 10, 3, 13, 5, 7, 500)],
    ['2026-10-03T14:05:07,123456', utc(2026, 10, 3, 13, 5, 7, 123)],
    ['2026-10-03T14:05Z', utc(2026, 10, 3, 14, 5)],
    ['2026-10-03T14:05z', utc(2026, 10, 3, 14, 5)],
    ['2026-10-03T14:05:00+01:00', utc(2026, 10, 3, 13, 5)],
    ['2026-10-03T14:05:00+0100', utc(2026, 10, 3, 13, 5)],
    ['2026-10-03T14:05:00-05:30', utc(2026, 10, 3, 19, 35)],
    ['2026-10-03T14:05+00', utc(2026, 10, 3, 14, 5)],
    // GMT in winter
    ['2026-12-01T09:00', utc(2026, 12, 1, 9)],
    // date only: start of the London day
    ['2026-10-03', utc(2026, 10, 2, 23)],
    ['2026-01-15', utc(2026, 1, 15)],
    // UK day-first, one- or two-digit day and month
    ['03/10/2026 14:05', utc(2026, 10, 3, 13, 5)],
    ['3/10/2026 9:05:00', utc(2026, 10, 3, 8, 5)],
    ['3/1/2026 09:05', utc(2026, 1, 3, 9, 5)],
    ['03/10/2026', utc(2026, 10, 2, 23)],
    ['29/02/2028 12:00', utc(2028, 2, 29, 12)],
  ])('%s', (text, expected) => {
    expect(parseDatetime(text)).toBe(expected);
  });
});

describe('parseDatetime: rejected spellings', () => {
  it.each([
    '31/02/2026',
    '29/02/2026',
    '2026-02-30',
    '2026-13-01',
    '2026-00-10',
    '03/10/26',
    '3/10/26 14:05',
    '26-10-03',
    '2026-10-03T24:00',
    '03/10/2026 24:00',
    '2026-10-03T12:60',
    '2026-10-03T12:00:60',
    '03/10/2026 14:05Z',
    '03/10/2026 14:05+01:00',
    '2026-10-03T14:05+25:00',
    '2026-10-03 14',
    '2026/10/03',
    'yesterday',
    '0099-01-01',
    '2026-10-03T14:05:00 +01:00',
  ])('%s', (text) => {
    expect(parseDatetime(text)).toBeNaN();
  });
});

describe('parseDatetime: clock changes (record.md)', () => {
  it('2026-10-25 has 25 hours: 00:30 to 00:30 next day is 25h', () => {
    expect(parseDatetime('2026-10-26T00:30') - parseDatetime('2026-10-25T00:30')).toBe(25 * HOUR);
    expect(parseDatetime('26/10/2026 00:30') - parseDatetime('25/10/2026 00:30')).toBe(25 * HOUR);
  });

  it('2026-03-29 has 23 hours', () => {
    expect(parseDatetime('2026-03-30T00:30') - parseDatetime('2026-03-29T00:30')).toBe(23 * HOUR);
  });

  it.each([
    // the repeated hour is its first (BST) occurrence
    ['2026-10-25T01:00', utc(2026, 10, 25, 0, 0)],
    ['2026-10-25T01:30', utc(2026, 10, 25, 0, 30)],
    ['2026-10-25T01:59:59', utc(2026, 10, 25, 0, 59, 59)],
    ['2026-10-25T00:59', utc(2026, 10, 24, 23, 59)],
    ['2026-10-25T02:00', utc(2026, 10, 25, 2, 0)],
    ['25/10/2026 1:30', utc(2026, 10, 25, 0, 30)],
    // the skipped hour moves forward by one hour
    ['2026-03-29T01:00', utc(2026, 3, 29, 1, 0)],
    ['2026-03-29T01:30', utc(2026, 3, 29, 1, 30)],
    ['2026-03-29T00:59', utc(2026, 3, 29, 0, 59)],
    ['2026-03-29T02:00', utc(2026, 3, 29, 1, 0)],
    ['2026-03-29T02:30', utc(2026, 3, 29, 1, 30)],
    ['29/03/2026 01:30', utc(2026, 3, 29, 1, 30)],
    // explicit offsets bypass the zone rules
    ['2026-10-25T01:30:00+00:00', utc(2026, 10, 25, 1, 30)],
    ['2026-10-25T01:30:00+01:00', utc(2026, 10, 25, 0, 30)],
    // other years' transitions (last Sundays)
    ['2025-10-26T01:30', utc(2025, 10, 26, 0, 30)],
    ['2025-03-30T01:30', utc(2025, 3, 30, 1, 30)],
  ])('%s', (text, expected) => {
    expect(parseDatetime(text)).toBe(expected);
  });

  it('is stable on repeated calls (the per-hour cache)', () => {
    const first = parseDatetime('2026-10-25T01:30');
    for (let i = 0; i < 3; i++) expect(parseDatetime('2026-10-25T01:30')).toBe(first);
  });
});

describe('parseDatetime: profile date formats', () => {
  const cases: [DateFormat, string, number][] = [
    ['iso', '2026-10-03T14:05', utc(2026, 10, 3, 13, 5)],
    ['iso', '03/10/2026 14:05', NaN],
    ['day-first', '03/10/2026 14:05', utc(2026, 10, 3, 13, 5)],
    ['day-first', '2026-10-03T14:05', NaN],
    ['month-first', '10/03/2026 14:05', utc(2026, 10, 3, 13, 5)],
    ['month-first', '13/03/2026', NaN],
    ['auto', '10/03/2026', utc(2026, 3, 10)],
  ];
  it.each(cases)('%s %s', (format, text, expected) => {
    expect(parseDatetime(text, format)).toBe(expected);
  });
});
