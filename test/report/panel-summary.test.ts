import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { districtVerdict } from '../../src/report/panel/district-verdict.js';
import { rateAxis } from '../../src/report/panel/rate-axis.js';
import { wilson } from '../../src/report/stats/wilson.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const DEMO = join(process.cwd(), 'fixtures/demo/crimes.csv');

function cell(passed: number, applicable: number) {
  const ci = wilson(passed, applicable);
  return { failed: applicable - passed, rate: passed / applicable, ci95: ci };
}

describe('district verdicts are judged on the interval', () => {
  it.each([
    { name: 'Kirklees 5 of 7 (71.4%, interval 36–92%) against 95%', c: cell(5, 7), t: 0.95, want: 'below' },
    { name: '6 of 7 (interval 49–97%) against 95%: too few to say', c: cell(6, 7), t: 0.95, want: 'unclear' },
    { name: '2 of 7 (interval 8–64%) against 95%', c: cell(2, 7), t: 0.95, want: 'below' },
    { name: '930 of 1,000 against 95%', c: cell(930, 1000), t: 0.95, want: 'below' },
    { name: '990 of 1,000 against 95%', c: cell(990, 1000), t: 0.95, want: 'meets' },
    { name: '20 of 20 against 95% (interval 84–100%)', c: cell(20, 20), t: 0.95, want: 'unclear' },
    { name: 'no threshold, none failed', c: cell(20, 20), t: null, want: 'meets' },
    { name: 'no threshold, one failed', c: cell(999, 1000), t: null, want: 'below' },
  ])('$name → $want', ({ c, t, want }) => {
    expect(districtVerdict(c, t)).toBe(want);
  });
  it('a suppressed district has no verdict', () => {
    expect(districtVerdict({ suppressed: true, rate: null }, 0.95)).toBeNull();
  });
});

describe('the rate axis shows the differences', () => {
  it.each([
    { values: [0.93, 0.97], ref: 0.95, min: 0.92, max: 0.98 },
    { values: [0.5, 0.99], ref: 1, min: 0.5, max: 1 },
    { values: [0.995, 1], ref: 1, min: 0.94, max: 1 },
  ])('$values with reference $ref spans $min–$max', ({ values, ref, min, max }) => {
    const a = rateAxis(values, ref);
    expect(a.min).toBeCloseTo(min, 4);
    expect(a.max).toBeCloseTo(max, 4);
    for (const v of [...values, ref]) expect(v >= a.min && v <= a.max).toBe(true);
  });
});

describe('the panel page: --notes and --review', () => {
  const dir = tempDir('panel-summary');
  const notes = join(dir, 'notes.yaml');
  writeFileSync(notes, 'NCRS-002: "Two districts short of staff in October; training booked for November."\n');
  const review = (period: string) => {
    const file = join(dir, `review-${period}.json`);
    writeFileSync(
      file,
      JSON.stringify({ kind: 'ncrs-audit-review', worksheets: [{ period }], overall: { crimes: 412, rate: 0.86, ci95: [0.8177, 0.8932] } }),
    );
    return file;
  };

  it('leads with the recording rate, then each rule not met with the registrar’s text or an empty box', async () => {
    const r = await runCli(['audit', DEMO, '--period', '2026-10', '--no-config', '--format', 'markdown', '--notes', notes, '--review', review('2026-10')]);
    expect(r.stderr).toBe('');
    const rate = r.stdout.indexOf('Crime recording rate, October 2026: 86.0%');
    const notMet = r.stdout.indexOf('### Rules not met');
    expect(rate).toBeGreaterThan(0);
    expect(notMet).toBeGreaterThan(rate);
    expect(r.stdout).toContain('Two districts short of staff in October');
    expect(r.stdout).toContain('No response given (supply one with --notes).');
    expect(r.stdout).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d+/);
  });

  it.each([
    { name: 'a review of another month', args: ['--review', review('2026-09')], stderr: /is of 2026-09, not of --period 2026-10/ },
    { name: 'a notes file that is not a map of text', args: ['--notes', (() => { const f = join(dir, 'bad.yaml'); writeFileSync(f, 'NCRS-002: [1, 2]\n'); return f; })()], stderr: /bad\.yaml:1:\d+/ },
  ])('refuses $name (exit 2)', async ({ args, stderr }) => {
    const r = await runCli(['audit', DEMO, '--period', '2026-10', '--no-config', '--format', 'html', ...args]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(stderr);
  });
});
