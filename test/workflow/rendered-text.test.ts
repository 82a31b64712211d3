/**
 * What trend, progress and review pages show of where and when: dates in words,
 * never an ISO timestamp with milliseconds, and file names without their folders
 * (pages travel further than the machine that made them), even when every input
 * was given by its absolute path and every report was made at a time with
 * milliseconds. The JSON keeps both exactly.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { crimesWorksheet, WORKED_RECORDS, WORKED_STRATA } from './helpers/crimes.js';
import { RECOMMENDATIONS, progressMonths } from './helpers/progress-months.js';

const MS_TIMESTAMP = /\d{2}:\d{2}:\d{2}\.\d{3}/;
/** An absolute POSIX or Windows path, at the start of a word or after a quote or bracket. */
const ABSOLUTE_PATH = /(^|[\s("'`>|])(\/[A-Za-z0-9._-]+\/|[A-Za-z]:\\)/m;

const dir = tempDir('rendered');
const write = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
// Each report made at a time with milliseconds, as `audit` writes it.
const reports = progressMonths().map((r, i) => write(`report-${r.period}.json`, JSON.stringify({ ...r, generatedAt: `2026-11-0${i + 1}T08:46:07.68${i}Z` })));
const recommendations = write('recs.yaml', RECOMMENDATIONS);
// A worksheet with one verdict missing, so the problem list names the file too.
const worksheet = write('worksheet.csv', crimesWorksheet(WORKED_RECORDS, WORKED_STRATA).replace(',,Y,Y,A. Auditor,', ',,Y,,A. Auditor,'));

const COMMANDS = {
  trend: () => ['trend', ...reports],
  progress: () => ['progress', recommendations, ...reports],
  review: () => ['review', worksheet, '--by', 'district'],
};

describe.each(Object.keys(COMMANDS) as (keyof typeof COMMANDS)[])('%s', (command) => {
  it.each(['terminal', 'markdown', 'html'])('%s: no ISO timestamp with milliseconds, no absolute path', async (format) => {
    const r = await runCli([...COMMANDS[command](), '--no-config', '--format', format], { cwd: dir });
    expect(r.exitCode).toBeLessThan(2);
    expect(r.stdout.length).toBeGreaterThan(500);
    expect(r.stdout).not.toMatch(MS_TIMESTAMP);
    expect(r.stdout).not.toContain(dir);
    expect(r.stdout).not.toMatch(ABSOLUTE_PATH);
  });
});

describe('dates in words where a page says when', () => {
  it.each([
    { args: () => [...COMMANDS.trend(), '--format', 'markdown'], expected: '- 2026-04: report-2026-04.json, made 1 November 2026, 08:46 UTC' },
    { args: () => [...COMMANDS.trend(), '--format', 'html'], expected: '<li>2026-10: report-2026-10.json, made 7 November 2026, 08:46 UTC</li>' },
    { args: () => [...COMMANDS.review(), '--format', 'markdown'], expected: /\nMade \d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2} UTC by ncrs-audit [\d.]+, from worksheet worksheet\.csv\.\n/ },
  ])('$expected', async ({ args, expected }) => {
    const r = await runCli([...args(), '--no-config'], { cwd: dir });
    if (typeof expected === 'string') expect(r.stdout).toContain(expected);
    else expect(r.stdout).toMatch(expected);
  });

  it('the JSON keeps the exact times and paths', async () => {
    const r = await runCli([...COMMANDS.trend(), '--no-config', '--format', 'json'], { cwd: dir });
    const json = JSON.parse(r.stdout) as { months: { source: string; generatedAt: string }[] };
    expect(json.months[0]).toEqual(expect.objectContaining({ source: reports[0], generatedAt: '2026-11-01T08:46:07.680Z' }));
  });
});
