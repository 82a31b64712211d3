import type { Report } from '../../../src/report/schema.js';
import { wilson } from '../../../src/report/stats/wilson.js';

export interface RuleFigures {
  id: string;
  applicable: number;
  passed: number;
  threshold?: number | null;
}

/** A minimal valid JSON report (spec/report.md) with the given rule figures. */
export function makeReport(period: string | null, rules: RuleFigures[]): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'ncrs-audit', version: '0.1.0' },
    generatedAt: `${period ?? '2026-01'}-28T09:00:00Z`,
    period,
    inputs: [{ path: 'crimes.csv', sha256: 'b'.repeat(64), rows: 1000 }],
    profile: { name: 'canonical', path: null, sha256: null },
    rulePack: { files: [{ path: 'rules/ncrs/recording.yaml', sha256: 'c'.repeat(64) }] },
    rows: { read: 1000, evaluated: 1000, rejected: 0, filtered: 0 },
    rejected: [],
    rules: rules.map((r) => {
      const threshold = r.threshold === undefined ? 0.95 : r.threshold;
      const rate = r.applicable ? r.passed / r.applicable : null;
      return {
        id: r.id,
        name: `${r.id.toLowerCase()}-name`,
        severity: 'error' as const,
        applicable: r.applicable,
        failed: r.applicable - r.passed,
        passed: r.passed,
        rate,
        ci95: wilson(r.passed, r.applicable),
        threshold,
        status: rate === null ? ('n/a' as const) : threshold !== null && rate < threshold ? ('fail' as const) : ('pass' as const),
      };
    }),
    findings: [],
    breakdowns: { district: [], record_type: [] },
    status: 'pass',
    warnings: [],
  };
}

/** Three months: NCRS-001 90% → 95% on 1,000 each (significant), NCRS-003 90% → 91% on 100 (not). */
export function threeMonths(): Report[] {
  return [
    makeReport('2026-08', [
      { id: 'NCRS-001', applicable: 1000, passed: 900 },
      { id: 'NCRS-003', applicable: 100, passed: 85 },
    ]),
    makeReport('2026-09', [
      { id: 'NCRS-001', applicable: 1000, passed: 950 },
      { id: 'NCRS-003', applicable: 100, passed: 90 },
    ]),
    makeReport('2026-10', [
      { id: 'NCRS-001', applicable: 1000, passed: 952 },
      { id: 'NCRS-003', applicable: 100, passed: 91 },
    ]),
  ];
}
