/**
 * parseDatetime reads the common ISO shapes without its regular expression; it
 * must agree with the expression path exactly. Adding a zero fraction (".0")
 * sends the same instant through the expression, so the two can be compared.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDatetime } from '../../src/ingest/values/datetime.js';

const d2 = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
const shape = fc.record({
  year: fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(1900, 2000, 2024, 2026, 2100)).map((n) => String(n).padStart(4, '0')),
  month: fc.oneof(d2, fc.constantFrom('02', '03', '10', '12')),
  day: fc.oneof(d2, fc.constantFrom('29', '30', '31', '25', '26')),
  hour: fc.oneof(d2, fc.constantFrom('00', '01', '02', '23', '24')),
  minute: d2,
  second: d2,
  sep: fc.constantFrom('T', 't', ' '),
  seconds: fc.boolean(),
});

describe('datetime fast path', () => {
  it('agrees with the regular-expression path', () => {
    fc.assert(
      fc.property(shape, (s) => {
        const base = `${s.year}-${s.month}-${s.day}${s.sep}${s.hour}:${s.minute}`;
        const fast = s.seconds ? `${base}:${s.second}` : base;
        const slow = s.seconds ? `${base}:${s.second}.0` : `${base}:00.0`;
        expect(parseDatetime(fast)).toBe(parseDatetime(slow));
        expect(parseDatetime(fast, 'iso')).toBe(parseDatetime(slow, 'iso'));
      }),
      { numRuns: 20_000, seed: 7 },
    );
  });

  it.each([
    ['2026-10-01 00:14:00', '2026-09-30T23:14:00.000Z'],
    ['2026-03-29T01:30', '2026-03-29T01:30:00.000Z'],
    ['2026-10-25 01:30:00', '2026-10-25T00:30:00.000Z'],
    ['2026-02-29 10:00', 'NaN'],
    ['2026-1a-01 10:00', 'NaN'],
    ['2026-10-01 24:00', 'NaN'],
  ])('%s -> %s', (text, iso) => {
    const ms = parseDatetime(text);
    expect(Number.isNaN(ms) ? 'NaN' : new Date(ms).toISOString()).toBe(iso);
  });
});
