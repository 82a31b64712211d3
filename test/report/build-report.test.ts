import { describe, expect, it } from 'vitest';
import { buildReport, reportExitCode } from '../../src/report/build-report.js';
import { reportSchema, type Report } from '../../src/report/schema.js';
import { HOSTILE, HOSTILE_DISTRICT, makeRun, makeRunWithExceptions } from './fixtures.js';

const rule = (report: Report, id: string) => report.rules.find((r) => r.id === id)!;

describe('buildReport', () => {
  const report = buildReport(makeRun());

  it('validates against the zod schema of report.md', () => {
    expect(() => reportSchema.parse(report)).not.toThrow();
    expect(() => reportSchema.parse(buildReport(makeRun({ options: { public: true, includeDetails: false } })))).not.toThrow();
    expect(() => reportSchema.parse(buildReport(makeRunWithExceptions()))).not.toThrow();
  });

  it('carries the audit trail', () => {
    expect(report).toMatchObject({
      schemaVersion: 1,
      tool: { name: 'ncrs-audit', version: '0.1.0' },
      generatedAt: '2026-11-02T09:00:00Z',
      period: '2026-10',
      rows: { read: 280, evaluated: 279, rejected: 1, filtered: 0 },
      rejected: [{ file: 'exports/crimes-oct.csv', line: 17 }],
      filters: { period: '2026-10', districts: [] },
      public: false,
    });
    expect(report.inputs.map((i) => i.rows)).toEqual([240, 40]);
    expect(report.rulePack.files).toHaveLength(5);
  });

  it.each([
    // id, applicable, failed, passed, status
    ['DQ-001', 230, 3, 227, 'fail'], // warning without threshold: any failure fails
    ['NCRS-001', 60, 9, 51, 'fail'], // 85% < 95%
    ['NCRS-003', 40, 1, 39, 'pass'], // 97.5% >= 95%
    ['HOCR-001', 0, 0, 0, 'n/a'],
    ['HOCR-004', 200, 0, 200, 'pass'],
    ['WY-001', 6, 0, 6, 'pass'],
  ] as const)('%s: %i applicable, %i failed, %i passed, %s', (id, applicable, failed, passed, status) => {
    const r = rule(report, id);
    expect(r).toMatchObject({ applicable, failed, passed, status });
    expect(r.rate).toBe(applicable === 0 ? null : passed / applicable);
    expect(r.ci95 === null).toBe(applicable === 0);
  });

  it('keeps rules in load order with their source', () => {
    expect(report.rules.map((r) => r.id)).toEqual(['DQ-001', 'NCRS-001', 'NCRS-003', 'HOCR-001', 'HOCR-004', 'WY-001']);
    expect(rule(report, 'NCRS-001')).toMatchObject({ file: 'rules/ncrs/recording.yaml', line: 3, threshold: 0.95, severity: 'error' });
  });

  it('fails overall on a failing error rule or a rejected row, not on warnings', () => {
    expect(report.status).toBe('fail');
    expect(reportExitCode(report)).toBe(1);
    const passing = makeRun({ rows: { read: 279, evaluated: 279, rejected: 0, filtered: 0 }, rejected: [] });
    passing.engine.rules = passing.engine.rules.filter((r) => r.rule.id !== 'NCRS-001');
    const ok = buildReport(passing);
    expect(rule(ok, 'DQ-001').status).toBe('fail'); // a warning still fails as a rule...
    expect(ok.status).toBe('pass'); // ...but not the audit
    expect(reportExitCode(ok)).toBe(0);
    const onlyRejected = makeRun();
    onlyRejected.engine.rules = passing.engine.rules;
    expect(buildReport(onlyRejected).status).toBe('fail');
  });

  it('keeps the engine order of findings (file, line, rule id) and drops internal fields', () => {
    const keys = report.findings!.map((f) => `${f.file}:${f.line}:${f.ruleId}`);
    expect(keys).toEqual([
      'exports/crimes-oct.csv:3:DQ-001',
      'exports/crimes-oct.csv:9:NCRS-001',
      'exports/crimes-oct.csv:12:NCRS-001',
      'exports/crimes-oct.csv:40:DQ-001',
      'exports/crimes-oct.csv:40:NCRS-001',
      'exports/crimes-oct.csv:55:NCRS-001',
      'exports/crimes-oct.csv:61:NCRS-001',
      'exports/crimes-oct.csv:70:NCRS-001',
      'exports/crimes-oct.csv:71:NCRS-001',
      'exports/crimes-oct.csv:80:NCRS-001',
      'exports/crimes-oct.csv:90:NCRS-001',
      'exports/incidents-oct.csv:5:DQ-001',
      'exports/incidents-oct.csv:12:NCRS-003',
    ]);
    for (const f of report.findings!) {
      expect(Object.keys(f).sort()).toEqual(['district', 'file', 'line', 'message', 'recordId', 'recordType', 'ruleId']);
    }
    expect(report.findings![1]!.recordId).toBe(HOSTILE.script);
    expect(report.findings!.find((f) => f.line === 90)!.recordId).toBeNull();
    // The engine sorts them (EngineResult); the report does not sort again.
    const run = makeRun();
    const reversed = buildReport({ ...run, engine: { ...run.engine, findings: [...run.engine.findings].reverse() } });
    expect(reversed.findings!.map((f) => `${f.file}:${f.line}:${f.ruleId}`)).toEqual([...keys].reverse());
  });

  it('failed equals the number of findings per rule', () => {
    for (const r of report.rules) expect(report.findings!.filter((f) => f.ruleId === r.id)).toHaveLength(r.failed!);
  });

  it('breaks down by district (most frequent spelling, alphabetical, (none) last) and record type', () => {
    expect(report.breakdowns.district.map((d) => d.key)).toEqual(['Bradford', 'Calderdale', 'Leeds', HOSTILE_DISTRICT, '(none)']);
    expect(report.breakdowns.record_type.map((d) => d.key)).toEqual(['crime', 'incident', '(none)']);
    const leeds = report.breakdowns.district.find((d) => d.key === 'Leeds')!;
    expect(Object.keys(leeds.rules)).toEqual(['DQ-001', 'NCRS-001', 'NCRS-003', 'HOCR-004', 'WY-001']);
    expect(leeds.rules['NCRS-001']).toEqual({ applicable: 30, failed: 2, passed: 28, rate: 28 / 30, ci95: expect.any(Array) });
    // breakdown cells sum to the rule's totals
    for (const r of report.rules) {
      const cells = report.breakdowns.district.flatMap((d) => (d.rules[r.id] ? [d.rules[r.id]!] : []));
      expect(cells.reduce((s, c) => s + c.applicable, 0)).toBe(r.applicable);
      expect(cells.reduce((s, c) => s + c.failed!, 0)).toBe(r.failed);
    }
  });

  it('is deterministic apart from generatedAt', () => {
    const a = JSON.stringify(buildReport(makeRun()));
    const b = JSON.stringify(buildReport(makeRun({ generatedAt: '2027-01-01T00:00:00Z' })));
    expect(a).toBe(JSON.stringify(report));
    expect(b.replace('2027-01-01T00:00:00Z', '2026-11-02T09:00:00Z')).toBe(a);
  });
});

