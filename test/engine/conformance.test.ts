import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { setupRun } from '../../src/audit/setup.js';
import { auditFiles } from './helpers.js';

const expected = JSON.parse(readFileSync('fixtures/conformance/sample-2026-27-expected.json', 'utf8')) as {
  rows: { evaluated: number; rejected: number };
  rules: Record<string, { applicable: number; failed: number }>;
  failedLines: Record<string, number[]>;
};

describe('engine on the conformance sample', async () => {
  const rules = (await setupRun({ through: 'rules', cwd: process.cwd(), config: false, profile: 'canonical' })).ruleSet;
  const { result, rejected, evaluated } = await auditFiles(['fixtures/conformance/sample-2026-27-export.csv'], 'canonical', rules);

  it('sees the same rows', () => {
    expect({ evaluated, rejected }).toEqual({ evaluated: expected.rows.evaluated, rejected: expected.rows.rejected });
  });

  it('loads the rules in the documented order', () => {
    expect(result.rules.map((r) => r.rule.id)).toEqual(Object.keys(expected.rules));
  });

  it.each(Object.keys(expected.rules))('%s: applicable, failed and failing lines match', (id) => {
    const r = result.rules.find((x) => x.rule.id === id)!;
    const lines = result.findings.filter((f) => f.ruleId === id).map((f) => f.line);
    const want = expected.rules[id]!;
    expect({ ...r.counts, lines }).toEqual({ applicable: want.applicable, failed: want.failed, lines: expected.failedLines[id] });
  });

  it('one finding per failed (rule, record), sorted by file, line, rule', () => {
    const total = result.rules.reduce((n, r) => n + r.counts.failed, 0);
    expect(result.findings).toHaveLength(total);
    const keys = result.findings.map((f) => [f.fileIndex, f.line, f.ruleId] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
    expect(keys).toEqual(sorted);
  });

  it('breakdowns add up to the totals', () => {
    for (const r of result.rules) {
      const sum = (m: Map<string, { applicable: number; failed: number }>) =>
        [...m.values()].reduce((a, c) => ({ applicable: a.applicable + c.applicable, failed: a.failed + c.failed }), { applicable: 0, failed: 0 });
      expect(sum(r.byDistrict)).toEqual(r.counts);
      expect(sum(r.byRecordType)).toEqual(r.counts);
    }
  });
});
