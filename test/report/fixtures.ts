/**
 * A fixed AuditRun built by hand: rules that pass, fail, are n/a and are
 * suppressed in public mode; districts with a spelling map; a rejected row; and
 * hostile identifiers (script tags, onerror, a spreadsheet formula, pipes).
 */
import { createHash } from 'node:crypto';
import type { AuditRun } from '../../src/model/audit-run.js';
import type { Finding, RuleCounts, RuleInfo, RulePlain, RuleResult, Severity } from '../../src/model/engine.js';

export const HOSTILE = {
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(1)>',
  formula: '=HYPERLINK("http://x","y")',
  pipes: '13/1|2|3/26',
};
/** A district name written by an attacker, grouped under its lower-cased key. */
export const HOSTILE_DISTRICT = `Wake|field ${HOSTILE.img}`;

export const sha = (label: string): string => createHash('sha256').update(label).digest('hex');

const FILES = { dq: 'rules/ncrs/data-quality.yaml', rec: 'rules/ncrs/recording.yaml', hocr: 'rules/ncrs/hocr.yaml', wy: 'rules/local/west-yorkshire.yaml' };
const CRIMES = 'exports/crimes-oct.csv';
const INCIDENTS = 'exports/incidents-oct.csv';

type Split = Record<string, [applicable: number, failed: number]>;

/** The shipped rule files' `plain:` wording of the fixture's rules (a rule file carries it; the report words headlines from it). */
const PLAIN: Record<string, RulePlain> = {
  'DQ-001': { subject: 'records', met: 'had every required field filled in' },
  'NCRS-001': { subject: 'crimes', met: 'were recorded within 24 hours' },
  'NCRS-003': { subject: 'incidents closed as a crime', met: 'were linked to a crime record' },
  'HOCR-001': { subject: 'cancelled crimes', met: 'had a valid cancellation reason code' },
  'HOCR-004': { subject: 'crimes', met: 'had a valid Home Office offence code' },
  'WY-001': { subject: 'sexual offences against children', met: 'had the child sexual exploitation assessment recorded' },
};

function rule(id: string, name: string, severity: Severity, threshold: number | null, file: string, line: number, description: string, standard: string): RuleInfo {
  const plain = PLAIN[id];
  return { id, name, severity, threshold, description, standard, file, line, ...(plain ? { plain } : {}) };
}

function result(info: RuleInfo, byDistrict: Split, byRecordType: Split): RuleResult {
  const toMap = (s: Split) => new Map<string, RuleCounts>(Object.entries(s).map(([k, [applicable, failed]]) => [k, { applicable, failed }]));
  const sum = (s: Split) =>
    Object.values(s).reduce<RuleCounts>((acc, [a, f]) => ({ applicable: acc.applicable + a, failed: acc.failed + f }), { applicable: 0, failed: 0 });
  return { rule: info, counts: sum(byDistrict), byDistrict: toMap(byDistrict), byRecordType: toMap(byRecordType) };
}

let seq = 0;
function finding(ruleId: string, fileIndex: number, line: number, recordId: string | null, message: string, district: string | null, recordType: string | null): Finding {
  return { ruleId, recordId, file: fileIndex === 0 ? CRIMES : INCIDENTS, fileIndex, line, seq: seq++, message, district, recordType };
}

const hostileKey = HOSTILE_DISTRICT.toLowerCase();

