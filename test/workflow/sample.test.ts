import { readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { frameHash } from '../../src/workflow/sample/frame-hash.js';
import { parseWorksheet } from '../../src/workflow/worksheet/read-worksheet.js';
import { runCli } from '../helpers/run-cli.js';
import { crimesWorksheet, WORKED_RECORDS, WORKED_STRATA } from './helpers/crimes.js';
import { writeFrame } from './helpers/frame.js';
import { tempDir } from '../helpers/temp-dir.js';

const dir = tempDir('sample');
const frame = join(dir, 'frame.csv');
const sample = async (...args: string[]) => runCli(['sample', 'frame.csv', ...args], { cwd: dir });
const sheet = (name: string) => parseWorksheet(readFileSync(join(dir, name), 'utf8'), name);

beforeAll(() => writeFrame(frame, 5000));

describe('ncrs-audit sample', () => {
  it('computes 880 for ±3% on a frame of 5,000, says how, and writes that many rows', async () => {
    const r = await sample('--margin', '0.03', '--seed', '11', '--out', 'm.csv');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('1,068 for an unlimited frame');
    expect(r.stdout).toContain('finite-population correction for a frame of 5,000');
    expect(r.stdout).toContain('rounded up to 880');
    const ws = sheet('m.csv');
    expect(ws.rows).toHaveLength(880);
    expect(ws.header.sampleSize).toBe(880);
    expect(ws.header.stratumTable.reduce((a, s) => a + s.sample, 0)).toBe(880);
    expect(ws.header.stratumTable.reduce((a, s) => a + s.population, 0)).toBe(5000);
  });

  it('writes crime_seq, empty, between stratum and should_be_crime; the # lines and frame hash as before', async () => {
    const r = await sample('--size', '4', '--seed', '9', '--out', 's.csv');
    expect(r.exitCode).toBe(0);
    const text = readFileSync(join(dir, 's.csv'), 'utf8');
    const lines = text.split('\n');
    expect(lines[1]).toBe('# Fill in should_be_crime (Y/N); when it is Y, recorded_correctly (Y/N); auditor; notes. One row per crime, see docs/sampling.md.');
    expect(lines.filter((l) => l.startsWith('#')).map((l) => l.split(':')[0])).toEqual([
      '# ncrs-audit worksheet (format 1)',
      '# Fill in should_be_crime (Y/N); when it is Y, recorded_correctly (Y/N); auditor; notes. One row per crime, see docs/sampling.md.',
      '# Keep the lines starting with # unchanged',
      '# tool',
      '# seed',
      '# frame-sha256',
      '# inputs',
      '# profile',
      '# period',
      '# districts',
      '# record-type',
      '# strata',
      '# allocation',
      '# frame-size',
      '# sample-size',
      '# size-rule',
      ...Array(5).fill('# stratum'),
    ]);
    expect(lines[21]).toBe('record_id,record_type,incident_id,district,offence_code,closure_code,reported_at,file,line,stratum,crime_seq,should_be_crime,recorded_correctly,auditor,notes');
    const ws = sheet('s.csv');
    expect(ws.rows.every((row) => row.cells.get('crime_seq') === '')).toBe(true);
    expect(ws.header.frameSha256).toBe(await frameHash(['frame.csv'], dir, { period: null, districts: [], recordType: null }));
  });

  it('--margin with --from-review plans in crimes: n0 × design effect ÷ crimes per record, then the correction', async () => {
    // The worked example of review-worked-example.test.ts: D = 1.88, 8 crimes in 5 records (1.6 per record).
    writeFileSync(join(dir, 'worked.csv'), crimesWorksheet(WORKED_RECORDS, WORKED_STRATA));
    expect((await runCli(['review', 'worked.csv', '--format', 'json', '--out', 'worked.json'], { cwd: dir })).exitCode).toBe(0);
    const r = await sample('--margin', '0.03', '--from-review', 'worked.json', '--seed', '1', '--out', 'plan.csv');
    expect(r.exitCode).toBe(0);
    // n0 = 1.959964² · 0.25 / 0.03² = 3.841458881 · 0.25 / 0.0009 = 1067.07
    // records = 1067.0719 · 1.88 / 1.6 = 1253.81 (an unlimited frame: 1,254)
    // 1253.81 / 5000 > 5%: n = 1253.81 / (1 + 1252.81/5000) = 1253.81 / 1.250562 = 1002.60 → 1,003
    expect(sheet('plan.csv').header.sampleSize).toBe(1003);
    expect(r.stdout).toContain('× design effect 1.8800 ÷ 1.6000 crimes per record (8 crimes in 5 records, "worked.json") = 1253.81 records');
    expect(r.stdout).toContain('rounded up to 1,003');
    expect(r.stdout).toContain('--margin 0.03 --from-review worked.json');
  });

  it('is reproducible: same seed and frame, byte-identical worksheet; another seed, another sample', async () => {
    await sample('--size', '100', '--seed', '5', '--out', 'a.csv');
    await sample('--size', '100', '--seed', '5', '--out', 'b.csv');
    await sample('--size', '100', '--seed', '6', '--out', 'c.csv');
    const [a, b, c] = ['a.csv', 'b.csv', 'c.csv'].map((f) => readFileSync(join(dir, f), 'utf8'));
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    const ids = sheet('a.csv').rows.map((r) => r.cells.get('record_id'));
    expect(new Set(ids).size).toBe(100);
  });

  it('allocates proportionally by district (largest remainder) and records the seed and frame hash', async () => {
    const r = await sample('--size', '100', '--seed', '5', '--out', 'p.csv');
    expect(r.exitCode).toBe(0);
    const ws = sheet('p.csv');
    expect(ws.header.seed).toBe(5);
    expect(ws.header.frameSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(ws.header.stratumTable.map(({ label, population, sample }) => ({ label, population, sample }))).toEqual([
      { label: 'Bradford', population: 1000, sample: 20 },
      { label: 'Calderdale', population: 500, sample: 10 },
      { label: 'Kirklees', population: 1000, sample: 20 },
      { label: 'Leeds', population: 2000, sample: 40 },
      { label: 'Wakefield', population: 500, sample: 10 },
    ]);
    for (const s of ws.header.stratumTable) {
      expect(ws.rows.filter((row) => row.cells.get('district') === s.label)).toHaveLength(s.sample);
    }
  });

  it('stratifies by district × record type with equal allocation, restricted to incidents of one month', async () => {
    const r = await sample('--size', '50', '--seed', '1', '--strata', 'district,record_type', '--allocation', 'equal', '--record-type', 'incident', '--period', '2026-10', '--out', 'e.csv');
    expect(r.exitCode).toBe(0);
    const ws = sheet('e.csv');
    expect(ws.header.stratumTable.map((s) => s.label)).toEqual([
      'Bradford / incident',
      'Calderdale / incident',
      'Kirklees / incident',
      'Leeds / incident',
      'Wakefield / incident',
    ]);
    expect(ws.header.stratumTable.every((s) => s.sample === 10)).toBe(true);
    expect(ws.rows.every((row) => row.cells.get('record_type') === 'incident')).toBe(true);
    expect(ws.rows.every((row) => row.cells.get('reported_at')!.startsWith('2026-10'))).toBe(true);
    expect(ws.header.frameSize).toBe(2500);
    expect(ws.header).toMatchObject({ period: '2026-10', recordType: 'incident', allocation: 'equal' });
  });

  it('writes the worksheet to stdout and the summary to stderr without --out', async () => {
    const r = await sample('--size', '3', '--seed', '2', '--district', 'leeds');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^# ncrs-audit worksheet/);
    expect(r.stdout).toContain('stratum,crime_seq,should_be_crime,recorded_correctly,auditor,notes');
    expect(r.stderr).toContain('Re-draw the same sample with: ncrs-audit sample frame.csv --size 3 --seed 2');
  });

  it.each([
    { args: [], message: 'exactly one of --size N or --margin M' },
    { args: ['--size', '10', '--margin', '0.03'], message: 'exactly one of' },
    { args: ['--size', 'ten'], message: "--size 'ten'" },
    { args: ['--size', '10', '--from-review', 'r.json'], message: '--from-review plans a --margin' },
    { args: ['--margin', '0.03', '--from-review', 'frame.csv'], message: 'frame.csv: not JSON' },
    { args: ['--margin', '0.03', '--from-review', 'nothing.json'], message: 'nothing.json: does not exist' },
    { args: ['--margin', '3'], message: "--margin '3'" },
    { args: ['--size', '5', '--strata', 'closure_rationale'], message: 'free-text' },
    { args: ['--size', '5', '--allocation', 'optimal'], message: "--allocation 'optimal'" },
    { args: ['--size', '5', '--record-type', 'fish'], message: "--record-type 'fish'" },
    { args: ['--size', '5', '--period', '2026-13'], message: "--period '2026-13'" },
    { args: ['--size', '5', '--district', 'Atlantis'], message: 'the sampling frame is empty' },
  ])('exits 2 on $args', async ({ args, message }) => {
    const r = await sample(...args);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(message);
  });
});

describe('ncrs-audit review --frame', () => {
  it('accepts a worksheet drawn from the frame given and refuses one drawn from another (exit 2)', async () => {
    const draw = await sample('--size', '20', '--seed', '3', '--period', '2026-10', '--out', 'r.csv');
    expect(draw.exitCode).toBe(0);
    // The auditors fill in every verdict.
    const text = readFileSync(join(dir, 'r.csv'), 'utf8').replace(/,,,,$/gm, ',Y,Y,A. Auditor,');
    writeFileSync(join(dir, 'r-done.csv'), text);

    const ok = await runCli(['review', 'r-done.csv', '--frame', 'frame.csv', '--period', '2026-10'], { cwd: dir });
    expect(ok.exitCode).toBe(0);
    expect(ok.stdout).toContain('We estimate that the force records 100.0 percent (with a confidence interval of +/- ');
    expect(ok.stdout).toContain('Frame verified');

    const noFilter = await runCli(['review', 'r-done.csv', '--frame', 'frame.csv'], { cwd: dir });
    expect(noFilter.exitCode).toBe(2);
    expect(noFilter.stderr).toContain('r-done.csv: this worksheet was not drawn from the frame given with --frame');
    expect(noFilter.stderr).toContain('--period 2026-10');

    writeFileSync(join(dir, 'changed.csv'), readFileSync(frame));
    appendFileSync(join(dir, 'changed.csv'), 'WY-999999,incident,2026-10-05T10:00,Leeds,NFA,true\n');
    const changed = await runCli(['review', 'r-done.csv', '--frame', 'changed.csv', '--period', '2026-10'], { cwd: dir });
    expect(changed.exitCode).toBe(2);
  });
});
