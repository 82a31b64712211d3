/**
 * Worst districts as the panel judges them: below only when the whole 95% interval
 * is under the threshold; a short point rate from a few records is "too few to say".
 */
import { describe, expect, it } from 'vitest';
import { rankDistricts } from '../../src/report/worst-districts.js';
import { wilson } from '../../src/report/stats/wilson.js';
import type { Report } from '../../src/report/schema.js';

type Cells = Record<string, Record<string, { passed: number; applicable: number } | 'suppressed'>>;

function reportOf(cells: Cells, thresholds: Record<string, number | null>): Report {
  const district = Object.entries(cells).map(([key, rules]) => ({
    key,
    rules: Object.fromEntries(
      Object.entries(rules).map(([id, c]) =>
        c === 'suppressed'
          ? [id, { applicable: 3, passed: null, failed: null, rate: null, ci95: null, suppressed: true }]
          : [id, { applicable: c.applicable, passed: c.passed, failed: c.applicable - c.passed, rate: c.passed / c.applicable, ci95: wilson(c.passed, c.applicable) }],
      ),
    ),
  }));
  const rules = Object.entries(thresholds).map(([id, threshold]) => ({ id, threshold }));
  return { rules, breakdowns: { district } } as unknown as Report;
}

interface Case {
  name: string;
  cells: Cells;
  worst: [string, string[]][];
  unclear: [string, string][];
}

describe('rankDistricts', () => {
  it.each<Case>([
    {
      name: '2 of 7 (interval 8%–64%) is below; 6 of 7 (interval reaches 95%) cannot say',
      cells: { Kirklees: { 'NCRS-001': { passed: 2, applicable: 7 } }, Leeds: { 'NCRS-001': { passed: 6, applicable: 7 } } },
      worst: [['Kirklees', ['NCRS-001']]],
      unclear: [['Leeds', 'NCRS-001']],
    },
    {
      name: '930 of 1,000 is below 95%; 940 of 1,000 (interval reaches 95.3%) cannot say; 960 meets; no threshold, not ranked',
      cells: { Leeds: { 'NCRS-001': { passed: 930, applicable: 1000 }, 'HOCR-001': { passed: 1, applicable: 10 } }, Wakefield: { 'NCRS-001': { passed: 940, applicable: 1000 } }, Bradford: { 'NCRS-001': { passed: 960, applicable: 1000 } } },
      worst: [['Leeds', ['NCRS-001']]],
      unclear: [['Wakefield', 'NCRS-001']],
    },
    {
      name: 'more rules below ranks first; a suppressed cell is never counted',
      cells: {
        A: { 'NCRS-001': { passed: 80, applicable: 100 }, 'NCRS-002': 'suppressed' },
        B: { 'NCRS-001': { passed: 85, applicable: 100 }, 'NCRS-002': { passed: 85, applicable: 100 } },
      },
      worst: [['B', ['NCRS-001', 'NCRS-002']], ['A', ['NCRS-001']]],
      unclear: [],
    },
  ])('$name', ({ cells, worst, unclear }) => {
    const ranking = rankDistricts(reportOf(cells, { 'NCRS-001': 0.95, 'NCRS-002': 0.95, 'HOCR-001': null }));
    expect(ranking.worst.map((w) => [w.key, w.below.map((b) => b.ruleId)])).toEqual(worst);
    expect(ranking.unclear.map((u) => [u.key, u.ruleId])).toEqual(unclear);
  });
});
