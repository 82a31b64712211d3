/**
 * Property: a public report gives no suppressed figure away (report.md `--public`).
 * Random months — rules, districts, record types, cells from 0 to thousands of
 * records — go through buildReport --public and JSON; an attacker then tries to
 * work out each hidden `failed` from the shown figures by subtraction along
 * every dimension (rule total minus shown entries, bounded by 0 and each hidden
 * entry's `applicable`). None may be pinned to one value, no shown count may be
 * 1–4, and none of the exception fields report.md names may appear.
 * Run with 200 cases by public-property.test.ts (`npm test`) and with
 * FUZZ_RUNS cases (default 5,000) by test/slow/public-disclosure.test.ts.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { buildReport } from '../../../src/report/build-report.js';
import type { Report, RuleCell } from '../../../src/report/schema.js';
import type { AuditRun } from '../../../src/model/audit-run.js';
import type { RuleCounts, RuleResult } from '../../../src/model/engine.js';

const DISTRICTS = ['leeds', 'bradford', 'calderdale', 'kirklees', 'wakefield', '(none)', 'york', 'hull'];
const TYPES = ['crime', 'incident', 'n100'];

/** One cell's counts: empty, small, near-all-failed, near-none-failed or anything. */
const cell = fc
  .tuple(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 3000 })), fc.integer({ min: 0, max: 6 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 2 }))
  .map(([applicable, small, share, mode]): RuleCounts => {
    const failed = mode === 0 ? Math.min(applicable, small) : mode === 1 ? Math.max(0, applicable - small) : Math.round(share * applicable);
    return { applicable, failed };
  });

export const month = fc.record({
  districts: fc.integer({ min: 1, max: DISTRICTS.length }),
  types: fc.integer({ min: 1, max: TYPES.length }),
  rules: fc.array(
    fc.record({ cells: fc.array(cell, { minLength: DISTRICTS.length * TYPES.length, maxLength: DISTRICTS.length * TYPES.length }), accepted: fc.integer({ min: 0, max: 8 }) }),
    { minLength: 1, maxLength: 5 },
  ),
});

function add(map: Map<string, RuleCounts>, key: string, c: RuleCounts): void {
  const sum = map.get(key) ?? { applicable: 0, failed: 0 };
  map.set(key, { applicable: sum.applicable + c.applicable, failed: sum.failed + c.failed });
}

export function makeRun(m: typeof month extends fc.Arbitrary<infer T> ? T : never): AuditRun {
  const rules: RuleResult[] = m.rules.map((r, i) => {
    const byDistrict = new Map<string, RuleCounts>();
    const byRecordType = new Map<string, RuleCounts>();
    const counts: RuleCounts = { applicable: 0, failed: 0 };
    for (let d = 0; d < m.districts; d++) {
      for (let t = 0; t < m.types; t++) {
        const c = r.cells[d * TYPES.length + t]!;
        if (c.applicable === 0) continue;
        add(byDistrict, DISTRICTS[d]!, c);
        add(byRecordType, TYPES[t]!, c);
        counts.applicable += c.applicable;
        counts.failed += c.failed;
      }
    }
    const rule = { id: `R-${i}`, name: `rule-${i}`, severity: i % 2 ? 'warning' : 'error', threshold: i % 3 ? 0.95 : null, description: '', standard: '', file: 'rules/x.yaml', line: i + 1 } as const;
    return { rule: { ...rule }, counts, byDistrict, byRecordType };
  });
  const entry = (ruleId: string, n: number) => ({ ruleId, recordId: `13/${n}/26`, justification: 'Victim Jane Doe asked', acceptedBy: 'DS Smith', expires: '2026-12-31' });
  return {
    toolVersion: '0.1.0',
    generatedAt: '2026-11-02T09:00:00Z',
    period: '2026-10',
    districts: [],
    inputs: [{ path: '/home/analyst/exports/crimes.csv', sha256: '0'.repeat(64), rows: 1 }],
    profile: { name: 'canonical', path: null, sha256: null },
    ruleFiles: [],
    rows: { read: 1, evaluated: 1, rejected: 0, filtered: 0 },
    rejected: [],
    engine: { rules, findings: [] },
    districtSpelling: new Map(),
    warnings: [],
    options: { public: true, includeDetails: false },
    exceptions: {
      asOf: '2026-10-31',
      accepted: m.rules.flatMap((r, i) => Array.from({ length: r.accepted }, (_, n) => ({ ...entry(`R-${i}`, n), file: 'crimes.csv', line: n + 2 }))),
      expired: [entry('R-0', 900)],
      unused: [entry('R-0', 901)],
      acceptedByRule: new Map(m.rules.map((r, i) => [`R-${i}`, r.accepted])),
    },
  };
}

/** The hidden cells of one dimension whose `failed` the shown figures pin to one value. */
export function derivable(total: { applicable: number; failed: number }, cells: RuleCell[]): RuleCell[] {
  const hidden = cells.filter((c) => c.suppressed);
  const shownFailed = cells.filter((c) => !c.suppressed).reduce((s, c) => s + c.failed!, 0);
  const rest = total.failed - shownFailed; // what the hidden entries' failed add up to
  const hiddenApplicable = hidden.reduce((s, c) => s + c.applicable, 0);
  // A side that is 0 in the total is 0 in every entry: nothing hides that (docs/decisions.md).
  if (total.failed === 0 || total.failed === total.applicable) return [];
  return hidden.filter((c) => {
    const lo = Math.max(0, rest - (hiddenApplicable - c.applicable));
    const hi = Math.min(c.applicable, rest);
    return lo === hi;
  });
}

export function check(report: Report): void {
  expect(report.public).toBe(true);
  expect(report.findings).toBeUndefined();
  const json = JSON.stringify(report);
  expect(json).not.toMatch(/recordId|justification|acceptedBy|Jane Doe|DS Smith|\/home\/analyst/);
  for (const list of [report.exceptions!.accepted, report.exceptions!.expired, report.exceptions!.unused]) {
    for (const e of list) expect(Object.keys(e).sort()).toEqual(['expires', 'ruleId']);
  }
  for (const rule of report.rules) {
    if (rule.accepted !== null && rule.accepted !== undefined) expect(rule.accepted === 0 || rule.accepted >= 5).toBe(true);
    const shown = rule.failed !== null;
    expect(rule.status === 'suppressed').toBe(!shown && rule.applicable !== null);
    if (shown) {
      for (const n of [rule.failed!, rule.passed!]) expect(n === 0 || n >= 5).toBe(true);
    }
    for (const dimension of [report.breakdowns.district, report.breakdowns.record_type]) {
      const cells = dimension.flatMap((e) => (e.rules[rule.id] ? [e.rules[rule.id]!] : []));
      for (const c of cells) {
        if (c.suppressed) expect(c).toEqual({ applicable: c.applicable, failed: null, passed: null, rate: null, ci95: null, suppressed: true });
        else for (const n of [c.failed!, c.passed!]) expect(n === 0 || n >= 5).toBe(true);
      }
      if (cells.length === 0) continue;
      // A hidden total cannot be rebuilt by adding up fully shown entries.
      if (!shown) expect(cells.some((c) => c.suppressed)).toBe(true);
      else expect(derivable({ applicable: rule.applicable!, failed: rule.failed! }, cells)).toEqual([]);
    }
  }
}

/** The property: every random month's public JSON passes `check`. */
export function assertNothingDerivable(numRuns: number, seed: number): void {
  fc.assert(
    fc.property(month, (m) => {
      check(JSON.parse(JSON.stringify(buildReport(makeRun(m)))) as Report);
    }),
    { numRuns, seed },
  );
}
