import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/schema.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const EXPORT = resolve('fixtures/conformance/sample-2026-27-export.csv');

/** The exceptions file through the real audit: accepted findings count as passed and are listed apart. */
describe('audit --exceptions (end to end)', async () => {
  const dir = tempDir('exc');
  const plain = await runCli(['audit', EXPORT, '--format', 'json', '--period', '2026-10'], { cwd: dir });
  const before = JSON.parse(plain.stdout) as Report;
  const target = before.findings!.find((f) => f.ruleId === 'NCRS-001' && f.recordId !== null)!;

  writeFileSync(
    join(dir, 'exceptions.yaml'),
    [
      `- rule: NCRS-001`,
      `  record_id: "${target.recordId}"`,
      `  justification: victim unreachable`,
      `  accepted_by: DDM`,
      `  expires: 2026-10-31`,
      `- rule: NCRS-001`,
      `  record_id: NO-SUCH-RECORD`,
      `  justification: typo`,
      `  accepted_by: DDM`,
      `  expires: 2027-01-01`,
      `- rule: HOCR-003`,
      `  record_id: OLD`,
      `  justification: long gone`,
      `  accepted_by: FCR`,
      `  expires: 2026-09-30`,
      '',
    ].join('\n'),
  );

  it('moves the finding from failed to accepted, and reports unused and expired entries', async () => {
    const run = await runCli(['audit', EXPORT, '--format', 'json', '--period', '2026-10', '--exceptions', 'exceptions.yaml'], { cwd: dir });
    const after = JSON.parse(run.stdout) as Report;
    const ruleBefore = before.rules.find((r) => r.id === 'NCRS-001')!;
    const ruleAfter = after.rules.find((r) => r.id === 'NCRS-001')!;
    expect(ruleAfter.failed).toBe(ruleBefore.failed! - 1);
    expect(ruleAfter.passed).toBe(ruleBefore.passed! + 1);
    expect(ruleAfter.accepted).toBe(1);
    expect(after.findings!.some((f) => f.ruleId === 'NCRS-001' && f.recordId === target.recordId && f.line === target.line)).toBe(false);
    expect(after.asOf).toBe('2026-10-31');
    expect(after.exceptions!.accepted).toEqual([
      {
        ruleId: 'NCRS-001',
        recordId: target.recordId,
        file: EXPORT,
        line: target.line,
        justification: 'victim unreachable',
        acceptedBy: 'DDM',
        expires: '2026-10-31',
        message: target.message,
        district: target.district,
        recordType: target.recordType,
      },
    ]);
    expect(after.exceptions!.unused.map((e) => e.recordId)).toEqual(['NO-SUCH-RECORD']);
    expect(after.exceptions!.expired.map((e) => e.recordId)).toEqual(['OLD']);
  });

  it('judges expiry against --as-of', async () => {
    const run = await runCli(['audit', EXPORT, '--format', 'json', '--period', '2026-10', '--exceptions', 'exceptions.yaml', '--as-of', '2026-11-01'], { cwd: dir });
    const after = JSON.parse(run.stdout) as Report;
    expect(after.exceptions!.accepted).toEqual([]);
    expect(after.exceptions!.expired.map((e) => e.recordId)).toEqual([target.recordId, 'OLD']);
  });

  it('stops with file:line:column on a bad exceptions file (exit 2)', async () => {
    writeFileSync(join(dir, 'bad.yaml'), '- rule: NCRS-001\n  record_id: X\n  justification: j\n  accepted_by: a\n  expires: 31/10/2026\n');
    const run = await runCli(['audit', EXPORT, '--exceptions', 'bad.yaml'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('bad.yaml:5:12: expires must be a real date written YYYY-MM-DD');
  });
});
