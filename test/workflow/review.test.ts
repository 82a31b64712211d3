import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeReview, reviewFormats } from '../../src/workflow/review/index.js';
import { parseWorksheet } from '../../src/workflow/worksheet/read-worksheet.js';
import { runCli } from '../helpers/run-cli.js';
import { completedWorksheet, rows150of221, type SheetRow } from './helpers/worksheet.js';
import { tempDir } from '../helpers/temp-dir.js';

/** Wilson score interval, written out by hand from the textbook formula. */
function wilsonByHand(x: number, n: number): [number, number] {
  const z = 1.959964;
  const p = x / n;
  const denominator = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denominator;
  return [centre - half, centre + half];
}

const review = (text: string) => computeReview([parseWorksheet(text, 'w.csv')]);

describe('computeReview', () => {
  it('150 recorded of 221 that should have been → 67.9% with the Wilson interval', () => {
    const r = review(completedWorksheet(rows150of221()));
    const [lo, hi] = wilsonByHand(150, 221);
    expect(r.overall).toMatchObject({ shouldBeCrime: 221, recorded: 150, weighted: false });
    expect((r.overall.rate! * 100).toFixed(1)).toBe('67.9');
    expect(r.overall.ci95![0]).toBeCloseTo(lo, 12);
    expect(r.overall.ci95![1]).toBeCloseTo(hi, 12);
    expect(lo).toBeCloseTo(0.6146, 4);
    expect(hi).toBeCloseTo(0.7368, 4);
    expect(r.rows).toMatchObject({ total: 300, notCrime: 79, shouldBeCrime: 221, missing: 0, invalid: 0 });
    expect(r.status).toBe('pass');
    expect(r.districts.map((d) => d.key)).toEqual(['Bradford', 'Calderdale', 'Kirklees', 'Leeds', 'Wakefield']);
    expect(r.districts.reduce((a, d) => a + d.shouldBeCrime, 0)).toBe(221);
    expect(r.method.weighting).toBe('none');
  });

  it('lists missing and invalid verdicts by line and never counts them', () => {
    const rows: SheetRow[] = [
      { district: 'Leeds', verdict: { should: 'Y', recorded: 'Y' } },
      { district: 'Leeds', verdict: { should: '', recorded: '' } },
      { district: 'Leeds', verdict: { should: 'Y', recorded: '' } },
      { district: 'Leeds', verdict: { should: 'maybe', recorded: 'Y' } },
      { district: 'Leeds', verdict: { should: 'N', recorded: 'yes' } },
      { district: 'Leeds', verdict: { should: 'N', recorded: '' } },
    ];
    const r = review(completedWorksheet(rows));
    // 17 '#' lines with one stratum, column header on line 18: data rows start at 19.
    expect(r.problems.map((p) => [p.line, p.kind, p.column])).toEqual([
      [20, 'missing', 'should_be_crime'],
      [21, 'missing', 'recorded_correctly'],
      [22, 'invalid', 'should_be_crime'],
      [23, 'invalid', 'recorded_correctly'],
    ]);
    expect(r.problems[2]!.message).toBe("should_be_crime must be Y or N, not 'maybe'");
    expect(r.overall).toMatchObject({ shouldBeCrime: 1, recorded: 1 });
    expect(r.rows).toMatchObject({ total: 6, notCrime: 1, missing: 2, invalid: 2 });
    expect(r.status).toBe('fail');
  });

  it('weights by stratum under equal allocation (population / sample) with a Kish-Wilson interval', () => {
    // Leeds: 1,000 records, 10 sampled, all recorded; Calderdale: 100 records, 10 sampled, none recorded.
    const rows: SheetRow[] = [
      ...Array.from({ length: 10 }, () => ({ district: 'Leeds', verdict: { should: 'Y', recorded: 'Y' } })),
      ...Array.from({ length: 10 }, () => ({ district: 'Calderdale', verdict: { should: 'Y', recorded: 'N' } })),
    ];
    const strata = [
      { label: 'Calderdale', population: 100, sample: 10 },
      { label: 'Leeds', population: 1000, sample: 10 },
    ];
    const r = review(completedWorksheet(rows, { allocation: 'equal', strata }));
    expect(r.method.weighting).toBe('stratum');
    expect(r.overall.rate).toBeCloseTo(1000 / 1100, 12);
    const effectiveN = 1100 ** 2 / (10 * 100 ** 2 + 10 * 10 ** 2);
    expect(r.overall.effectiveN).toBeCloseTo(effectiveN, 12);
    const [lo, hi] = wilsonByHand((1000 / 1100) * effectiveN, effectiveN);
    expect(r.overall.ci95![0]).toBeCloseTo(lo, 12);
    expect(r.overall.ci95![1]).toBeCloseTo(hi, 12);
    // Within one district every weight is the same: the plain rate.
    expect(r.districts.find((d) => d.key === 'Leeds')).toMatchObject({ rate: 1, weighted: false });
  });

  it('refuses to count a row listed twice in one sample', () => {
    const text = completedWorksheet([{ district: 'Leeds', verdict: { should: 'Y', recorded: 'Y' } }]);
    const r = computeReview([parseWorksheet(text, 'a.csv'), parseWorksheet(text, 'b.csv')]);
    expect(r.problems).toMatchObject([{ file: 'b.csv', kind: 'duplicate' }]);
    expect(r.overall.shouldBeCrime).toBe(1);
  });
});

