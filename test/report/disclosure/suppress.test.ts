/** Primary and secondary suppression, case by case (report.md `--public`; docs/decisions.md). */
import { describe, expect, it } from 'vitest';
import { isPrimarySuppressed, suppressDimension, type CellCounts } from '../../../src/report/disclosure/suppress.js';

const c = (applicable: number, failed: number): CellCounts => ({ applicable, failed });

describe('isPrimarySuppressed', () => {
  it.each([
    [c(0, 0), false],
    [c(10, 0), false],
    [c(10, 1), true],
    [c(10, 4), true],
    [c(10, 5), false],
    [c(10, 6), true], // passed 4
    [c(10, 10), false],
    [c(3, 0), true], // passed 3
  ])('%o -> %s', (cell, hidden) => {
    expect(isPrimarySuppressed(cell)).toBe(hidden);
  });
});

describe('suppressDimension', () => {
  it.each<[string, CellCounts, CellCounts[], boolean[]]>([
    ['nothing small: nothing hidden', c(60, 20), [c(30, 10), c(30, 10)], [false, false]],
    ['one hidden alone: the smallest shown goes too', c(60, 12), [c(30, 2), c(20, 5), c(10, 5)], [true, false, true]],
    ['two hidden adding up to 3 failures: the smallest shown joins them', c(75, 15), [c(30, 2), c(10, 1), c(20, 6), c(15, 6)], [true, true, false, true]],
    ['two hidden with 0 failures in all: one with failures joins them', c(50, 10), [c(3, 0), c(4, 0), c(20, 5), c(23, 5)], [true, true, true, false]],
    ['no failure anywhere: that side is not counted', c(50, 0), [c(3, 0), c(4, 0), c(43, 0)], [true, true, false]],
    ['hidden total: only "exactly one" applies', c(40, 3), [c(20, 3), c(20, 0)], [true, true]],
    ['one entry only: nothing more to hide', c(3, 1), [c(3, 1)], [true]],
    ['ties: the earlier entry first', c(45, 15), [c(15, 2), c(15, 6), c(15, 7)], [true, true, false]],
  ])('%s', (_name, total, entries, hidden) => {
    expect(suppressDimension(total, entries)).toEqual(hidden);
  });
});
