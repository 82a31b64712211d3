import { describe, expect, it } from 'vitest';
import { computeReview } from '../../src/workflow/review/index.js';
import { weightedRate } from '../../src/workflow/stats/weighted-rate.js';
import { parseWorksheet } from '../../src/workflow/worksheet/read-worksheet.js';
import { crimesWorksheet, dataLine, wilsonByHand, type RecordSpec } from './helpers/crimes.js';
import { completedWorksheet, rows150of221, type SheetRow } from './helpers/worksheet.js';

const review = (text: string, path = 'w.csv') => computeReview([parseWorksheet(text, path)]);

/**
 * The spec's variance written out plainly for records of one crime or none
 * (x ∈ {0, 1}), to check the estimator independently of its implementation.
 */
function linearisedByHand(strata: { population: number; ys: (0 | 1 | null)[] }[]): { rate: number; nEff: number } {
  // ys: null = a record with no crime (x = 0), else x = 1 and y as given.
  let X = 0;
  let Y = 0;
  let crimes = 0;
  for (const s of strata) {
    const w = s.population / s.ys.length;
    for (const y of s.ys) {
      if (y === null) continue;
      X += w;
      Y += w * y;
      crimes++;
    }
  }
  const R = Y / X;
  let sum = 0;
  for (const s of strata) {
    const n = s.ys.length;
    const e = s.ys.map((y) => (y === null ? 0 : y - R));
    const mean = e.reduce((a, b) => a + b, 0) / n;
    const s2 = e.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1);
    sum += s.population ** 2 * (1 - n / s.population) * (s2 / n);
  }
  const V = sum / X ** 2;
  return { rate: R, nEff: Math.min(crimes, (R * (1 - R)) / V) };
}

describe('one row per record: the statistic reduces to the proportion', () => {
  it('150 recorded of 221 (equal weights) → exactly 150/221, interval on the effective number of crimes', () => {
    const r = review(completedWorksheet(rows150of221()));
    expect(r.overall.rate).toBe(150 / 221);
    expect(r.overall).toMatchObject({ crimes: 221, successes: 150, records: 221 });
    expect(r.records).toMatchObject({ sampled: 300, complete: 300, leftOut: 0, withCrimes: 221 });
    // The helper's strata: 5 districts of 60 records each drawn from 600.
    const ys = (d: number) => Array.from({ length: 60 }, (_, k) => k * 5 + d).map((i) => (i < 150 ? 1 : i < 221 ? 0 : null)) as (0 | 1 | null)[];
    const hand = linearisedByHand([0, 1, 2, 3, 4].map((d) => ({ population: 600, ys: ys(d) })));
    expect(r.overall.effectiveN).toBeCloseTo(hand.nEff, 9);
    const [lo, hi] = wilsonByHand(150 / 221, hand.nEff);
    expect(r.overall.ci95![0]).toBeCloseTo(lo, 12);
    expect(r.overall.ci95![1]).toBeCloseTo(hi, 12);
    expect(r.overall.halfWidth).toBeCloseTo(((hi - lo) / 2) * 100, 10);
    expect(r.status).toBe('pass');
  });

  it('equal allocation, unequal weights: exactly the weighted rate review gave before crimes were counted', () => {
    // Leeds: 1,000 records, 10 sampled (weight 100), 7 of 8 crimes recorded; Calderdale: 90 records, 6 sampled (weight 15), 1 of 5.
    const leeds: (0 | 1 | null)[] = [1, 1, 1, 1, 1, 1, 1, 0, null, null];
    const calder: (0 | 1 | null)[] = [1, 0, 0, 0, 0, null];
    const rows: SheetRow[] = [
      ...leeds.map((y) => ({ district: 'Leeds', verdict: y === null ? { should: 'N', recorded: '' } : { should: 'Y', recorded: y ? 'Y' : 'N' } })),
      ...calder.map((y) => ({ district: 'Calderdale', verdict: y === null ? { should: 'N', recorded: '' } : { should: 'Y', recorded: y ? 'Y' : 'N' } })),
    ];
    const strata = [
      { label: 'Calderdale', population: 90, sample: 6 },
      { label: 'Leeds', population: 1000, sample: 10 },
    ];
    const r = review(completedWorksheet(rows, { allocation: 'equal', strata }));
    // Today's estimate: every Y row weighted N_h / n_h, in row order.
    const today = weightedRate([
      ...leeds.filter((y) => y !== null).map((y) => ({ success: y === 1, weight: 100 })),
      ...calder.filter((y) => y !== null).map((y) => ({ success: y === 1, weight: 15 })),
    ]);
    expect(r.overall.rate).toBe(today.rate);
    expect(r.overall.rate).toBeCloseTo((700 + 15) / (800 + 75), 15);
    const hand = linearisedByHand([
      { population: 1000, ys: leeds },
      { population: 90, ys: calder },
    ]);
    expect(r.overall.effectiveN).toBeCloseTo(hand.nEff, 9);
    const [lo, hi] = wilsonByHand(hand.rate, hand.nEff);
    expect(r.overall.ci95![0]).toBeCloseTo(lo, 12);
    expect(r.overall.ci95![1]).toBeCloseTo(hi, 12);
    // The new interval is not the old Kish one.
    expect(r.overall.ci95![0]).not.toBeCloseTo(today.ci95![0], 3);
  });

  it('reads a worksheet written before crime_seq existed (no such column)', () => {
    // Drop the 11th column (crime_seq) from the header and every row: no cell here holds a comma.
    const text = completedWorksheet(rows150of221())
      .split('\n')
      .map((l) => (l.startsWith('#') || l === '' ? l : l.split(',').filter((_, i) => i !== 10).join(',')))
      .join('\n');
    const sheet = parseWorksheet(text, 'old.csv');
    expect(sheet.columns).not.toContain('crime_seq');
    const r = computeReview([sheet]);
    expect(r.overall.rate).toBe(150 / 221);
    expect(r.problems).toEqual([]);
  });
});

