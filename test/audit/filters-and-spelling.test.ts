/** record.md filters (Europe/London months, case-insensitive districts) and report.md district spellings. */
import { describe, expect, it } from 'vitest';
import { DistrictSpellings } from '../../src/audit/district-spelling.js';
import { makeRecordFilter, periodBounds } from '../../src/ingest/records/filters.js';
import type { CanonicalRecord } from '../../src/model/record.js';

const record = (over: Partial<CanonicalRecord>): CanonicalRecord => ({ extra: new Map(), ...over });
const at = (iso: string) => Date.parse(iso);

describe('periodBounds: a Europe/London calendar month', () => {
  it.each([
    ['2026-10', '2026-09-30T23:00:00Z', '2026-10-31T24:00:00Z'], // starts in BST, ends in GMT
    ['2026-03', '2026-03-01T00:00:00Z', '2026-03-31T23:00:00Z'], // starts in GMT, ends in BST
    ['2026-12', '2026-12-01T00:00:00Z', '2027-01-01T00:00:00Z'],
  ])('%s', (period, start, end) => {
    expect(periodBounds(period)).toEqual([at(start), at(end)]);
  });

  it.each(['2026-13', '2026-1', '26-10', '2026/10', ''])('%j is a usage error', (period) => {
    expect(() => periodBounds(period)).toThrow(/--period/);
  });
});

describe('makeRecordFilter', () => {
  const keep = makeRecordFilter({ period: '2026-10', districts: ['leeds', ' Wakefield '] })!;
  it.each([
    ['first minute of October (BST)', record({ reported_at: at('2026-09-30T23:00:00Z'), district: 'Leeds' }), true],
    ['last minute of September', record({ reported_at: at('2026-09-30T22:59:59Z'), district: 'Leeds' }), false],
    ['last second of October (GMT)', record({ reported_at: at('2026-10-31T23:59:59Z'), district: 'WAKEFIELD' }), true],
    ['first second of November', record({ reported_at: at('2026-11-01T00:00:00Z'), district: 'Leeds' }), false],
    ['no reported_at is outside every period', record({ district: 'Leeds' }), false],
    ['another district', record({ reported_at: at('2026-10-10T10:00:00Z'), district: 'Bradford' }), false],
    ['no district matches none', record({ reported_at: at('2026-10-10T10:00:00Z') }), false],
  ])('%s', (_name, r, kept) => {
    expect(keep(r)).toBe(kept);
  });

  it('is null when there is nothing to filter', () => {
    expect(makeRecordFilter({})).toBeNull();
    expect(makeRecordFilter({ period: null, districts: [] })).toBeNull();
  });
});

describe('district spellings', () => {
  it.each([
    [['Leeds', 'LEEDS', 'Leeds', 'leeds'], 'leeds', 'Leeds'],
    [['LEEDS', 'Leeds'], 'leeds', 'LEEDS'], // a tie: the alphabetically first, whatever the order
    [['Leeds', 'LEEDS'], 'leeds', 'LEEDS'],
    [['Kirklees', undefined, 'kirklees', 'kirklees'], 'kirklees', 'kirklees'],
  ])('%j -> %s shown as %s', (spellings, key, shown) => {
    const s = new DistrictSpellings();
    for (const d of spellings) s.add(d);
    expect(s.resolve().get(key)).toBe(shown);
    expect(s.resolve().size).toBe(1);
  });
});
