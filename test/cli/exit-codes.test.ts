/**
 * Exit codes exactly as spec/cli.md, one row per case: 0 success, 1 the command
 * ran and found problems, 2 it could not run — with one clear `ncrs-audit:`
 * message on stderr and no stack trace (unless --debug, and then only for
 * unexpected errors).
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { formats } from '../../src/report/formats/index.js';
import { runCli } from '../helpers/run-cli.js';
import { scratchDir } from '../helpers/fuzz-helpers.js';

const { dir: tmp, cleanup } = scratchDir('exit-codes');
afterAll(cleanup);
const S = 'fixtures/security';
const D = 'fixtures/workflow/diff';
const P = 'fixtures/setup';

beforeAll(async () => {
  writeFileSync(join(tmp, 'empty.csv'), '');
  expect((await runCli(['audit', `${S}/clean.csv`, '--format', 'json', '--out', join(tmp, 'report.json')])).exitCode).toBe(0);
  expect((await runCli(['sample', `${S}/clean.csv`, '--size', '2', '--seed', '7', '--out', join(tmp, 'worksheet.csv')])).exitCode).toBe(0);
});

interface Row {
  args: string[];
  exitCode: 0 | 1 | 2;
  stdout?: RegExp;
  stderr?: RegExp;
  /** Run in the scratch folder rather than the package root. */
  inTmp?: boolean;
  /** Run in this folder (relative to the package root). */
  cwd?: string;
}

