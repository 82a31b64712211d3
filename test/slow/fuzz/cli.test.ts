/**
 * Fuzz the real CLI (in-process): random exports, filters, options and rule
 * files. Exit 0/1 with a report whose row accounting holds, or exit 2 with one
 * clear `ncrs-audit:` message — never an internal error or a stack trace.
 */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';
import { structureExport, wellFormedExport, type GeneratedExport } from './csv-arbitraries.js';
import { expectCleanKnownError, scratchDir } from '../../helpers/fuzz-helpers.js';
import { mutatedShippedFile, shippedRuleFiles } from './rule-arbitraries.js';
import { fuzzSettings, TEST_TIMEOUT } from './settings.js';

const { dir, cleanup } = scratchDir('fuzz-cli');
const shipped = shippedRuleFiles(join(process.cwd(), 'rules'));
beforeAll(() => cpSync(join(process.cwd(), 'rules'), join(dir, 'rules'), { recursive: true }));
afterAll(cleanup);

interface JsonReport {
  status: 'pass' | 'fail';
  inputs: { rows: number }[];
  rows: { read: number; evaluated: number; rejected: number; filtered: number };
  rejected: unknown[];
}

const filters = fc.record({
  period: fc.option(fc.constantFrom('2026-10', '2026-09', '2026-13', 'Oct 2026'), { nil: undefined }),
  districts: fc.array(fc.constantFrom('Leeds', 'LEEDS', 'Bradford', 'Nowhere', ''), { maxLength: 2 }),
});

async function auditOnce(files: GeneratedExport[], f: { period?: string; districts: string[] }): Promise<void> {
  const names = files.map((g, i) => {
    writeFileSync(join(dir, `in-${i}.csv`), g.bytes);
    return `in-${i}.csv`;
  });
  const args = ['audit', ...names, '--format', 'json', '--quiet'];
  if (f.period !== undefined) args.push('--period', f.period);
  for (const d of f.districts) args.push('--district', d);
  const run = await runCli(args, { cwd: dir });
  expect([0, 1, 2]).toContain(run.exitCode);
  if (run.exitCode === 2) {
    expectCleanKnownError(run.stderr);
    expect(run.stdout).toBe('');
    return;
  }
  expect(run.stderr).not.toMatch(/internal error/);
  const report = JSON.parse(run.stdout) as JsonReport;
  const { read, evaluated, rejected, filtered } = report.rows;
  expect(read).toBe(evaluated + rejected + filtered);
  expect(report.rejected).toHaveLength(rejected);
  expect(report.inputs.reduce((s, i) => s + i.rows, 0)).toBe(read);
  if (f.period === undefined && f.districts.length === 0) expect(filtered).toBe(0);
  files.forEach((g, i) => {
    if (g.dataRows !== null) expect(report.inputs[i]!.rows).toBe(g.dataRows);
  });
  expect(run.exitCode).toBe(report.status === 'fail' ? 1 : 0);
  if (rejected > 0) expect(run.exitCode).toBe(1);
}

