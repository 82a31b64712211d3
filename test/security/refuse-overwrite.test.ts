/**
 * The tool never writes a report over one of its inputs, however the path is
 * spelled: `./`, `..` detours, absolute, a symlink either way, or an --out folder
 * that holds an input under a report's name. The input's bytes stay as they were.
 */
import { copyFileSync, linkSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { expectCleanKnownError, scratchDir } from '../helpers/fuzz-helpers.js';

const { dir, cleanup } = scratchDir('overwrite');
afterAll(cleanup);
const CLEAN = join(process.cwd(), 'fixtures/security/clean.csv');
const original = readFileSync(CLEAN);
beforeAll(() => {
  copyFileSync(CLEAN, join(dir, 'in.csv'));
  mkdirSync(join(dir, 'sub'));
  symlinkSync(join(dir, 'in.csv'), join(dir, 'link.csv'));
  mkdirSync(join(dir, 'out'));
  copyFileSync(CLEAN, join(dir, 'out', 'report.csv'));
});

/** [case, input given, output args] */
const CASES: [string, string, string[]][] = [
  ['the same name', 'in.csv', ['--format', 'csv', '--out', 'in.csv']],
  ['./ in front', 'in.csv', ['--format', 'json', '--out', './in.csv']],
  ['a .. detour', 'in.csv', ['--format', 'json', '--out', 'sub/../in.csv']],
  ['doubled slashes', 'in.csv', ['--format', 'json', '--out', './/in.csv']],
  ['an absolute path', 'in.csv', ['--format', 'markdown', '--out', join(dir, 'in.csv')]],
  ['a symlink to the input as --out', 'in.csv', ['--format', 'html', '--out', 'link.csv']],
  ['the input given through a symlink, --out its target', 'link.csv', ['--format', 'junit', '--out', 'in.csv']],
  ['an --out folder holding the input as report.csv', 'out/report.csv', ['--format', 'json,csv', '--out', 'out']],
  ['an --out folder spelled with ./ and a trailing slash', 'out/report.csv', ['--format', 'csv,html', '--out', './out/']],
  ['the second of two inputs', 'in.csv', ['--format', 'json', '--out', 'out/report.csv']],
];

describe('refuses to write a report over an input (exit 2, input untouched)', () => {
  it.each(CASES)('%s', async (name, input, out) => {
    const inputs = name === 'the second of two inputs' ? [input, 'out/report.csv'] : [input];
    const run = await runCli(['audit', ...inputs, ...out], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expectCleanKnownError(run.stderr);
    expect(run.stderr).toMatch(/refusing to write a report over .*: the audit reads it/);
    expect(readFileSync(join(dir, 'in.csv'))).toEqual(original);
    expect(readFileSync(join(dir, 'out', 'report.csv'))).toEqual(original);
  });

  it('a hard link to the input as --out: the rename replaces the link, never the input bytes', async () => {
    linkSync(join(dir, 'in.csv'), join(dir, 'hard.csv'));
    const run = await runCli(['audit', 'in.csv', '--format', 'json', '--out', 'hard.csv'], { cwd: dir });
    expect([0, 2]).toContain(run.exitCode);
    expect(readFileSync(join(dir, 'in.csv'))).toEqual(original);
  });
});

describe('refuses to write a report over any other file the audit reads', () => {
  it.each([
    ['a rule file', ['--rules', 'rule-copy.yaml'], 'rule-copy.yaml'],
    ['a --compare report', ['--compare', 'earlier.json'], 'earlier.json'],
    ['the exceptions file', ['--exceptions', 'exceptions.yaml'], 'exceptions.yaml'],
  ])('%s', async (_name, extra, target) => {
    const { writeFileSync } = await import('node:fs');
    copyFileSync(join(process.cwd(), 'rules/local/west-yorkshire.yaml'), join(dir, 'rule-copy.yaml'));
    writeFileSync(join(dir, 'earlier.json'), '{}');
    writeFileSync(join(dir, 'exceptions.yaml'), '[]\n');
    const before = readFileSync(join(dir, target));
    const run = await runCli(['audit', 'in.csv', ...extra, '--format', 'json', '--out', target], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/refusing to write a report over .*: the audit reads it/);
    expect(readFileSync(join(dir, target))).toEqual(before);
  });
});
