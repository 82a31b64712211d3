/**
 * The shared conformance month for edition 2026/27 (copied to fixtures/):
 * the exact counts, statuses, rejected rows and failing line numbers the spec
 * requires, checked end to end through the CLI's JSON output.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportSchema, type Report } from '../../src/report/schema.js';
import { runCli } from '../helpers/run-cli.js';

interface Expected {
  rows: Report['rows'];
  status: 'pass' | 'fail';
  expectedExitCode: number;
  rules: Record<string, { applicable: number; failed: number; status: string }>;
  rejected: { line: number; reason: string }[];
  failedLines: Record<string, number[]>;
}

const input = 'fixtures/conformance/sample-2026-27-export.csv';
const expected = JSON.parse(readFileSync('fixtures/conformance/sample-2026-27-expected.json', 'utf8')) as Expected;

describe('conformance month', async () => {
  const run = await runCli(['audit', input, '--format', 'json']);
  const report = reportSchema.parse(JSON.parse(run.stdout));

  it('exits as the spec requires, with the right overall status', () => {
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(expected.expectedExitCode);
    expect(report.status).toBe(expected.status);
  });

  it('accounts for every row', () => {
    expect(report.rows).toEqual(expected.rows);
    expect(report.inputs).toEqual([expect.objectContaining({ path: input, rows: expected.rows.read })]);
  });

  it('lists each rejected row with its line and reason', () => {
    expect(report.rejected.map(({ line, reason }) => ({ line, reason }))).toEqual(expected.rejected);
    expect(report.rejected.every((r) => r.file === input)).toBe(true);
  });

  it.each(Object.entries(expected.rules))('%s: applicable, failed and status', (id, want) => {
    const rule = report.rules.find((r) => r.id === id);
    expect(rule, `rule ${id} in report`).toBeDefined();
    expect({ applicable: rule!.applicable, failed: rule!.failed, status: rule!.status }).toEqual(want);
  });

  it.each(Object.entries(expected.failedLines))('%s: the failing lines', (id, lines) => {
    const found = (report.findings ?? []).filter((f) => f.ruleId === id).map((f) => f.line);
    expect(found).toEqual(lines);
  });

  it('names the edition of every rule file, code list and rule (2026/27)', () => {
    expect(report.rulePack.files.length).toBe(11);
    expect(report.rulePack.files.map((f) => f.edition)).toEqual(Array<string>(11).fill('2026/27'));
    expect(report.rules.map((r) => r.edition)).toEqual(Array<string>(20).fill('2026/27'));
  });

  it('reports the rules in load order and nothing beyond the pack', () => {
    expect(report.rules.map((r) => r.id).sort()).toEqual(Object.keys(expected.rules).sort());
  });
});