describe('buildReport --public', () => {
  const report = buildReport(makeRun({ options: { public: true, includeDetails: false } }));

  it('suppresses every cell whose failed or passed is 1–4, keeping applicable', () => {
    // A suppressed rule is neither met nor not met (report.md): its status says so.
    expect(rule(report, 'DQ-001')).toMatchObject({ applicable: 230, failed: null, passed: null, rate: null, ci95: null, suppressed: true, status: 'suppressed' });
    expect(rule(report, 'NCRS-003')).toMatchObject({ applicable: 40, failed: null, passed: null, rate: null, ci95: null, suppressed: true, status: 'suppressed' });
    expect(rule(report, 'NCRS-001')).toMatchObject({ applicable: 60, failed: 9, passed: 51 });
    expect(rule(report, 'NCRS-001').suppressed).toBeUndefined();
    expect(rule(report, 'HOCR-001').suppressed).toBeUndefined(); // 0 is not "1–4"
    const cell = (key: string, id: string) => report.breakdowns.district.find((d) => d.key === key)!.rules[id]!;
    expect(cell('Leeds', 'NCRS-001')).toEqual({ applicable: 30, failed: null, passed: null, rate: null, ci95: null, suppressed: true });
    // Secondary: Leeds (2) and Calderdale (1) add up to 3 failures, which 60 - 9 - 6 would give
    // away, so Bradford, the smallest shown, is hidden too.
    expect(cell('Calderdale', 'NCRS-001')).toMatchObject({ applicable: 10, suppressed: true });
    expect(cell('Bradford', 'NCRS-001')).toEqual({ applicable: 20, failed: null, passed: null, rate: null, ci95: null, suppressed: true });
    expect(cell('Leeds', 'WY-001')).toMatchObject({ applicable: 4, suppressed: true }); // passed = 4
    expect(cell('Bradford', 'HOCR-004')).toMatchObject({ failed: 0, passed: 70 });
  });

  it('leaves out findings and every record id', () => {
    expect(report.findings).toBeUndefined();
    expect(report.public).toBe(true);
    const withEx = buildReport({ ...makeRunWithExceptions(), options: { public: true, includeDetails: false } });
    const json = JSON.stringify(withEx);
    expect(json).not.toContain('recordId');
    expect(json).not.toContain('13/0000');
    expect(json).not.toContain(HOSTILE.script);
    // No justification, acceptedBy, file or line; an accepted count of 1–4 is hidden.
    expect(withEx.exceptions!.accepted).toEqual([]);
    expect(withEx.exceptions!.expired).toEqual([{ ruleId: 'NCRS-001', expires: '2026-09-30' }]);
    expect(json).not.toMatch(/justification|acceptedBy|FCR/);
    expect(rule(withEx, 'NCRS-001').accepted).toBeNull();
    expect(rule(withEx, 'DQ-001').accepted).toBe(0);
    expect(withEx.rejected).toEqual([{ file: 'crimes-oct.csv' }]);
    expect(withEx.inputs.map((i) => i.path)).toEqual(['crimes-oct.csv', 'incidents-oct.csv']);
    expect(withEx.status).toBe('fail'); // the exit code still reflects every rule
  });
});

describe('buildReport --exceptions', () => {
  const report = buildReport(makeRunWithExceptions());
  it('adds asOf, the exception lists and an accepted count per rule', () => {
    expect(report.asOf).toBe('2026-10-31');
    expect(report.exceptions!.accepted).toEqual([
      { ruleId: 'NCRS-001', recordId: '13/000099/26', justification: 'Delay agreed with the FCR', acceptedBy: 'FCR', expires: '2026-12-31', file: 'exports/crimes-oct.csv', line: 99,
        message: 'recorded 26h 0m after the report (limit 24h)', district: 'Leeds', recordType: 'crime' },
    ]);
    expect(report.exceptions!.expired).toHaveLength(1);
    expect(report.exceptions!.unused).toHaveLength(1);
    expect(rule(report, 'NCRS-001').accepted).toBe(1);
    expect(rule(report, 'DQ-001').accepted).toBe(0);
  });
  it('has no accepted counts without --exceptions', () => {
    expect(rule(buildReport(makeRun()), 'NCRS-001').accepted).toBeUndefined();
  });
});