describe('worksheet problems (listed with file:line, exit 1, figures from complete records)', () => {
  const strata = [
    { label: 'Leeds', population: 100, sample: 4 },
    { label: 'Wakefield', population: 50, sample: 2 },
  ];
  const good: RecordSpec[] = [
    { stratum: 'Leeds', crimes: [{ correct: 'Y' }, { correct: 'N' }] },
    { stratum: 'Leeds', crimes: [] },
    { stratum: 'Leeds', crimes: [{ correct: 'Y' }] },
    { stratum: 'Leeds', crimes: [{ correct: 'Y' }] },
    { stratum: 'Wakefield', crimes: [{ correct: 'Y' }] },
    { stratum: 'Wakefield', crimes: [{ correct: 'N' }] },
  ];
  const text = crimesWorksheet(good, strata);
  const lines = text.split('\n');
  const L = (i: number) => dataLine(2, i);
  /** The worksheet with some data rows' cells changed (no cell here holds a comma). */
  const edit = (lineNo: number, f: (cells: string[]) => void, more: [number, (cells: string[]) => void][] = []) => {
    const copy = [...lines];
    for (const [n, g] of [[lineNo, f] as const, ...more]) {
      const cells = copy[n - 1]!.split(',');
      g(cells);
      copy[n - 1] = cells.join(',');
    }
    return copy.join('\n');
  };
  const SEQ = 10;
  const SHOULD = 11;
  const CORRECT = 12;

  it('a clean worksheet passes', () => {
    const r = review(text);
    expect(r.problems).toEqual([]);
    expect(r.overall).toMatchObject({ crimes: 6, successes: 4, records: 5 });
  });

  it.each([
    {
      name: 'a record with an N row and Y rows',
      text: () => edit(L(1), (c) => ((c[SHOULD] = 'N'), (c[CORRECT] = ''))),
      want: [[L(1), 'conflict', 'should_be_crime']],
    },
    {
      name: 'two N rows',
      // The row of export.csv:4 is rewritten as a second N row of export.csv:3 (record WY-00002), numbered 1 and 2.
      text: () =>
        edit(L(2), (c) => (c[SEQ] = '1'), [
          [L(3), (c) => ((c[0] = 'WY-00002'), (c[8] = '3'), (c[SEQ] = '2'), (c[SHOULD] = 'N'), (c[CORRECT] = ''))],
        ]),
      // Leeds now has 3 distinct records, not 4: also listed, at its '# stratum:' line (17).
      want: [
        [17, 'count', '# stratum'],
        [L(3), 'conflict', 'should_be_crime'],
      ],
    },
    {
      name: 'a missing crime_seq on a record with several rows',
      text: () => edit(L(1), (c) => (c[SEQ] = '')),
      want: [[L(1), 'missing', 'crime_seq']],
    },
    {
      name: 'a repeated crime_seq',
      text: () => edit(L(1), (c) => (c[SEQ] = '1')),
      want: [[L(1), 'repeated', 'crime_seq']],
    },
    {
      name: 'a crime_seq that is not a whole number ≥ 1',
      text: () => edit(L(1), (c) => (c[SEQ] = '0')),
      want: [[L(1), 'invalid', 'crime_seq']],
    },
    {
      name: 'a Y row without recorded_correctly',
      text: () => edit(L(0), (c) => (c[CORRECT] = '')),
      want: [[L(0), 'missing', 'recorded_correctly']],
    },
  ])('$name', ({ text: make, want }) => {
    const r = review(make());
    expect(r.problems.map((p) => [p.line, p.kind, p.column])).toEqual(want);
    expect(r.problems.every((p) => p.file === 'w.csv')).toBe(true);
    expect(r.status).toBe('fail');
  });

  it('leaves an incomplete record out whole, says so per stratum, and still gives figures', () => {
    // The second crime of record 1 (Leeds) loses its verdict: both of its crimes are left out.
    const r = review(edit(L(1), (c) => (c[CORRECT] = '')));
    expect(r.status).toBe('fail');
    expect(r.records).toMatchObject({ sampled: 6, complete: 5, leftOut: 1 });
    expect(r.strata.find((s) => s.label === 'Leeds')).toMatchObject({ records: 4, complete: 3, leftOut: 1 });
    // Leeds now weighs 100/3 per record: crimes 1 + 1 recorded; Wakefield 25 per record: 1 of 2.
    expect(r.overall).toMatchObject({ crimes: 4, successes: 3 });
    expect(r.overall.rate).toBeCloseTo((2 * 100) / 3 / ((2 * 100) / 3 + 50) + 25 / ((2 * 100) / 3 + 50), 12);
  });

  it('a stratum whose distinct records differ from its sample count, reported at the first worksheet’s # stratum: line', () => {
    // Two auditors split one sample (same frame): the second drops Wakefield's last record.
    const first = parseWorksheet(crimesWorksheet(good.slice(0, 4), strata), 'a.csv');
    const second = parseWorksheet(crimesWorksheet(good.slice(4, 5), strata, { firstLine: 6 }), 'b.csv');
    const r = computeReview([first, second]);
    // '# stratum: "Wakefield"' is the 18th line of a.csv.
    expect(r.problems).toEqual([
      expect.objectContaining({ file: 'a.csv', line: 18, kind: 'count', message: expect.stringContaining("stratum 'Wakefield' has 1 distinct record") }),
    ]);
    expect(r.strata.map((s) => [s.label, s.records, s.complete])).toEqual([
      ['Leeds', 4, 4],
      ['Wakefield', 1, 1],
    ]);
  });

  it('keys strata by frame: the same label in two frames is two strata', () => {
    const a = parseWorksheet(crimesWorksheet(good, strata, { frameSha256: 'c'.repeat(64) }), 'a.csv');
    const b = parseWorksheet(crimesWorksheet(good, strata, { frameSha256: 'd'.repeat(64) }), 'b.csv');
    const r = computeReview([a, b]);
    expect(r.problems).toEqual([]);
    expect(r.strata).toHaveLength(4);
    expect(r.overall).toMatchObject({ crimes: 12, successes: 8, records: 10 });
    expect(r.overall.rate).toBeCloseTo(review(text).overall.rate!, 12);
  });

  it('names a stratum with sample=0 and its population, outside the estimate', () => {
    const r = review(crimesWorksheet(good, [...strata, { label: 'York', population: 40, sample: 0 }]));
    expect(r.problems).toEqual([]);
    expect(r.strata.find((s) => s.label === 'York')).toMatchObject({ population: 40, sample: 0, outside: true });
  });

  it('a row whose stratum is not in the table is listed and left out', () => {
    const r = review(edit(L(4), (c) => (c[9] = 'Nowhere')));
    expect(r.problems.map((p) => [p.line, p.kind])).toEqual([
      [17, 'count'],
      [L(4), 'stratum'],
    ]);
  });
});
