import { describe, expect, it } from 'vitest';
import { computeReview, offenceGroup, publicResult, UNKNOWN_GROUP } from '../../src/workflow/review/index.js';
import { parseWorksheet } from '../../src/workflow/worksheet/read-worksheet.js';
import { crimesWorksheet, dataLine, WORKED_RECORDS, WORKED_STRATA, type CrimeSpec, type RecordSpec } from './helpers/crimes.js';

const sheet = (records: RecordSpec[], strata: { label: string; population: number; sample: number }[], optionalColumns = true) =>
  parseWorksheet(crimesWorksheet(records, strata, { optionalColumns }), 'w.csv');

describe('offence group: the Police.uk category of expected_offence_code', () => {
  it.each([
    ['8/67', 'Violence and Sexual Offences'], // class/subclass: controlling or coercive behaviour
    ['8/11', 'Possession of Weapons'], // class 8 spans three categories: the subclass decides
    ['58A', 'Criminal Damage and Arson'], // open-data: every classification of class 58 is one category
    ['8N', 'Violence and Sexual Offences'], // open-data in a mixed class: by its offence group
    ['37.2', 'Vehicle Crime'], // open-data 37.2 is class/subclass 37/2
    ['9a', 'Public Order'],
    [' 28E ', 'Burglary'],
    ['53C', UNKNOWN_GROUP], // fraud: no police.uk category
    ['', UNKNOWN_GROUP],
    ['999/9', UNKNOWN_GROUP],
  ])('%j → %s', (code, group) => {
    expect(offenceGroup(code)).toBe(group);
  });
});

describe('domains (--by): only the domain’s crimes, every record in the variance', () => {
  // One stratum: N = 12, n = 3, w = 4.
  //   r1: 8N recorded correctly, 58A not;  r2: 58A recorded correctly;  r3: 8N not.
  const records: RecordSpec[] = [
    { stratum: 'Leeds', crimes: [{ correct: 'Y', code: '8N' }, { correct: 'N', code: '58A' }] },
    { stratum: 'Leeds', crimes: [{ correct: 'Y', code: '58A' }] },
    { stratum: 'Leeds', crimes: [{ correct: 'N', code: '8N' }] },
  ];
  const r = computeReview([sheet(records, [{ label: 'Leeds', population: 12, sample: 3 }])], { by: ['offence-group', 'district'] });

  it('violence: x = 1, 0, 1; y = 1, 0, 0 — r2 has none of its crimes but stays in the sums', () => {
    // X = 4·2 = 8, Y = 4·1 = 4, R = 0.5; e = 0.5, 0, −0.5 (mean 0); s² = 0.5/2 = 0.25
    // V = 12²·(1 − 3/12)·0.25/3 / 8² = 144·0.75·0.25/3/64 = 0.140625; n_eff = 0.25/0.140625 = 1.7778
    // (leaving r2 out would give n = 2, w = 6 and n_eff = 1.2)
    const violence = r.by[0]!.domains.find((d) => d.key === 'Violence and Sexual Offences')!;
    expect(violence).toMatchObject({ crimes: 2, successes: 1, records: 2, rate: 0.5 });
    expect(violence.effectiveN).toBeCloseTo(0.25 / 0.140625, 12);
  });

  it('criminal damage: x = 1, 1, 0; y = 0, 1, 0', () => {
    // X = 8, Y = 4, R = 0.5; e = −0.5, 0.5, 0: the same n_eff, 1.7778
    const damage = r.by[0]!.domains.find((d) => d.key === 'Criminal Damage and Arson')!;
    expect(damage).toMatchObject({ crimes: 2, successes: 1, records: 2, rate: 0.5 });
    expect(damage.effectiveN).toBeCloseTo(0.25 / 0.140625, 12);
  });

  it('domains in the order asked; district keys grouped case-insensitively', () => {
    expect(r.by.map((b) => b.dimension)).toEqual(['offence-group', 'district']);
    expect(r.by[1]!.domains).toEqual([expect.objectContaining({ key: 'Leeds', crimes: 4, successes: 2, records: 3 })]);
  });
});

describe('recorded and recorded_within_24h', () => {
  const strata = [{ label: 'Leeds', population: 40, sample: 4 }];
  const crime = (correct: string, recorded: string, within24h: string): CrimeSpec => ({ correct, recorded, within24h });

  it('the same estimator over the Y rows when the column is filled on every one', () => {
    const r = computeReview([
      sheet(
        [
          { stratum: 'Leeds', crimes: [crime('Y', 'Y', 'Y'), crime('N', 'Y', 'N')] },
          { stratum: 'Leeds', crimes: [crime('N', 'N', 'N')] },
          { stratum: 'Leeds', crimes: [] },
          { stratum: 'Leeds', crimes: [crime('Y', 'Y', 'N')] },
        ],
        strata,
      ),
    ]);
    // Equal weights: recorded 3 of 4 crimes, within 24 hours 1 of 4, correctly 2 of 4.
    expect(r.recorded).toMatchObject({ crimes: 4, successes: 3, rate: 0.75 });
    expect(r.recordedWithin24h).toMatchObject({ crimes: 4, successes: 1, rate: 0.25 });
    expect(r.overall.rate).toBe(0.5);
  });

  it('a partly filled column is listed as missing (and its records left out)', () => {
    const r = computeReview([
      sheet(
        [
          { stratum: 'Leeds', crimes: [crime('Y', 'Y', ''), crime('N', '', '')] },
          { stratum: 'Leeds', crimes: [crime('N', 'N', '')] },
          { stratum: 'Leeds', crimes: [] },
          { stratum: 'Leeds', crimes: [crime('Y', 'Y', '')] },
        ],
        strata,
      ),
    ]);
    expect(r.problems.map((p) => [p.line, p.kind, p.column])).toEqual([[dataLine(1, 1), 'missing', 'recorded']]);
    expect(r.recordedWithin24h).toBeNull();
    expect(r.recorded).toMatchObject({ crimes: 2, successes: 1 });
    expect(r.records.leftOut).toBe(1);
  });

  it('absent columns: no such rates', () => {
    const r = computeReview([sheet([{ stratum: 'Leeds', crimes: [{ correct: 'Y' }] }], [{ label: 'Leeds', population: 4, sample: 1 }], false)]);
    expect(r.recorded).toBeNull();
    expect(r.recordedWithin24h).toBeNull();
  });
});