export function makeRun(overrides: Partial<AuditRun> = {}): AuditRun {
  seq = 0;
  const rules: RuleResult[] = [
    // warning, no threshold, 3 failures: fails; suppressed in public mode.
    result(
      rule('DQ-001', 'required-fields-present', 'warning', null, FILES.dq, 4, 'Every record must carry the fields its type requires.', 'NCRS Annex A (data quality)'),
      { leeds: [100, 1], bradford: [80, 0], calderdale: [40, 0], [hostileKey]: [5, 0], '(none)': [5, 2] },
      { crime: [200, 1], incident: [25, 1], '(none)': [5, 1] },
    ),
    // error, 0.95, 51 of 60: fails.
    result(
      rule('NCRS-001', 'crime-recorded-within-24h', 'error', 0.95, FILES.rec, 3, 'A crime must be recorded within 24 hours of the report that it happened.', 'NCRS Section A, paragraph 2.3'),
      { leeds: [30, 2], bradford: [20, 6], calderdale: [10, 1] },
      { crime: [60, 9] },
    ),
    // error, 0.95, 39 of 40: passes; suppressed in public mode (1 failed).
    result(
      rule('NCRS-003', 'crime-incident-has-crime', 'error', 0.95, FILES.rec, 30, 'An incident closed as a crime must be linked to a crime record.', 'NCRS Section A'),
      { leeds: [20, 1], bradford: [20, 0] },
      { incident: [40, 1] },
    ),
    // error, applied to nothing: n/a.
    result(
      rule('HOCR-001', 'cancellation-code-valid', 'error', 0.95, FILES.hocr, 3, 'A cancelled crime must carry a valid cancellation code (C1–C4).', 'HOCR General Rules, Section C'),
      {},
      {},
    ),
    // error, 200 of 200: passes.
    result(
      rule('HOCR-004', 'offence-code-valid', 'error', 0.95, FILES.hocr, 20, 'The offence code must be in the Home Office offence classification.', 'HOCR Crime Recording Rules'),
      { leeds: [90, 0], bradford: [70, 0], calderdale: [40, 0] },
      { crime: [200, 0] },
    ),
    // warning, 6 of 6: passes; districts suppressed in public mode (passed 4 and 2).
    result(
      rule('WY-001', 'cse-flag-recorded', 'warning', null, FILES.wy, 5, 'A sexual offence against a child must record the CSE assessment.', 'West Yorkshire Police local policy'),
      { leeds: [4, 0], bradford: [2, 0] },
      { crime: [6, 0] },
    ),
  ];
  // In the engine's order (EngineResult: by file, line, rule id), which the report keeps.
  const findings: Finding[] = [
    finding('DQ-001', 0, 3, '13/000003/26', 'missing: district, recorded_at', null, null),
    finding('NCRS-001', 0, 9, HOSTILE.script, `recorded 25h 0m after the report (limit 24h) ${HOSTILE.img}`, 'LEEDS', 'crime'),
    finding('NCRS-001', 0, 12, HOSTILE.pipes, 'recorded 48h 0m after the report (limit 24h)', 'Leeds', 'crime'),
    finding('DQ-001', 0, 40, HOSTILE.formula, 'missing: district', null, 'crime'),
    finding('NCRS-001', 0, 40, HOSTILE.formula, 'recorded 31h 10m after the report (limit 24h)', 'Bradford', 'crime'),
    finding('NCRS-001', 0, 55, '13/000055/26', 'recorded 26h 5m after the report (limit 24h)', 'Bradford', 'crime'),
    finding('NCRS-001', 0, 61, '13/000061/26', 'recorded 30h 0m after the report (limit 24h)', 'Bradford', 'crime'),
    finding('NCRS-001', 0, 70, '13/000070/26', 'recorded 72h 1m after the report (limit 24h)', 'Bradford', 'crime'),
    finding('NCRS-001', 0, 71, '13/000071/26', 'recorded 24h 1m after the report (limit 24h)', 'Bradford', 'crime'),
    finding('NCRS-001', 0, 80, '13/000080/26', 'recorded 29h 59m after the report (limit 24h)', 'Bradford', 'crime'),
    finding('NCRS-001', 0, 90, null, 'recorded 100h 0m after the report (limit 24h)', 'Calderdale', 'crime'),
    finding('DQ-001', 1, 5, 'INC-0002', 'missing: district', 'Leeds', 'incident'),
    finding('NCRS-003', 1, 12, 'INC-0007', 'incident closed as CRIME has no linked crime', 'Leeds', 'incident'),
  ];
  return {
    toolVersion: '0.1.0',
    generatedAt: '2026-11-02T09:00:00Z',
    period: '2026-10',
    districts: [],
    inputs: [
      { path: CRIMES, sha256: sha('crimes'), rows: 240 },
      { path: INCIDENTS, sha256: sha('incidents'), rows: 40 },
    ],
    profile: { name: 'canonical', path: null, sha256: null },
    ruleFiles: [
      { path: FILES.dq, sha256: sha(FILES.dq) },
      { path: FILES.rec, sha256: sha(FILES.rec) },
      { path: FILES.hocr, sha256: sha(FILES.hocr) },
      { path: 'rules/codelists/offence-codes.yaml', sha256: sha('offence-codes') },
      { path: FILES.wy, sha256: sha(FILES.wy) },
    ],
    rows: { read: 280, evaluated: 279, rejected: 1, filtered: 0 },
    rejected: [{ file: CRIMES, line: 17, reason: "reported_at: '31/02/2026' is not a date" }],
    engine: { rules, findings },
    districtSpelling: new Map([
      ['leeds', 'Leeds'],
      ['bradford', 'Bradford'],
      ['calderdale', 'Calderdale'],
      [hostileKey, HOSTILE_DISTRICT],
    ]),
    warnings: [`${INCIDENTS}: decoded as Windows-1252 (not valid UTF-8)`],
    options: { public: false, includeDetails: false },
    ...overrides,
  };
}

/** The same run with exceptions applied (one NCRS-001 finding accepted, one expired, one unused). */
export function makeRunWithExceptions(): AuditRun {
  const entry = (recordId: string, expires: string) => ({ ruleId: 'NCRS-001', recordId, justification: 'Delay agreed with the FCR', acceptedBy: 'FCR', expires });
  return makeRun({
    exceptions: {
      asOf: '2026-10-31',
      accepted: [{ ...entry('13/000099/26', '2026-12-31'), file: CRIMES, line: 99, message: 'recorded 26h 0m after the report (limit 24h)', district: 'Leeds', recordType: 'crime' }],
      expired: [entry('13/000098/26', '2026-09-30')],
      unused: [entry('13/000097/26', '2026-12-31')],
      acceptedByRule: new Map([['NCRS-001', 1]]),
    },
  });
}

/** An earlier month for --compare: the same rules with different NCRS-001 counts. */
export function makeEarlierRun(period: string, ncrs001: [number, number]): AuditRun {
  const run = makeRun({ period, generatedAt: `${period}-28T09:00:00Z` });
  const rules = run.engine.rules.map((r) =>
    r.rule.id === 'NCRS-001' ? { ...r, counts: { applicable: ncrs001[0], failed: ncrs001[1] }, byDistrict: new Map(), byRecordType: new Map() } : r,
  );
  return { ...run, engine: { rules, findings: [] } };
}
