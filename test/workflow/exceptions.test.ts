import { describe, expect, it } from 'vitest';
import { ExceptionsFileError } from '../../src/errors.js';
import type { EngineResult, Finding, RuleCounts, RuleInfo } from '../../src/model/engine.js';
import { applyExceptions, defaultAsOf, parseExceptions } from '../../src/audit/exceptions/index.js';

function rule(id: string): RuleInfo {
  return { id, name: id.toLowerCase(), severity: 'error', threshold: 0.95, description: '', standard: '', file: 'r.yaml', line: 1 };
}

function finding(ruleId: string, recordId: string | null, line: number, district: string | null, recordType = 'crime'): Finding {
  return { ruleId, recordId, file: 'in.csv', fileIndex: 0, line, seq: line, message: 'm', district, recordType };
}

function engine(): EngineResult {
  const counts = (applicable: number, failed: number): RuleCounts => ({ applicable, failed });
  return {
    rules: [
      {
        rule: rule('NCRS-001'),
        counts: counts(10, 3),
        byDistrict: new Map([['leeds', counts(6, 2)], ['(none)', counts(4, 1)]]),
        byRecordType: new Map([['crime', counts(10, 3)]]),
      },
      {
        rule: rule('HOCR-003'),
        counts: counts(5, 1),
        byDistrict: new Map([['leeds', counts(5, 1)]]),
        byRecordType: new Map([['crime', counts(5, 1)]]),
      },
    ],
    findings: [
      finding('NCRS-001', 'A1', 2, 'Leeds'),
      finding('NCRS-001', 'A2', 3, null),
      finding('NCRS-001', 'A3', 4, 'LEEDS'),
      finding('HOCR-003', 'A1', 2, 'Leeds'),
    ],
  };
}

const entry = (ruleId: string, recordId: string, expires: string) => ({ ruleId, recordId, justification: 'j', acceptedBy: 'FCR', expires });

describe('applyExceptions', () => {
  it('removes accepted findings and counts them as passed, per rule, district and record type', () => {
    const out = applyExceptions(engine(), [entry('NCRS-001', 'A1', '2026-10-31'), entry('NCRS-001', 'A3', '2026-12-01')], '2026-10-31');
    expect(out.engine.findings.map((f) => `${f.ruleId}/${f.recordId}`)).toEqual(['NCRS-001/A2', 'HOCR-003/A1']);
    const r = out.engine.rules[0]!;
    expect(r.counts).toEqual({ applicable: 10, failed: 1 });
    expect(r.byDistrict.get('leeds')).toEqual({ applicable: 6, failed: 0 });
    expect(r.byDistrict.get('(none)')).toEqual({ applicable: 4, failed: 1 });
    expect(r.byRecordType.get('crime')).toEqual({ applicable: 10, failed: 1 });
    expect(out.engine.rules[1]!.counts.failed).toBe(1);
    expect(out.accepted).toEqual([
      // The finding's message, district (as written) and record type travel with it, for the worklist.
      { ...entry('NCRS-001', 'A1', '2026-10-31'), file: 'in.csv', line: 2, message: 'm', district: 'Leeds', recordType: 'crime' },
      { ...entry('NCRS-001', 'A3', '2026-12-01'), file: 'in.csv', line: 4, message: 'm', district: 'LEEDS', recordType: 'crime' },
    ]);
    expect(out.acceptedByRule).toEqual(new Map([['NCRS-001', 2]]));
    expect(out.expired).toEqual([]);
    expect(out.unused).toEqual([]);
  });

  it.each([
    { asOf: '2026-10-30', accepted: 1, expired: 0 },
    { asOf: '2026-10-31', accepted: 1, expired: 0 }, // holds through its expiry day
    { asOf: '2026-11-01', accepted: 0, expired: 1 }, // expired: accepts nothing
  ])('an entry expiring 2026-10-31 judged on $asOf', ({ asOf, accepted, expired }) => {
    const out = applyExceptions(engine(), [entry('NCRS-001', 'A1', '2026-10-31')], asOf);
    expect(out.accepted).toHaveLength(accepted);
    expect(out.expired).toHaveLength(expired);
    expect(out.engine.rules[0]!.counts.failed).toBe(3 - accepted);
  });

  it('reports entries that matched nothing as unused, and never mutates its input', () => {
    const input = engine();
    const out = applyExceptions(input, [entry('NCRS-001', 'ZZZ', '2027-01-01'), entry('NCRS-009', 'A1', '2027-01-01')], '2026-10-31');
    expect(out.unused.map((e) => e.ruleId)).toEqual(['NCRS-001', 'NCRS-009']);
    expect(out.engine.findings).toHaveLength(4);
    applyExceptions(input, [entry('NCRS-001', 'A1', '2027-01-01')], '2026-10-31');
    expect(input.findings).toHaveLength(4);
    expect(input.rules[0]!.counts.failed).toBe(3);
    expect(input.rules[0]!.byDistrict.get('leeds')!.failed).toBe(2);
  });
});

