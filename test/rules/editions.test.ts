/**
 * Editions: the first edition ships in rules/editions/2025-26 and is never loaded
 * by default; `diff --base rules/editions/2025-26 --head default` lists the demo
 * records whose verdict changes between the editions.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

describe('the first edition beside 2026/27', async () => {
  const run = await runCli(['diff', 'fixtures/demo/crimes.csv', '--base', 'rules/editions/2025-26', '--head', 'default', '--format', 'json', '--out', '-']);
  const diff = JSON.parse(run.stdout) as {
    base: { files: { path: string; edition: string | null }[] };
    head: { files: { path: string; edition: string | null }[] };
    rules: { id: string; change: string; base: { threshold: number | null } | null; head: { threshold: number | null } | null }[];
    changes: { ruleId: string; line: number; from: string; to: string }[];
  };

  it('loads 15 rules of edition 2025/26 against the default 20 of 2026/27', () => {
    expect(run.exitCode).toBe(0);
    expect(new Set(diff.base.files.map((f) => f.edition))).toEqual(new Set(['2025/26']));
    expect(diff.base.files.every((f) => f.path.startsWith('rules/editions/2025-26/'))).toBe(true);
    expect(new Set(diff.head.files.map((f) => f.edition))).toEqual(new Set(['2026/27']));
    expect(diff.rules.filter((r) => r.change === 'added').map((r) => r.id)).toEqual(['DQ-004', 'NCRS-006', 'HOCR-007', 'HOCR-008', 'HOCR-009']);
    expect(diff.rules.find((r) => r.id === 'HOCR-004')).toMatchObject({ base: { threshold: 0.95 }, head: { threshold: null } });
  });

  it('lists the records whose verdict changes: NCRS-006 new failures, repeat victims no longer duplicates, outcome 23 now valid', () => {
    const byRule = (id: string) => diff.changes.filter((c) => c.ruleId === id);
    expect(byRule('NCRS-006')).toHaveLength(17);
    expect(byRule('NCRS-006').every((c) => c.from === 'absent' && c.to === 'fail')).toBe(true);
    // First edition: the same victim and offence within 24 hours; now: on the same incident. Two have no incident_id.
    expect(byRule('NCRS-005').map((c) => `${c.from}→${c.to}`)).toEqual(['fail→n/a', 'fail→n/a', 'fail→pass']);
    expect(byRule('HOCR-005').map((c) => `${c.from}→${c.to}`)).toEqual(Array<string>(6).fill('fail→pass'));
    expect(diff.changes).toHaveLength(26);
  });

  it('the first edition still checks and its examples pass', async () => {
    const test = await runCli(['rules', 'test', '--rules', 'rules/editions/2025-26']);
    expect(test.exitCode).toBe(0);
    expect(test.stdout).toMatch(/(\d+) of \1 examples passed \(15 rules\)/);
  });

  it('the default rule set never loads an earlier edition', async () => {
    const audit = await runCli(['rules', 'list']);
    expect(audit.stdout).not.toContain('rules/editions');
    expect(audit.stdout).toContain('NCRS-006');
  });
});

describe('what the 2026/27 rules need (rules.md "Status")', () => {
  it('a date that only decides which codes are in force is not needed; a linked field is', async () => {
    const dir = tempDir('needs');
    const file = join(dir, 'no-dates.csv');
    // No recorded_at, cancelled_at or outcome_at column.
    writeFileSync(file, 'record_id,record_type,reported_at,district,status,cancellation_code,outcome_code,offence_code\n13/1/26,crime,2026-10-01 09:00,Leeds,cancelled,C2,23,8N\n');
    const run = await runCli(['audit', file, '--format', 'json', '--out', '-']);
    const report = JSON.parse(run.stdout) as { rules: { id: string; status: string; missingFields?: string[] }[] };
    const rule = (id: string) => report.rules.find((r) => r.id === id)!;
    expect(rule('HOCR-001').status).toBe('pass');
    expect(rule('HOCR-005').status).toBe('pass');
    expect(rule('HOCR-004').status).toBe('pass');
    expect(rule('NCRS-006')).toMatchObject({ status: 'not measured', missingFields: ['incident_id', 'recorded_at'] });
  });
});
