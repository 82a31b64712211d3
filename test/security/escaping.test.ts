/**
 * Every message and every rendering shows control and bidi characters escaped
 * (issue 15, item 8; cli.md "Reading files"): ESC/BEL sequences that would
 * retitle or clear a terminal, C1 controls, U+202E (right-to-left override),
 * U+2028/U+2029 — in stderr messages (headers, values, file names) and in the
 * terminal, Markdown and HTML reports.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { expectCleanKnownError, scratchDir } from '../helpers/fuzz-helpers.js';

const { dir, cleanup } = scratchDir('escaping');
afterAll(cleanup);

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const TITLE = '\u001b]0;PWN\u0007\u001b[2J';
const HEADER = 'record_id,record_type,reported_at,recorded_at,district,offence_code,status';

describe('stderr messages (item 8)', () => {
  it('a duplicate header quoting ESC and BEL: the header shown escaped', async () => {
    writeFileSync(join(dir, 'dup.csv'), `${HEADER},${TITLE},${TITLE}\nA,crime,2026-10-01 09:00,2026-10-01 10:00,Leeds,8N,recorded,x,y\n`);
    const run = await runCli(['audit', 'dup.csv'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expectCleanKnownError(run.stderr);
    expect(run.stderr).not.toMatch(UNSAFE);
    expect(run.stderr).toContain('\\x1b]0;PWN\\x07\\x1b[2J');
  });

  it.each([
    ['a file name', [`no-such-\u001b[2J\u202e.csv`], '\\x1b[2J\\u202e'],
    ['an argument', ['x.csv', '--period', `\u001b[31m\u2028`], '\\x1b[31m\\u2028'],
    ['an unknown option', ['x.csv', `--\u001b[2J`], '\\x1b[2J'],
  ])('%s', async (_name, args, shown) => {
    const run = await runCli(['audit', ...args], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).not.toMatch(UNSAFE);
    expect(run.stderr).toContain(shown);
  });
});

describe('renderings: terminal, Markdown and HTML (item 8)', () => {
  const ID = `ID\u202e1${TITLE}\u2028\u2029\u0085\u009b`;
  const DISTRICT = `Calder\u202edale\u2066\u001b[2J`;
  const out: Record<string, string> = {};
  beforeAll(async () => {
    writeFileSync(join(dir, 'values.csv'), `${HEADER}\n"${ID}",crime,2026-10-01 09:00,2026-10-20 10:00,"${DISTRICT}",8N,recorded\nB,crime,2026-10-01 09:00,2026-10-01 10:00,Leeds,8N,recorded\n`);
    const run = await runCli(['audit', 'values.csv', '--format', 'terminal,markdown,html,json', '--out', 'out'], { cwd: dir });
    expect(run.stderr).toBe('');
    out.terminal = run.stdout;
    out.markdown = readFileSync(join(dir, 'out', 'report.md'), 'utf8');
    out.html = readFileSync(join(dir, 'out', 'report.html'), 'utf8');
    out.json = readFileSync(join(dir, 'out', 'report.json'), 'utf8');
  });

  it.each(['terminal', 'markdown', 'html'])('%s holds no raw control or bidi character, and shows them escaped', (format) => {
    expect(out[format]).not.toMatch(UNSAFE);
    expect(out[format]).toMatch(/Calder\\{1,2}u202edale/);
  });

  it('JSON keeps the data as it was', () => {
    expect(out.json).toContain(JSON.stringify(DISTRICT).slice(1, -1));
  });
});