describe('review formats', () => {
  const result = computeReview([
    parseWorksheet(
      completedWorksheet([...rows150of221(), { district: '<b>Leeds</b>', verdict: { should: '?', recorded: '' } }]),
      'w.csv',
    ),
  ]);

  it.each(Object.keys(reviewFormats) as (keyof typeof reviewFormats)[])('%s shows the rate and the problem line', (name) => {
    const out = reviewFormats[name](result, { color: false });
    if (name === 'json') {
      const parsed = JSON.parse(out) as typeof result;
      expect(parsed.overall.recorded).toBe(150);
      expect(parsed.problems[0]!.line).toBe(324);
      return;
    }
    if (name === 'csv') {
      expect(out).toContain('overall,(all),221,150,0.678');
      expect(out).toContain('problem:invalid,should_be_crime');
      return;
    }
    expect(out).toContain('67.9%');
    expect(out).toContain('61.5%');
    expect(out).toContain('73.7%');
    expect(out).toContain('w.csv:324');
  });

  it('html escapes every value', () => {
    const out = reviewFormats.html(result, { color: false });
    expect(out).not.toContain('<b>Leeds');
    expect(out).toContain("Content-Security-Policy");
  });
});

describe('ncrs-audit review (CLI)', () => {
  const dir = tempDir('review');
  writeFileSync(join(dir, 'done.csv'), completedWorksheet(rows150of221()));
  writeFileSync(
    join(dir, 'gaps.csv'),
    completedWorksheet([
      { district: 'Leeds', verdict: { should: 'Y', recorded: 'Y' } },
      { district: 'Leeds', verdict: { should: '', recorded: '' } },
      { district: 'Leeds', verdict: { should: 'X', recorded: '' } },
    ]),
  );
  writeFileSync(join(dir, 'plain.csv'), 'a,b\n1,2\n');

  it.each([
    { args: ['done.csv'], exitCode: 0, stdout: ['Crime recording rate: 67.9% (150 of 221); 95% CI 61.5%–73.7%.'] },
    { args: ['done.csv', '--format', 'markdown'], exitCode: 0, stdout: ['| **All** | 221 | 150 | 67.9% |'] },
    { args: ['gaps.csv'], exitCode: 1, stdout: ['gaps.csv:20  should_be_crime is empty', "gaps.csv:21  should_be_crime must be Y or N, not 'X'"] },
    { args: ['gaps.csv', '--format', 'json'], exitCode: 1, stderr: ['gaps.csv:20: should_be_crime is empty'] },
    { args: ['plain.csv'], exitCode: 2, stderr: ['plain.csv:1: not an ncrs-audit worksheet'] },
    { args: ['missing.csv'], exitCode: 2, stderr: ['missing.csv: no such file'] },
    { args: ['done.csv', '--format', 'pdf'], exitCode: 2, stderr: ["unknown format 'pdf'"] },
    { args: ['done.csv', '--format', 'json,html'], exitCode: 2, stderr: ['several formats need --out'] },
    { args: ['done.csv', '--period', '2026-10'], exitCode: 2, stderr: ['only make sense with --frame'] },
  ])('review $args → exit $exitCode', async ({ args, exitCode, stdout = [], stderr = [] }) => {
    const r = await runCli(['review', ...args], { cwd: dir });
    expect(r.exitCode).toBe(exitCode);
    for (const s of stdout) expect(r.stdout).toContain(s);
    for (const s of stderr) expect(r.stderr).toContain(s);
  });

  it('writes every format into an --out folder', async () => {
    const r = await runCli(['review', 'done.csv', '--format', 'terminal,json,csv,markdown,html', '--out', 'out'], { cwd: dir });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('67.9%');
    expect(JSON.parse(readFileSync(join(dir, 'out', 'review.json'), 'utf8')).overall.recorded).toBe(150);
    expect(readFileSync(join(dir, 'out', 'review.csv'), 'utf8')).toContain('0.678');
    for (const f of ['review.md', 'review.html']) expect(readFileSync(join(dir, 'out', f), 'utf8')).toContain('67.9%');
  });
});