describe('fuzz: ncrs-audit audit through the CLI', () => {
  it('well-formed exports (one or two files) with random --period / --district: read = evaluated + rejected + filtered', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(wellFormedExport, { minLength: 1, maxLength: 2 }), filters, (files, f) => auditOnce(files, f)),
      fuzzSettings(60, 0.02),
    );
  }, TEST_TIMEOUT);

  it('exports with random structure: a report or exit 2 with one clear message', async () => {
    await fc.assert(fc.asyncProperty(structureExport, filters, (file, f) => auditOnce([file], f)), fuzzSettings(60, 0.02));
  }, TEST_TIMEOUT);

  it('the same export twice: byte-identical JSON apart from generatedAt', async () => {
    await fc.assert(
      fc.asyncProperty(wellFormedExport, filters, async (file, f) => {
        writeFileSync(join(dir, 'same.csv'), file.bytes);
        const args = ['audit', 'same.csv', '--format', 'json', '--quiet', ...(f.period ? ['--period', f.period] : []), ...f.districts.flatMap((d) => ['--district', d])];
        const [a, b] = [await runCli(args, { cwd: dir }), await runCli(args, { cwd: dir })];
        expect(b.exitCode).toBe(a.exitCode);
        const strip = (s: string) => s.replace(/"generatedAt": "[^"]*"/, '');
        expect(strip(b.stdout)).toBe(strip(a.stdout));
        expect(b.stderr).toBe(a.stderr);
      }),
      fuzzSettings(25, 0.02),
    );
  }, TEST_TIMEOUT);

  it('random options: never an internal error', async () => {
    writeFileSync(join(dir, 'ok.csv'), 'record_id,record_type,reported_at,district\nA1,crime,2026-10-01 10:00,Leeds\n');
    const option = fc.oneof(
      fc.tuple(fc.constant('--format'), fc.constantFrom('json', 'csv', 'markdown', 'html', 'junit', 'terminal', 'json,csv', 'pdf', ',', '')),
      fc.tuple(fc.constant('--out'), fc.constantFrom('-', 'out', 'out/', 'ok.csv', './ok.csv', 'r.json', '')),
      fc.tuple(fc.constant('--period'), fc.constantFrom('2026-10', '2026-1', '', '9999-12', '0000-01')),
      fc.tuple(fc.constant('--profile'), fc.constantFrom('canonical', 'police-uk', 'nope', './nope.yaml', 'ok.csv', '/dev/null')),
      fc.tuple(fc.constant('--rules'), fc.constantFrom('rules/ncrs', 'rules/codelists/outcome-types.yaml', 'nope.yaml', 'ok.csv', 'rules')),
      fc.tuple(fc.constant('--as-of'), fc.constantFrom('2026-10-31', '31/10/2026', '')),
      fc.tuple(fc.constant('--exceptions'), fc.constantFrom('nope.yaml', 'ok.csv')),
      fc.tuple(fc.constantFrom('--public', '--include-details', '--no-color', '--quiet', '--debug', '--bogus')),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(option, { maxLength: 4 }), fc.constantFrom(['ok.csv'], ['ok.csv', 'missing.csv'], []), async (opts, inputs) => {
        const args = ['audit', ...inputs, ...opts.flat()];
        const run = await runCli(args, { cwd: dir });
        expect([0, 1, 2]).toContain(run.exitCode);
        expect(run.stderr).not.toMatch(/internal error/);
        if (!args.includes('--debug')) expect(run.stderr).not.toMatch(/^\s+at /m);
      }),
      fuzzSettings(80, 0.02),
    );
  }, TEST_TIMEOUT);
});

describe('fuzz: rule files through the CLI', () => {
  it('rules check on a mutated shipped file exits 0 or 1; audit with it exits 0, 1 or 2 — never an internal error', async () => {
    writeFileSync(join(dir, 'ok.csv'), 'record_id,record_type,reported_at,recorded_at,district,status,offence_code\nA1,crime,2026-10-01 10:00,2026-10-01 11:00,Leeds,recorded,8N\n');
    await fc.assert(
      fc.asyncProperty(mutatedShippedFile(shipped.filter((f) => !f.path.startsWith('codelists/'))), async ({ path, text }) => {
        const target = join('rules', path.replace(/\.yaml$/, '.mut.yaml'));
        writeFileSync(join(dir, target), text);
        const layered = path.startsWith('local/') ? ['--rules', 'rules/ncrs'] : [];
        const check = await runCli(['rules', 'check', ...layered, '--rules', target], { cwd: dir });
        expect([0, 1]).toContain(check.exitCode);
        expect(check.stderr).not.toMatch(/internal error/);
        if (check.exitCode === 1) expect(check.stdout).toMatch(/^[^\n]+:\d+:\d+: /);
        const audit = await runCli(['audit', 'ok.csv', ...layered, '--rules', target, '--format', 'json', '--quiet'], { cwd: dir });
        expect([0, 1, 2]).toContain(audit.exitCode);
        if (audit.exitCode === 2) expectCleanKnownError(audit.stderr);
        // rules check and audit agree on whether the rule file is usable.
        expect(audit.exitCode === 2).toBe(check.exitCode === 1);
      }),
      fuzzSettings(60, 0.02),
    );
  }, TEST_TIMEOUT);
});
