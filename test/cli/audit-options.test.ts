/** The audit command's output plan and config-file defaults, as { args, exitCode, ... } rows. */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const demo = resolve('fixtures/conformance/sample-2026-27-export.csv');

describe('audit output plan (cli.md)', () => {
  it.each([
    { name: 'one format, no --out: stdout', args: ['--format', 'json'], exitCode: 1, stdout: /^\{\n {2}"schemaVersion": 1/ },
    { name: 'one format, --out -: stdout', args: ['--format', 'csv', '--out', '-'], exitCode: 1, stdout: /^rule,/ },
    { name: 'two formats without --out', args: ['--format', 'json,csv'], exitCode: 2, stderr: /several formats need --out/ },
    { name: 'unknown format', args: ['--format', 'pdf'], exitCode: 2, stderr: /unknown format 'pdf'/ },
    { name: 'bad period', args: ['--period', '2026-13'], exitCode: 2, stderr: /--period '2026-13'/ },
    { name: 'bad as-of', args: ['--as-of', '1/10/2026'], exitCode: 2, stderr: /--as-of/ },
  ])('$name', async ({ args, exitCode, stdout, stderr }) => {
    const run = await runCli(['audit', demo, ...args]);
    expect(run.exitCode).toBe(exitCode);
    if (stdout) expect(run.stdout).toMatch(stdout);
    if (stderr) expect(run.stderr).toMatch(stderr);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('several formats go to a folder, with the terminal summary on stdout', async () => {
    const dir = tempDir('audit-cli');
    const run = await runCli(['audit', demo, '--format', 'terminal,json,csv,markdown,html,junit', '--out', join(dir, 'out')]);
    expect(run.exitCode).toBe(1);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['report.csv', 'report.html', 'report.json', 'report.junit.xml', 'report.md']);
    expect(run.stdout).toMatch(/FAIL/);
    expect(JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8')).status).toBe('fail');
  });

  it('one format to a file leaves no temporary file behind', async () => {
    const dir = tempDir('audit-cli');
    const run = await runCli(['audit', demo, '--format', 'json', '--out', join(dir, 'r.json'), '--quiet']);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toBe('');
    expect(readdirSync(dir)).toEqual(['r.json']);
  });
});

describe('ncrs-audit.config.yaml', () => {
  it('supplies defaults found by searching upwards; the command line wins', async () => {
    const dir = tempDir('audit-cli');
    writeFileSync(join(dir, 'ncrs-audit.config.yaml'), 'formats: [json]\nperiod: "2026-10"\ndistricts: [Leeds]\n');
    const nested = join(dir, 'a', 'b');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(nested, { recursive: true });

    const fromConfig = await runCli(['audit', demo], { cwd: nested });
    const report = JSON.parse(fromConfig.stdout);
    expect(report.period).toBe('2026-10');
    expect(report.rows.filtered).toBeGreaterThan(0);
    expect(report.breakdowns.district.map((d: { key: string }) => d.key)).toEqual(['Leeds']);

    const overridden = await runCli(['audit', demo, '--format', 'csv'], { cwd: nested });
    expect(overridden.stdout).toMatch(/^rule,/);

    const ignored = await runCli(['audit', demo, '--no-config', '--quiet'], { cwd: nested });
    expect(ignored.stdout).toBe('');
  });

  it('an invalid config stops the audit with file:line:column', async () => {
    const dir = tempDir('audit-cli');
    writeFileSync(join(dir, 'ncrs-audit.config.yaml'), 'formats: [pdf]\n');
    const run = await runCli(['audit', demo], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/ncrs-audit\.config\.yaml:1:\d+: /);
    expect(existsSync(join(dir, 'report.json'))).toBe(false);
  });
});

describe('input errors name the file as it was given', () => {
  it.each([
    ['a missing file', 'missing.csv', /^ncrs-audit: missing\.csv: /],
    ['a structurally broken file', 'broken.csv', /^ncrs-audit: broken\.csv:2: /],
  ])('%s', async (_name, input, message) => {
    const dir = tempDir('audit-cli');
    writeFileSync(join(dir, 'broken.csv'), 'record_id,record_type\n"unterminated,crime\n');
    const run = await runCli(['audit', input], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toContain(dir);
  });
});

describe('sample names a missing input as given, like audit', () => {
  it('sample missing.csv', async () => {
    const dir = tempDir('audit-cli');
    const run = await runCli(['sample', 'missing.csv', '--size', '5'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^ncrs-audit: missing\.csv: /);
    expect(run.stderr).not.toContain(dir);
  });
});
