/**
 * Every row is evaluated, rejected or filtered, and the engine's counts agree
 * with the rows: checked at the end of every audit (src/audit/accounting.ts); a
 * mismatch is an internal error, never a silent report.
 */
import { describe, expect, it, vi } from 'vitest';
import { AccountingError, checkAccounting } from '../../src/audit/accounting.js';
import type { AuditRun } from '../../src/model/audit-run.js';
import type { Finding, RuleResult } from '../../src/model/engine.js';
import { runCli } from '../helpers/run-cli.js';

const rule = (id: string, applicable: number, failed: number): RuleResult => ({
  rule: { id, name: id, severity: 'error', threshold: null, description: '', standard: '', file: 'r.yaml', line: 1 },
  counts: { applicable, failed },
  byDistrict: new Map(),
  byRecordType: new Map(),
});
const finding = (ruleId: string): Finding => ({ ruleId, recordId: 'A1', file: 'in.csv', fileIndex: 0, line: 2, seq: 0, message: 'm', district: null, recordType: null });

type Books = Pick<AuditRun, 'rows' | 'inputs' | 'rejected' | 'engine'>;
const balanced = (): Books => ({
  rows: { read: 5, evaluated: 3, rejected: 1, filtered: 1 },
  inputs: [{ path: 'a.csv', sha256: '', rows: 2 }, { path: 'b.csv', sha256: '', rows: 3 }],
  rejected: [{ file: 'a.csv', line: 3, reason: 'x' }],
  engine: { rules: [rule('R-1', 3, 1), rule('R-2', 0, 0)], findings: [finding('R-1')] },
});

describe('checkAccounting', () => {
  it('balanced books pass', () => {
    expect(() => checkAccounting(balanced())).not.toThrow();
  });

  it.each<[string, (b: Books) => void, RegExp]>([
    ['a row neither evaluated, rejected nor filtered', (b) => void (b.rows.read = 6), /read 6 != evaluated 3 \+ rejected 1 \+ filtered 1/],
    ["the files' rows do not add up", (b) => void (b.inputs[1]!.rows = 2), /add up to 4, not 5/],
    ['a rejected row counted but not listed', (b) => void b.rejected.pop(), /0 rejected rows listed, 1 counted/],
    ['a rule applied to more records than were evaluated', (b) => void (b.engine.rules[0]!.counts.applicable = 4), /R-1 applied to 4 records of 3/],
    ['a rule failed more records than it applied to', (b) => void (b.engine.rules[1]!.counts.failed = 1), /R-2 failed 1 of 0/],
    ['a failure without its finding', (b) => void b.engine.findings.pop(), /R-1 failed 1 records but has 0 findings/],
  ])('%s is an AccountingError', (_name, tamper, message) => {
    const books = balanced();
    tamper(books);
    expect(() => checkAccounting(books)).toThrow(AccountingError);
    expect(() => checkAccounting(books)).toThrow(message);
  });
});

vi.mock('../../src/engine/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/engine/index.js')>();
  return {
    ...real,
    createEvaluator: (...args: Parameters<typeof real.createEvaluator>) => {
      const evaluator = real.createEvaluator(...args);
      if (process.env.NCRS_TEST_MISCOUNT !== '1') return evaluator;
      // A buggy engine: one more applicable record than it was given.
      return {
        add: evaluator.add.bind(evaluator),
        finish: () => {
          const result = evaluator.finish();
          result.rules[0]!.counts.applicable += 1;
          return result;
        },
      };
    },
  };
});

describe('an audit whose books do not balance', () => {
  it('stops with an internal error (exit 2) and writes no report', async () => {
    process.env.NCRS_TEST_MISCOUNT = '1';
    try {
      const run = await runCli(['audit', 'fixtures/security/clean.csv', '--format', 'json']);
      expect(run.exitCode).toBe(2);
      expect(run.stderr).toMatch(/^ncrs-audit: internal error: row accounting mismatch: DQ-001 applied to 4 records of 3 evaluated/);
      expect(run.stdout).toBe('');
    } finally {
      delete process.env.NCRS_TEST_MISCOUNT;
    }
  });

  it('the same audit with honest books reports normally', async () => {
    const run = await runCli(['audit', 'fixtures/security/clean.csv', '--format', 'json']);
    expect(run.exitCode).toBe(0);
  });
});
