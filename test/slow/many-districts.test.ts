/**
 * A 100,000-district audit writes every format, with HTML under 5 MB (issue 15,
 * item 5), and the text chart takes more rows than a call can spread.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DISTRICTS_SHOWN } from '../../src/report/panel/panel-model.js';
import { textChart } from '../../src/report/panel/text-chart.js';
import { runCli } from '../helpers/run-cli.js';
import { scratchDir } from '../helpers/fuzz-helpers.js';
import { writeManyDistricts } from '../helpers/many-districts.js';

const { dir, cleanup } = scratchDir('many-districts-slow');
afterAll(cleanup);

describe('100,000 districts', () => {
  it('every format is written; HTML under 5 MB; JSON keeps every district', async () => {
    writeManyDistricts(join(dir, 'in.csv'), 100_000);
    const run = await runCli(['audit', 'in.csv', '--format', 'terminal,json,csv,markdown,html,junit', '--out', 'out'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(1);
    const size = (name: string) => statSync(join(dir, 'out', name)).size;
    for (const name of ['report.json', 'report.csv', 'report.md', 'report.html', 'report.junit.xml']) expect(size(name)).toBeGreaterThan(0);
    expect(size('report.html')).toBeLessThan(5 * 1024 * 1024);
    const report = JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8')) as { breakdowns: { district: unknown[] } };
    expect(report.breakdowns.district.length).toBe(100_060);
    const md = readFileSync(join(dir, 'out', 'report.md'), 'utf8');
    expect(md).toContain(`all other districts (${(100_060 - DISTRICTS_SHOWN).toLocaleString('en-GB')})`);
  }, 600_000);
});

it('the text chart takes a list longer than a call can spread (no Math.max(...rows))', () => {
  const rows = Array.from({ length: 300_000 }, (_, i) => ({
    key: `d${i}`, label: `d${i}`, applicable: '1', met: '1', rate: 1, rateText: '100%', ci95: null, ciText: '—', suppressed: false, verdict: 'meets' as const, verdictWords: '',
  }));
  expect(textChart(rows, 0.9).length).toBe(300_002);
});