const T = '{tmp}';
const ROWS: Row[] = [
  // audit: results
  { args: ['audit', `${S}/clean.csv`], exitCode: 0, stdout: /^PASS: /m },
  { args: ['audit', `${S}/failing.csv`], exitCode: 1, stdout: /^FAIL: 1 error rule failed/m },
  { args: ['audit', `${S}/warnings-only.csv`], exitCode: 0, stdout: /^PASS: /m },
  { args: ['audit', `${S}/rejected-row.csv`], exitCode: 1, stdout: /1 row rejected/ },
  { args: ['audit', `${S}/failing.csv`, '--format', 'json', '--out', `${T}/failed.json`], exitCode: 1, stdout: /failed\.json/ },
  { args: ['audit', `${S}/clean.csv`, '--period', '2026-10', '--district', 'leeds'], exitCode: 0, stdout: /3 rows read, 2 evaluated/ },
  // audit: could not run
  { args: ['audit', `${S}/no-such.csv`], exitCode: 2, stderr: /^ncrs-audit: \S*no-such\.csv: no such file\n$/ },
  { args: ['audit', `${S}/clean.csv`, `${S}/no-such.csv`], exitCode: 2, stderr: /no-such\.csv: no such file/ },
  { args: ['audit', S], exitCode: 2, stderr: /security: is a folder, not a CSV file/ },
  { args: ['audit', `${T}/empty.csv`], exitCode: 2, stderr: /empty\.csv: is empty/ },
  { args: ['audit', `${S}/header-only.csv`], exitCode: 2, stderr: /header-only\.csv:1: has a header but no data rows/ },
  { args: ['audit', `${S}/truncated.csv`], exitCode: 2, stderr: /truncated\.csv:3: unterminated quoted field/ },
  { args: ['audit', `${S}/clean.csv`, '--profile', 'nope'], exitCode: 2, stderr: /unknown profile 'nope'/ },
  { args: ['audit', `${S}/clean.csv`, '--profile', `${S}/bad-profile.yaml`], exitCode: 2, stderr: /bad-profile\.yaml:4:1: unknown key 'colour'/ },
  { args: ['audit', `${S}/clean.csv`, '--rules', `${S}/bad-rule.yaml`], exitCode: 2, stderr: /bad-rule\.yaml:7:\d+: threshold must be between 0 and 1/ },
  { args: ['audit', `${S}/clean.csv`, '--rules', `${S}/no-such.yaml`], exitCode: 2, stderr: /no-such\.yaml:1:1: no such rule file or folder/ },
  { args: ['audit', `${S}/clean.csv`, '--format', 'pdf'], exitCode: 2, stderr: /unknown format 'pdf'/ },
  { args: ['audit', `${S}/clean.csv`, '--format', 'json,csv'], exitCode: 2, stderr: /several formats need --out/ },
  { args: ['audit', `${S}/clean.csv`, '--period', '2026-13'], exitCode: 2, stderr: /--period '2026-13' is not a month/ },
  { args: ['audit', `${S}/clean.csv`, '--period', 'October'], exitCode: 2, stderr: /--period 'October'/ },
  { args: ['audit', `${S}/clean.csv`, '--as-of', '31/10/2026'], exitCode: 2, stderr: /--as-of/ },
  { args: ['audit', `${S}/clean.csv`, '--format', 'csv', '--out', `${S}/clean.csv`], exitCode: 2, stderr: /refusing to write a report over .*: the audit reads it/ },
  { args: ['audit', `${S}/clean.csv`, '--bogus'], exitCode: 2, stderr: /^ncrs-audit: unknown option '--bogus'/ },
  { args: ['audit'], exitCode: 2, stderr: /^ncrs-audit: missing required argument 'input'/ },
  { args: ['audit', `${S}/clean.csv`, '--format', 'pdf', '--debug'], exitCode: 2, stderr: /^ncrs-audit: --format: unknown format 'pdf'[^\n]*\n$/ },
  // top level
  { args: ['--help'], exitCode: 0, stdout: /Usage: ncrs-audit/ },
  { args: ['--version'], exitCode: 0, stdout: /^\d+\.\d+\.\d+/ },
  { args: ['no-such-command'], exitCode: 2, stderr: /^ncrs-audit: unknown command 'no-such-command'/ },
  // rules
  { args: ['rules', 'check'], exitCode: 0, stdout: /no problems/ },
  { args: ['rules', 'check', '--rules', `${S}/bad-rule.yaml`], exitCode: 1, stdout: /^\S*bad-rule\.yaml:7:\d+: threshold/m },
  { args: ['rules', 'check', '--rules', `${S}/no-such.yaml`], exitCode: 1, stdout: /no such rule file or folder/ },
  { args: ['rules', 'test'], exitCode: 0, stdout: /examples passed/ },
  { args: ['rules', 'test', '--rules', `${S}/failing-example.yaml`], exitCode: 1, stdout: /T-002 fail example 1/ },
  { args: ['rules', 'test', '--rules', `${S}/bad-rule.yaml`], exitCode: 2, stderr: /bad-rule\.yaml:7/ },
  { args: ['rules', 'list'], exitCode: 0, stdout: /NCRS-001/ },
  { args: ['rules', 'list', '--rules', `${S}/bad-rule.yaml`], exitCode: 2, stderr: /bad-rule\.yaml:7/ },
  { args: ['rules', 'docs'], exitCode: 0, stdout: /^# Rule catalogue/ },
  { args: ['rules', 'check', '--bogus'], exitCode: 2, stderr: /^ncrs-audit: unknown option '--bogus'/ },
  // one run setup: `rules *` resolve profile, config and rule set exactly as `audit` does
  { args: ['rules', 'check', '--profile', `${P}/profiles/typo-force.yaml`], exitCode: 1, stdout: /^\S*typo-force\.yaml:12:7: unknown operator 'presnt'/m },
  { args: ['rules', 'test', '--profile', `${P}/profiles/typo-force.yaml`], exitCode: 2, stderr: /typo-force\.yaml:12:7: unknown operator 'presnt'/ },
  { args: ['audit', `${S}/clean.csv`, '--profile', `${P}/profiles/typo-force.yaml`], exitCode: 2, stderr: /typo-force\.yaml:12:7: unknown operator 'presnt'/ },
  { args: ['rules', 'check'], cwd: `${P}/with-config`, exitCode: 1, stdout: /typo-force\.yaml:12:7: unknown operator 'presnt'/ },
  { args: ['rules', 'check', '--no-config'], cwd: `${P}/with-config`, exitCode: 0, stdout: /no problems/ },
  { args: ['rules', 'check', '--profile', 'nope'], exitCode: 2, stderr: /unknown profile 'nope' \(hint: shipped profiles: canonical, police-uk/ },
  { args: ['rules', 'list', '--profile', 'nope'], exitCode: 2, stderr: /unknown profile 'nope' \(hint: shipped profiles: canonical, police-uk/ },
  { args: ['rules', 'list', '--profile', 'police-uk'], exitCode: 0, stdout: /^(?![\s\S]*NCRS-)[\s\S]*PUK-001 .*rules\/police-uk\/open-data\.yaml/ },
  { args: ['sample', `${S}/clean.csv`, '--size', '1', '--profile', 'nope'], exitCode: 2, stderr: /unknown profile 'nope' \(hint: shipped profiles/ },
  { args: ['diff', `${S}/clean.csv`, '--base', 'default', '--head', 'default', '--fail-on-change'], exitCode: 0, stdout: /No record changes verdict/ },
  { args: ['diff', 'fixtures/police-uk/2025-07-city-of-london-street.csv', '--base', 'default', '--head', 'default', '--profile', 'police-uk', '--format', 'json'], exitCode: 0, stdout: /"base": \{\s*"files": \[\s*\{\s*"path": "rules\/police-uk\/open-data\.yaml"/ },
  // workflow commands that already work
  { args: ['sample', `${S}/clean.csv`, '--size', '2', '--seed', '1', '--out', `${T}/w.csv`], exitCode: 0, stdout: /Sample: 2 of 3 records/ },
  { args: ['sample', `${S}/no-such.csv`, '--size', '2', '--seed', '1', '--out', `${T}/w2.csv`], exitCode: 2, stderr: /no-such\.csv: no such file/ },
  { args: ['review', `${T}/worksheet.csv`], exitCode: 1, stdout: /miss/ },
  { args: ['review', `${S}/no-such.csv`], exitCode: 2, stderr: /no-such\.csv/ },
  { args: ['trend', `${T}/report.json`], exitCode: 0, stdout: /Compliance by month/ },
  { args: ['trend', `${S}/clean.csv`], exitCode: 2, stderr: /clean\.csv: not JSON/ },
  { args: ['diff', `${D}/export.csv`, '--base', `${D}/base.yaml`, '--head', `${D}/head.yaml`], exitCode: 0, stdout: /change verdict/ },
  { args: ['diff', `${D}/export.csv`, '--base', `${D}/base.yaml`, '--head', `${D}/head.yaml`, '--fail-on-change'], exitCode: 1, stdout: /change verdict/ },
  { args: ['diff', `${D}/export.csv`, '--base', `${S}/bad-rule.yaml`, '--head', `${D}/head.yaml`], exitCode: 2, stderr: /bad-rule\.yaml:7/ },
  { args: ['init'], exitCode: 0, inTmp: true, stdout: /created ncrs-audit\.config\.yaml/ },
  { args: ['init'], exitCode: 2, inTmp: true, stderr: /refusing to overwrite/ },
];

describe('exit codes (spec/cli.md)', () => {
  it.each(ROWS.map((row) => ({ ...row, name: row.args.join(' ') })))('$name -> $exitCode', async (row) => {
    const args = row.args.map((a) => a.replace(T, tmp));
    const run = await runCli(args, row.inTmp ? { cwd: tmp } : row.cwd ? { cwd: resolve(row.cwd) } : {});
    expect(run.exitCode, run.stderr).toBe(row.exitCode);
    if (row.stdout) expect(run.stdout).toMatch(row.stdout);
    if (row.stderr) expect(run.stderr.replaceAll(tmp, '{tmp}')).toMatch(row.stderr);
    // Never a stack trace, never an internal error, for anything a user can do.
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stderr).not.toMatch(/internal error/);
    if (row.exitCode === 2) {
      expect(run.stderr).toMatch(/^ncrs-audit: /);
      expect(run.stdout).toBe('');
    }
  });
});

describe('--debug shows a stack only for unexpected errors', () => {
  it.each([
    [false, /^ncrs-audit: internal error: formatter bug\n\(this is a bug in ncrs-audit; run again with --debug for details\)\n$/],
    [true, /^ncrs-audit: internal error: formatter bug\nError: formatter bug\n\s+at /],
  ])('--debug %s', async (debug, stderr) => {
    const spy = vi.spyOn(formats, 'markdown').mockImplementation(() => {
      throw new Error('formatter bug');
    });
    try {
      const run = await runCli(['audit', `${S}/clean.csv`, '--format', 'markdown', ...(debug ? ['--debug'] : [])]);
      expect(run.exitCode).toBe(2);
      expect(run.stderr).toMatch(stderr);
    } finally {
      spy.mockRestore();
    }
  });
});
