/**
 * Structural limits of record.md "Broken files", through the real CLI: the audit
 * stops with exit 2 and file:line, and writes no report — never a half-read file
 * reported as if whole.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { expectCleanKnownError, scratchDir } from '../helpers/fuzz-helpers.js';

const { dir, cleanup } = scratchDir('limits');
afterAll(cleanup);

const HEAD = 'record_id,record_type,reported_at,district,closure_rationale\n';
const GOOD = 'A1,crime,2026-10-01 09:00,Leeds,\nA2,crime,2026-10-01 10:00,Leeds,\n';

/** [case, file content, line named, message] */
const CASES: [string, string | Buffer, number, RegExp][] = [
  ['a record over 1 MiB (a quote left open early)', `${HEAD}${GOOD}A3,crime,2026-10-01 11:00,Leeds,"${'x'.repeat((1 << 20) + 1)}\nA4,crime,2026-10-01,Leeds,\n`, 4, /record larger than 1 MiB/],
  ['a record over 1 MiB (properly quoted)', `${HEAD}${GOOD}A3,crime,2026-10-01 11:00,Leeds,"${'y'.repeat((1 << 20) + 1)}"\n`, 4, /record larger than 1 MiB/],
  ['a record over 1 MiB (no quotes at all)', `${HEAD}${GOOD}A3,crime,2026-10-01 11:00,Leeds,${'z'.repeat((1 << 20) + 1)}\n`, 4, /record larger than 1 MiB/],
  ['more than 1,000 header columns', `record_id,${Array.from({ length: 1000 }, (_, i) => `c${i}`).join(',')}\nA1\n`, 1, /1001 columns; at most 1000/],
  ['a truncated file: the last line cut inside a quoted field', `${HEAD}${GOOD}A3,crime,2026-10-01 11:00,Leeds,"Cut off mid-sen`, 4, /unterminated quoted field/],
  ['a truncated file: cut right after the opening quote, CRLF', `${HEAD}${GOOD}`.replace(/\n/g, '\r\n') + 'A3,crime,"', 4, /unterminated quoted field/],
  ['a quote opened on line 2 and never closed', `${HEAD}A1,crime,2026-10-01 09:00,Leeds,"opened\nA2,crime,2026-10-01 10:00,Leeds,\nA3,crime,2026-10-01 11:00,Leeds,\n`, 2, /unterminated quoted field/],
];

describe('broken files stop the audit with file:line and no report', () => {
  it.each(CASES)('%s', async (_name, content, line, message) => {
    writeFileSync(join(dir, 'broken.csv'), content);
    for (const out of [['--format', 'json', '--out', 'report.json'], ['--format', 'json,csv,html', '--out', 'reports']]) {
      const run = await runCli(['audit', 'broken.csv', ...out], { cwd: dir });
      expect(run.exitCode).toBe(2);
      expectCleanKnownError(run.stderr);
      // The file as given or as resolved against the working folder, then the line.
      expect(run.stderr).toMatch(new RegExp(`^ncrs-audit: (\\S*/)?broken\\.csv:${line}: `));
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(existsSync(join(dir, 'report.json'))).toBe(false);
      expect(existsSync(join(dir, 'reports'))).toBe(false);
    }
    expect(readdirSync(dir).sort()).toEqual(['broken.csv']);
  });

  it('exactly 1,000 header columns is allowed', async () => {
    writeFileSync(join(dir, 'wide.csv'), `record_id,record_type,${Array.from({ length: 998 }, (_, i) => `c${i}`).join(',')}\nA1,crime${',x'.repeat(998)}\n`);
    const run = await runCli(['audit', 'wide.csv', '--format', 'json'], { cwd: dir });
    expect(run.exitCode).not.toBe(2);
    expect(JSON.parse(run.stdout).rows.read).toBe(1);
  });
});