describe('--recorded-total: crimes not recorded ≈ N(1 − P)/P', () => {
  // The worked example's figures: R = 0.25, 95% interval 0.064089426–0.618695737 (review-worked-example.test.ts).
  const records = WORKED_RECORDS;
  const strata = WORKED_STRATA;

  it('from the recording rate when no recorded column is filled', () => {
    const r = computeReview([sheet(records, strata, false)], { recordedTotal: 1000 });
    // 1000·0.75/0.25 = 3000; [1000·(1 − U)/U, 1000·(1 − L)/L] = [616.30, 14603.35]
    expect(r.notRecorded).toMatchObject({ recordedTotal: 1000, basis: 'recorded_correctly' });
    expect(r.notRecorded!.estimate).toBeCloseTo(3000, 9);
    expect(r.notRecorded!.ci95![0]).toBeCloseTo((1000 * (1 - 0.618695737)) / 0.618695737, 3);
    expect(r.notRecorded!.ci95![1]).toBeCloseTo((1000 * (1 - 0.064089426)) / 0.064089426, 1);
  });

  it('from the recorded rate when that column is filled; no upper bound when L = 0', () => {
    const r = computeReview(
      [sheet([{ stratum: 'Leeds', crimes: [{ correct: 'N', recorded: 'N' }] }, { stratum: 'Leeds', crimes: [{ correct: 'N', recorded: 'N' }] }], [{ label: 'Leeds', population: 2, sample: 2 }])],
      { recordedTotal: 50 },
    );
    // P = 0: no estimate; interval [50·(1 − U)/U, none].
    expect(r.notRecorded).toMatchObject({ basis: 'recorded', estimate: null });
    expect(r.notRecorded!.ci95![1]).toBeNull();
    expect(r.notRecorded!.ci95![0]).toBeGreaterThan(0);
  });
});

describe('--public: counts 1–4 suppressed, with secondary suppression', () => {
  // One crime per record, stratum = district, equal weights:
  //   Airedale 30 crimes, 25 correct (5 not): shown
  //   Bingley  10 crimes,  8 correct (2 not): primary suppression
  //   Craven   12 crimes,  6 correct (6 not): hidden second (fewest crimes of those shown)
  const block = (district: string, crimes: number, correct: number): RecordSpec[] =>
    Array.from({ length: crimes }, (_, i) => ({ stratum: district, crimes: [{ correct: i < correct ? 'Y' : 'N' }] }));
  const strata = [
    { label: 'Airedale', population: 300, sample: 30 },
    { label: 'Bingley', population: 100, sample: 10 },
    { label: 'Craven', population: 120, sample: 12 },
  ];
  const full = computeReview([sheet([...block('Airedale', 30, 25), ...block('Bingley', 10, 8), ...block('Craven', 12, 6)], strata, false)], { by: ['district'] });
  const r = publicResult(full);

  it('hides Bingley (2 not recorded) and then Craven, so neither can be worked out from the total', () => {
    const byKey = Object.fromEntries(r.by[0]!.domains.map((d) => [d.key, d]));
    expect(byKey.Airedale).toMatchObject({ crimes: 30, successes: 25 });
    expect(byKey.Airedale!.suppressed).toBeUndefined();
    expect(byKey.Bingley).toMatchObject({ crimes: 10, successes: null, rate: null, ci95: null, suppressed: true });
    expect(byKey.Craven).toMatchObject({ crimes: 12, successes: null, rate: null, suppressed: true });
    // The overall rate (13 not recorded) is published.
    expect(r.overall).toMatchObject({ crimes: 52, successes: 39 });
    // The strata are the districts here: the same cells hidden, for the same reason.
    expect(full.byStratum.map((c) => [c.key, c.successes])).toEqual([['Airedale', 25], ['Bingley', 8], ['Craven', 6]]);
    expect(r.byStratum.map((c) => [c.key, c.successes, c.suppressed ?? false])).toEqual([['Airedale', 25, false], ['Bingley', null, true], ['Craven', null, true]]);
    expect(r.public).toBe(true);
  });

  it('suppresses the overall rate itself when 1–4 crimes were not recorded', () => {
    const small = publicResult(computeReview([sheet(block('Airedale', 30, 27), [{ label: 'Airedale', population: 300, sample: 30 }], false)]));
    expect(small.overall).toMatchObject({ crimes: 30, successes: null, rate: null, halfWidth: null, designEffect: null, suppressed: true });
  });

  it('counts problems without locating them, and names files without folders', () => {
    const withProblem = computeReview([parseWorksheet(crimesWorksheet(block('Airedale', 2, 1), [{ label: 'Airedale', population: 300, sample: 3 }]), 'team/a.csv')]);
    const p = publicResult(withProblem);
    expect(withProblem.problems).toHaveLength(1);
    expect(p.problems).toEqual([]);
    expect(p.problemCount).toBe(1);
    expect(p.status).toBe('fail');
    expect(p.worksheets[0]!.path).toBe('a.csv');
  });
});
