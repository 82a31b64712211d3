/**
 * Breakdowns that scale (issue 15, item 5): with one district per crime, every
 * format is written (no `Math.max(...30,000 values)` stack overflow); terminal,
 * Markdown and HTML show the 50 largest districts by records checked and one
 * "all other districts" line; JSON keeps every district. The 100,000-district
 * run (every format, HTML under 5 MB) and the 300,000-row text chart are in
 * test/slow; eslint refuses a spread into Math.max/Math.min.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISTRICTS_SHOWN } from '../../src/report/panel/panel-model.js';
import { runCli, type CliRun } from '../helpers/run-cli.js';
import { scratchDir } from '../helpers/fuzz-helpers.js';
import { writeManyDistricts } from '../helpers/many-districts.js';

const DISTRICTS = 30_000;
const { dir, cleanup } = scratchDir('many-districts');
afterAll(cleanup);
let run: CliRun;
const file = (name: string) => readFileSync(join(dir, 'out', name), 'utf8');
beforeAll(async () => {
  writeManyDistricts(join(dir, 'in.csv'), DISTRICTS);
  run = await runCli(['audit', 'in.csv', '--rules', 'shipped:rules/ncrs/recording.yaml', '--format', 'terminal,json,csv,markdown,html,junit', '--out', 'out'], { cwd: dir });
}, 120_000);

describe(`${DISTRICTS.toLocaleString('en-GB')} districts`, () => {
  it('every format is written', () => {
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(1);
    for (const name of ['report.json', 'report.csv', 'report.md', 'report.html', 'report.junit.xml']) expect(file(name).length).toBeGreaterThan(0);
  });

  it('JSON keeps every district', () => {
    const report = JSON.parse(file('report.json')) as { breakdowns: { district: { key: string }[] } };
    expect(report.breakdowns.district.length).toBe(DISTRICTS + 60);
  });

  it('Markdown: per rule, the 50 largest districts then one "all other districts" line', () => {
    const md = file('report.md');
    const table = md.split(/^#### /m).find((s) => s.startsWith('NCRS-001 by district'))!;
    const lines = table.split('\n');
    const start = lines.findIndex((l) => l.startsWith('|---')) + 1;
    const rows = lines.slice(start, lines.indexOf('', start));
    expect(rows.length).toBe(DISTRICTS_SHOWN + 1);
    // The largest first: the 60 "Big" districts hold 1–5 records, every other district 1.
    expect(rows[0]).toMatch(/^\| Big \d+ \| 5 \|/);
    expect(rows.at(-1)).toMatch(/^\| all other districts \(30,010\) \| 30,010 \|/);
  });

  it('HTML: the same 51 rows per rule table, and a page of bounded size', () => {
    const html = file('report.html');
    const table = html.split('<caption class="visually-hidden">NCRS-001 by district</caption>')[1]!.split('</table>')[0]!;
    expect(table.match(/<tr><th scope="row">/g)!.length).toBe(DISTRICTS_SHOWN + 1);
    expect(table).toContain('all other districts (30,010)');
    expect(html.length).toBeLessThan(2_000_000);
  });

  it('terminal output stays short', () => {
    expect(run.stdout.split('\n').length).toBeLessThan(100);
  });
});

