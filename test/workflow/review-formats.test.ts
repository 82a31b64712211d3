import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeReview, publicResult, reviewFormats } from '../../src/workflow/review/index.js';
import { parseWorksheet } from '../../src/workflow/worksheet/read-worksheet.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { crimesWorksheet, dataLine, WORKED_RECORDS, WORKED_STRATA, type RecordSpec } from './helpers/crimes.js';
import { completedWorksheet, rows150of221 } from './helpers/worksheet.js';

// The worked example of review-worked-example.test.ts: R = 25%, ± 27.73, 8 crimes, D = 1.88.
// Its last record's district is written as markup, to show every value is escaped.
const worked: RecordSpec[] = WORKED_RECORDS.map((r, i) => (i === 4 ? { ...r, district: '<b>Leeds</b>' } : r));
const strata = WORKED_STRATA;
const HEADLINE = 'We estimate that the force records 25.0 percent (with a confidence interval of +/- 27.73 percent) of reported crime in October 2026 (from a sample of incident records).';

describe('review formats', () => {
  const result = computeReview([parseWorksheet(crimesWorksheet(worked, strata), 'w.csv')], { by: ['district'] });

  it.each(['terminal', 'markdown', 'html'] as const)('%s: the headline as HMICFRS words it, crimes, records and the design effect', (name) => {
    const raw = reviewFormats[name](result, { color: false });
    const out = name === 'html' ? raw.replace(/&#39;/g, "'") : raw;
    expect(out).toContain(HEADLINE);
    expect(out).toContain('8 crimes should have been recorded from 4 of the 5 complete sampled records');
    expect(out).toContain('design effect 1.88');
    expect(out).toContain("Stratum 'Calderdale' (population 5): one record stands for 5");
  });

  it('html: an accessible chart of the rate and its interval per domain, every value escaped', () => {
    const out = reviewFormats.html(result, { color: false });
    // By district only: the worksheets were stratified by district, so a stratum chart would repeat it.
    expect(out.match(/<svg /g)).toHaveLength(1);
    expect(out).toContain('<title id="by-0-title">Crime recording rate by district, with 95% intervals; dashed line: the overall rate</title>');
    // Calderdale: R = 0, so n_eff = Σx = 3 and the interval is Wilson's for 0 of 3.
    expect(out).toMatch(/<desc id="by-0-desc">[^<]*Calderdale: 0\.0% ± 28\.07 \(95% interval 0\.0%–56\.1%\)/);
    expect(out).toContain('class="interval"');
    expect(out).not.toContain('<b>Leeds');
    expect(out).toContain('&lt;b&gt;Leeds&lt;/b&gt;');
    expect(out).toContain('Content-Security-Policy');
  });

  it.each(['markdown', 'html'] as const)('%s: the methods note says what is counted and why the interval is wider', (name) => {
    const out = reviewFormats[name](result, { color: false });
    expect(out).toContain('What is counted: crimes, as HMICFRS counts them.');
    expect(out).toContain('Why the interval is wider than a naive one: the crimes of one record are not independent.');
    expect(out).toContain('Here the design effect is 1.88');
  });

  it('says so when the design effect is below 1 (the interval is narrower this time)', () => {
    const out = reviewFormats.markdown({ ...result, overall: { ...result.overall, designEffect: 0.74 } }, { color: false });
    expect(out).toContain('Here the design effect is 0.74, below 1:');
    expect(out).not.toContain('0.74 times');
  });

  it('markdown: a text chart of each domain with its interval', () => {
    const out = reviewFormats.markdown(result, { color: false });
    expect(out).toMatch(/\nCalderdale +├·+┤·+ 0\.0% ± 28\.07\n/);
    expect(out).toContain('| **All** | 8 | 4 | 5 | 25.0% | 6.4%–61.9% | 27.73 | 1.88 |');
  });

  it('json: full precision; csv: one row per estimate, unrounded', () => {
    const json = JSON.parse(reviewFormats.json(result, { color: false })) as typeof result;
    expect(json.overall.halfWidth).toBeCloseTo(27.7303156, 6);
    expect(json.schemaVersion).toBe(2);
    const csv = reviewFormats.csv(result, { color: false }).split('\n');
    expect(csv[0]).toBe('kind,key,crimes,records,successes,rate,ci95_low,ci95_high,plus_minus_points,effective_n,design_effect,suppressed,file,line,message');
    expect(csv[1]).toMatch(/^overall,\(all\),8,4,5,0\.25,0\.0640894\d*,0\.6186957\d*,27\.730315\d*,6\.66666\d*,1\.88\d*,false,,,$/);
    expect(csv.filter((l) => l.startsWith('district,'))).toHaveLength(3);
  });

  it('public pages say "fewer than 5", never "<5" in a rate column, and hide problem locations', () => {
    const small = computeReview([parseWorksheet(completedWorksheet(rows150of221()), 'team/w.csv')], { by: ['district'] });
    const md = reviewFormats.markdown(publicResult(small), { color: false });
    expect(md).not.toMatch(/\| <5 \|/);
    expect(md).toContain('Figures from fewer than 5 crimes recorded correctly (or not) are not published');
  });

  it('no crimes in the sample: no rate, said in words', () => {
    const none = computeReview([parseWorksheet(crimesWorksheet([{ stratum: 'Leeds', crimes: [] }], [{ label: 'Leeds', population: 9, sample: 1 }]), 'w.csv')]);
    expect(none.overall).toMatchObject({ crimes: 0, rate: null, ci95: null, halfWidth: null, effectiveN: null, designEffect: null });
    expect(reviewFormats.terminal(none, { color: false })).toContain('no crimes in the sample');
  });
});

describe('ncrs-audit review (CLI)', () => {
  const dir = tempDir('review');
  writeFileSync(join(dir, 'done.csv'), crimesWorksheet(worked, strata, { optionalColumns: true }));
  writeFileSync(join(dir, 'plain.csv'), 'a,b\n1,2\n');
  const gaps = crimesWorksheet(worked, strata).split('\n');
  // The second crime of the first record loses its verdict.
  gaps[dataLine(2, 1) - 1] = gaps[dataLine(2, 1) - 1]!.replace(',2,Y,N,A. Auditor,', ',2,Y,,A. Auditor,');
  writeFileSync(join(dir, 'gaps.csv'), gaps.join('\n'));
  mkdirSync(join(dir, 'team'));
  writeFileSync(join(dir, 'team', 'w.csv'), completedWorksheet(rows150of221()));

  it.each([
    { args: ['done.csv'], exitCode: 0, stdout: [HEADLINE, 'design effect 1.88'] },
    { args: ['done.csv', '--by', 'district,offence-group', '--format', 'markdown'], exitCode: 0, stdout: ['## By district', '## By offence group (Police.uk category)', '| (unknown) | 8 |'] },
    { args: ['done.csv', '--recorded-total', '1000'], exitCode: 0, stdout: ['Crimes not recorded: about 3,000 (95% interval 616 to 14,603), from 1,000 crimes recorded and the crime recording rate'] },
    { args: ['gaps.csv'], exitCode: 1, stdout: [`gaps.csv:${dataLine(2, 1)}  recorded_correctly is empty but should_be_crime is Y`, "Stratum 'Calderdale' (population 5): no complete record"] },
    { args: ['gaps.csv', '--format', 'json'], exitCode: 1, stderr: [`gaps.csv:${dataLine(2, 1)}: recorded_correctly is empty`] },
    { args: ['gaps.csv', '--public'], exitCode: 1, stdout: ['1 problem in the worksheets'], stderr: [`gaps.csv:${dataLine(2, 1)}: recorded_correctly is empty`] },
    { args: ['plain.csv'], exitCode: 2, stderr: ['plain.csv:1: not an ncrs-audit worksheet'] },
    { args: ['missing.csv'], exitCode: 2, stderr: ['missing.csv: no such file'] },
    { args: ['done.csv', '--by', 'ward'], exitCode: 2, stderr: ["--by 'ward' must be one of district, offence-group"] },
    { args: ['done.csv', '--recorded-total', '-5'], exitCode: 2, stderr: ["--recorded-total '-5'"] },
    { args: ['done.csv', '--format', 'json,html'], exitCode: 2, stderr: ['several formats need --out'] },
    { args: ['done.csv', '--period', '2026-10'], exitCode: 2, stderr: ['only make sense with --frame'] },
  ])('review $args → exit $exitCode', async ({ args, exitCode, stdout = [], stderr = [] }) => {
    const r = await runCli(['review', ...args], { cwd: dir });
    expect(r.exitCode).toBe(exitCode);
    for (const s of stdout) expect(r.stdout).toContain(s);
    for (const s of stderr) expect(r.stderr).toContain(s);
  });

  it('a config file with public: true makes the review public, as it does the audit', async () => {
    mkdirSync(join(dir, 'published'));
    writeFileSync(join(dir, 'published', 'ncrs-audit.config.yaml'), 'public: true\n');
    writeFileSync(join(dir, 'published', 'w.csv'), completedWorksheet(rows150of221()));
    const r = await runCli(['review', 'w.csv', '--format', 'json'], { cwd: join(dir, 'published') });
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ public: true });
    const plain = await runCli(['review', 'w.csv', '--format', 'json', '--no-config'], { cwd: join(dir, 'published') });
    expect(JSON.parse(plain.stdout)).toMatchObject({ public: false });
  });

  it('--by given twice estimates the domains once', async () => {
    const r = await runCli(['review', 'done.csv', '--by', 'district', '--by', 'district', '--format', 'markdown'], { cwd: dir });
    expect(r.stdout.split('## By district')).toHaveLength(2);
  });

  it('writes every format into an --out folder; --public names files without folders', async () => {
    const r = await runCli(['review', 'team/w.csv', '--public', '--by', 'district', '--format', 'terminal,json,csv,markdown,html', '--out', 'out'], { cwd: dir });
    expect(r.exitCode).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, 'out', 'review.json'), 'utf8')) as { public: boolean; overall: { successes: number }; worksheets: { path: string }[] };
    expect(json).toMatchObject({ public: true, overall: { successes: 150 }, worksheets: [{ path: 'w.csv' }] });
    expect(readFileSync(join(dir, 'out', 'review.csv'), 'utf8')).toContain('overall,(all),221,221,150,');
    for (const f of ['review.md', 'review.html']) expect(readFileSync(join(dir, 'out', f), 'utf8')).toContain('We estimate that the force records 67.9 percent');
  });
});