describe('defaultAsOf', () => {
  it.each([
    { period: '2026-10', today: '2027-03-04T12:00:00Z', asOf: '2026-10-31' },
    { period: '2028-02', today: '2027-03-04T12:00:00Z', asOf: '2028-02-29' },
    { period: null, today: '2026-10-31T23:30:00Z', asOf: '2026-10-31' }, // GMT again after the clock change
  ])('$period on $today → $asOf', ({ period, today, asOf }) => {
    expect(defaultAsOf(period, new Date(today))).toBe(asOf);
  });

  it('uses the London day, not UTC (BST)', () => {
    expect(defaultAsOf(null, new Date('2026-07-14T23:30:00Z'))).toBe('2026-07-15');
  });
});

describe('parseExceptions', () => {
  it('reads a list, or a mapping holding `exceptions:`; record ids stay text', () => {
    const list = parseExceptions(
      '- rule: NCRS-001\n  record_id: 013\n  justification: victim declined\n  accepted_by: FCR J. Smith\n  expires: 2026-12-31\n',
      'x.yaml',
    );
    expect(list).toEqual([{ ruleId: 'NCRS-001', recordId: '013', justification: 'victim declined', acceptedBy: 'FCR J. Smith', expires: '2026-12-31' }]);
    const wrapped = parseExceptions('exceptions:\n  - rule: R\n    record_id: "1"\n    justification: j\n    accepted_by: a\n    expires: "2026-01-01"\n', 'x.yaml');
    expect(wrapped[0]!.recordId).toBe('1');
    expect(parseExceptions('', 'x.yaml')).toEqual([]);
  });

  it.each([
    {
      name: 'a missing field',
      text: '- rule: NCRS-001\n  record_id: A1\n  justification: j\n  expires: 2026-12-31\n',
      problem: "x.yaml:1:3: missing 'accepted_by' (hint: add accepted_by: …)",
    },
    {
      name: 'an impossible date',
      text: '- rule: NCRS-001\n  record_id: A1\n  justification: j\n  accepted_by: a\n  expires: 2026-02-30\n',
      problem: 'x.yaml:5:12: expires must be a real date written YYYY-MM-DD',
    },
    {
      name: 'an unknown field',
      text: '- rule: NCRS-001\n  record_id: A1\n  justification: j\n  accepted_by: a\n  expires: 2026-12-30\n  expiry: 2027-01-01\n',
      problem: "x.yaml:6:3: unknown key 'expiry' (hint: did you mean 'expires'?)",
    },
    {
      name: 'YAML syntax',
      text: '- rule: [unclosed\n',
      problem: 'x.yaml:2:1: Flow sequence in block collection must be sufficiently indented and end with a ]',
    },
    {
      name: 'YAML syntax on a later line',
      text: '- rule: NCRS-001\n  record_id: A1\n  justification: "unclosed\n',
      problem: 'x.yaml:4:1: Missing closing "quote',
    },
    {
      name: 'a duplicate key (not at column 1)',
      text: '- rule: NCRS-001\n  record_id: A1\n  record_id: A2\n',
      problem: 'x.yaml:3:3: Map keys must be unique',
    },
  ])('reports $name with file:line:column', ({ text, problem }) => {
    let error: unknown;
    try {
      parseExceptions(text, 'x.yaml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ExceptionsFileError);
    expect((error as Error).message).toContain(problem);
  });
});
