/**
 * Loose arguments and files are refused with one line naming the value or the
 * lines at fault (issue 15, items 11 and 12).
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDuration } from '../../src/operators/support/common.js';
import { checkRuleFiles } from '../../src/rules/index.js';
import { runCli } from '../helpers/run-cli.js';
import { expectCleanKnownError, scratchDir } from '../helpers/fuzz-helpers.js';
import { ruleFile } from '../helpers/rule-file.js';

const { dir, cleanup } = scratchDir('arguments');
afterAll(cleanup);
const CLEAN = join(process.cwd(), 'fixtures/security/clean.csv');

const entry = (rule: string, record: string) => [`- rule: ${rule}`, `  record_id: "${record}"`, '  justification: checked', '  accepted_by: DDM', '  expires: 2027-01-01'];

beforeAll(() => {
  writeFileSync(join(dir, 'in.csv'), readFileSync(CLEAN));
  writeFileSync(join(dir, 'twice.yaml'), [...entry('NCRS-001', 'CR-1'), ...entry('HOCR-003', 'CR-1'), ...entry('NCRS-001', 'CR-1'), ''].join('\n'));
  writeFileSync(join(dir, 'unknown-rule.yaml'), [...entry('NCRS-001', 'CR-1'), ...entry('NCRS-0O1', 'CR-2'), ''].join('\n'));
  mkdirSync(join(dir, 'rules'));
  writeFileSync(join(dir, 'rules', 'good.yaml'), ruleFile('    require: { present: record_id }\n    message: failed\n'));
  symlinkSync(join(dir, 'rules', 'gone.yaml'), join(dir, 'rules', 'dangling.yaml'));
  symlinkSync(join(dir, 'loop-b.yaml'), join(dir, 'loop-a.yaml'));
  symlinkSync(join(dir, 'loop-a.yaml'), join(dir, 'loop-b.yaml'));
});

describe('arguments (item 11)', () => {
  it.each([
    ['an empty --period', ['--period', ''], /--period '' is not a month/],
    ['--as-of a day that does not exist', ['--as-of', '2026-02-30'], /--as-of '2026-02-30' is not a date/],
    ['--as-of a day out of range', ['--as-of', '2026-13-01'], /--as-of '2026-13-01' is not a date/],
  ])('%s: exit 2 naming the value', async (_name, args, message) => {
    const run = await runCli(['audit', 'in.csv', '--no-config', ...args], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expectCleanKnownError(run.stderr);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('exceptions (item 11)', () => {
  it('a second exception for the same rule and record: exit 2 naming both lines', async () => {
    const run = await runCli(['audit', 'in.csv', '--no-config', '--exceptions', 'twice.yaml'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expectCleanKnownError(run.stderr);
    expect(run.stderr).toMatch(/^ncrs-audit: twice\.yaml:11:1: a second exception for rule NCRS-001 and record 'CR-1' \(the first is at line 1\)/);
  });

  it('an exception naming a rule not in force: exit 2 at its line, never merely "unused"', async () => {
    const run = await runCli(['audit', 'in.csv', '--no-config', '--exceptions', 'unknown-rule.yaml'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expectCleanKnownError(run.stderr);
    expect(run.stderr).toMatch(/^ncrs-audit: unknown-rule\.yaml:6:1: rule NCRS-0O1 is not a rule in force/);
  });
});

describe('rule paths (item 11)', () => {
  it('a dangling .yaml symlink in a rules folder is an error, not one rule file fewer', async () => {
    const problems = await checkRuleFiles(['rules'], dir);
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual(['rules/dangling.yaml: is a symbolic link to nothing (its target does not exist)']);
    const run = await runCli(['audit', 'in.csv', '--no-config', '--rules', 'rules'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/rules\/dangling\.yaml:1:1: is a symbolic link to nothing/);
  });

  it('a symlinked rule file in a folder is read like any other', async () => {
    mkdirSync(join(dir, 'linked'));
    symlinkSync(join(dir, 'rules', 'good.yaml'), join(dir, 'linked', 'via-link.yaml'));
    expect(await checkRuleFiles(['linked'], dir)).toEqual([]);
  });

  it('no hint suggests the word already written ("unknown key \'name\' (did you mean \'name\'?)")', async () => {
    writeFileSync(join(dir, 'top-name.yaml'), `name: misplaced\n${ruleFile('    require: { present: record_id }\n    message: failed\n')}`);
    const problems = await checkRuleFiles(['top-name.yaml'], dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toBe("unknown key 'name'");
    expect(problems[0]!.hint).not.toMatch(/did you mean 'name'/);
  });

  it('every error of a rule file in one run: a threshold out of range hides none of the others', async () => {
    const rule = (id: string, extra: string, require: string) =>
      `  - id: ${id}\n    name: t\n    severity: error\n    standard: s\n    description: d\n${extra}    require: ${require}\n    message: m\n`;
    writeFileSync(join(dir, 'many-errors.yaml'), `rules:\n${rule('T-001', '    threshold: 7\n', '{ field: offence_codez, equals: x }')}${rule('T-002', '', "{ field: record_id, matches: '[a-' }")}`);
    const problems = await checkRuleFiles(['many-errors.yaml'], dir);
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '7: threshold must be between 0 and 1 (a rate: 0.95 means 95%)',
      "8: unknown field name 'offence_codez'",
      '15: bad regular expression: Unterminated character class',
    ]);
  });

  it('… up to a cap of 100 per file, then one line saying how many more', async () => {
    const rules = Array.from({ length: 150 }, (_, i) => `  - id: T-${i + 1}\n    name: t\n    severity: error\n    standard: s\n    description: d\n    require: { field: nope_${i}, equals: x }\n    message: m\n`);
    writeFileSync(join(dir, 'flood.yaml'), `rules:\n${rules.join('')}`);
    const problems = await checkRuleFiles(['flood.yaml'], dir);
    expect(problems).toHaveLength(101);
    expect(problems.at(-1)!.message).toBe('50 more problems in this file not shown');
  });

  it('a symlink loop is named as one, not "no such rule file"', async () => {
    const problems = await checkRuleFiles(['loop-a.yaml'], dir);
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual(['loop-a.yaml: is a symbolic link loop']);
  });
});

describe('durations never round a failure down to the limit (item 12)', () => {
  it.each([
    [24 * 3_600_000 + 1000, '24h 0m 1s'],
    [24 * 3_600_000, '24h 0m'],
    [24 * 3_600_000 + 1, '24h 0m 0.001s'],
    [31 * 3_600_000 + 10 * 60_000, '31h 10m'],
    [-45 * 60_000, '-45m'],
    [59_999, '0m 59.999s'],
  ])('%d ms reads %s', (ms, words) => {
    expect(formatDuration(ms)).toBe(words);
  });

  it('through an audit: recorded 24 hours and 1 second after the report', async () => {
    writeFileSync(
      join(dir, 'late.csv'),
      'record_id,record_type,reported_at,recorded_at,district,offence_code,status\nCR-9,crime,2026-10-01 09:00:00,2026-10-02 09:00:01,Leeds,8N,recorded\n',
    );
    const run = await runCli(['audit', 'late.csv', '--no-config', '--format', 'json', '--rules', 'shipped:rules/ncrs/recording.yaml'], { cwd: dir });
    const report = JSON.parse(run.stdout) as { findings: { ruleId: string; message: string }[] };
    expect(report.findings.find((f) => f.ruleId === 'NCRS-001')?.message).toMatch(/recorded 24h 0m 1s after the report/);
  });
});
