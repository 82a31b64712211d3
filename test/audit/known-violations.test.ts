/**
 * A generated export whose violations are known by construction: every row is
 * built from a template that declares which shipped rules apply to it and which
 * it breaks. `audit --format json` must report exactly those applicable and
 * failed counts for every rule of edition 2026/27, edge cases included (exactly
 * 24h, 24h across the October clock change, a repeat victim on two incidents, a
 * cancelled crime with code NC, an empty incident_id that links to nothing, the
 * incident after its crime, outcomes judged on their dates).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { CANONICAL_FIELDS, type CanonicalField } from '../../src/model/record.js';
import { reportSchema } from '../../src/report/schema.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

type RuleId =
  | 'DQ-001' | 'DQ-002' | 'DQ-003' | 'DQ-004'
  | 'NCRS-001' | 'NCRS-002' | 'NCRS-003' | 'NCRS-004' | 'NCRS-005' | 'NCRS-006'
  | 'HOCR-001' | 'HOCR-002' | 'HOCR-003' | 'HOCR-004' | 'HOCR-005' | 'HOCR-006'
  | 'HOCR-007' | 'HOCR-008' | 'HOCR-009'
  | 'WY-001';
type Row = Partial<Record<CanonicalField, string>>;
interface Planned { row: Row; applies: RuleId[]; fails: RuleId[] }

const EVERY: RuleId[] = ['DQ-001', 'DQ-002', 'DQ-003'];
/** A recorded crime with victim, offence and report time: also NCRS-001 and HOCR-004. */
const CRIME: RuleId[] = [...EVERY, 'NCRS-001', 'HOCR-004'];
/** The same on an incident in the input that has a reported_at: also NCRS-005 and NCRS-006. */
const LINKED_CRIME: RuleId[] = [...CRIME, 'NCRS-005', 'NCRS-006'];

let serial = 0;
const nextId = (prefix: string) => `${prefix}/${String(++serial).padStart(5, '0')}/26`;
/** October 2026 days, far enough apart that unrelated victims never meet. */
const day = (d: number, time: string) => `2026-10-${String(d).padStart(2, '0')} ${time}`;

function crime(over: Row = {}): Row {
  const id = nextId('13');
  return {
    record_id: id, record_type: 'crime', reported_at: day(2, '10:00'), recorded_at: day(2, '11:00'),
    district: 'Leeds', offence_code: '105A', victim_id: `V${id}`, victim_age: '40', status: 'recorded', ...over,
  };
}
function incident(over: Row = {}): Row {
  return { record_id: nextId('INC'), record_type: 'incident', reported_at: day(3, '09:00'), closed_at: day(3, '12:00'), district: 'Bradford', ...over };
}
function n100(over: Row = {}): Row {
  return { record_id: nextId('N100'), record_type: 'n100', reported_at: day(4, '09:00'), recorded_at: day(4, '10:00'), district: 'Kirklees', ...over };
}

function plan(): Planned[] {
  const rows: Planned[] = [];
  const add = (row: Row, applies: RuleId[], fails: RuleId[] = []) => rows.push({ row, applies, fails });

  // Clean incident/crime pairs: the incident is crime-related and closed as a crime.
  for (let i = 0; i < 40; i++) {
    const inc = incident({ crime_related: 'yes', closure_code: i % 2 ? 'CRIME' : 'crime' });
    add(inc, [...EVERY, 'NCRS-002', 'NCRS-003']);
    add(crime({ incident_id: inc.record_id, outcome_code: '1', outcome_at: day(20, '10:00') }), [...LINKED_CRIME, 'HOCR-005', 'HOCR-006']);
  }
  // NCRS-001: late, exactly 24h, and the clock change both ways.
  for (let i = 0; i < 7; i++) add(crime({ recorded_at: day(3, '10:01') }), CRIME, ['NCRS-001']);
  add(crime({ recorded_at: day(3, '10:00') }), CRIME); // exactly 24h passes
  add(crime({ reported_at: day(25, '00:30'), recorded_at: day(25, '23:30') }), CRIME); // 24h real time
  add(crime({ reported_at: day(25, '00:30'), recorded_at: day(26, '00:00') }), CRIME, ['NCRS-001']); // 24.5h real
  add(crime({ reported_at: day(24, '01:00'), recorded_at: day(25, '00:30') }), CRIME); // 23.5h, before the change
  // NCRS-002: crime-related incidents without a crime.
  for (let i = 0; i < 5; i++) add(incident({ crime_related: 'true', closure_code: 'NFA' }), [...EVERY, 'NCRS-002'], ['NCRS-002']);
  for (let i = 0; i < 3; i++) add(incident({ crime_related: 'Y', closure_code: 'NFA', closure_rationale: 'Advice given; no offence disclosed' }), [...EVERY, 'NCRS-002']);
  add(incident({ crime_related: 'no', closure_code: 'NFA' }), EVERY);
  // NCRS-003: closed as a crime, no crime (not crime-related, so NCRS-002 does not apply).
  for (let i = 0; i < 4; i++) add(incident({ closure_code: 'Crime' }), [...EVERY, 'NCRS-003'], ['NCRS-003']);
  // NCRS-004: N100s, resolved only by a rape crime (class 19, either notation).
  const rape = incident({ closure_code: 'CRIME' });
  add(rape, [...EVERY, 'NCRS-003']);
  add(crime({ incident_id: rape.record_id, offence_code: '19C' }), LINKED_CRIME);
  add(n100({ incident_id: rape.record_id }), [...EVERY, 'NCRS-004']);
  const rapeSubclass = incident({ closure_code: 'CRIME' });
  add(n100({ incident_id: rapeSubclass.record_id }), [...EVERY, 'NCRS-004']); // the crime comes later in the file
  add(rapeSubclass, [...EVERY, 'NCRS-003']);
  add(crime({ incident_id: rapeSubclass.record_id, offence_code: '19/8' }), LINKED_CRIME);
  const assault = incident({ closure_code: 'CRIME' });
  add(assault, [...EVERY, 'NCRS-003']);
  add(crime({ incident_id: assault.record_id, offence_code: '105A' }), LINKED_CRIME);
  add(n100({ incident_id: assault.record_id }), [...EVERY, 'NCRS-004'], ['NCRS-004']); // a common assault does not resolve a report of rape
  add(n100({ incident_id: 'INC/99999/26' }), [...EVERY, 'NCRS-004'], ['NCRS-004']);
  add(n100({}), [...EVERY, 'NCRS-004'], ['NCRS-004']); // empty incident_id links to nothing
  add(n100({ closure_rationale: 'Victim declined; rationale recorded' }), [...EVERY, 'NCRS-004']);
  // NCRS-005: keyed on the incident. A repeat victim assaulted at 10:00 and 20:00,
  // reported as two incidents, is two crimes; twice on one incident is a duplicate
  // (codes ignore case); a cancelled crime is never the earlier one.
  const morning = incident({ reported_at: day(10, '10:00'), closed_at: '' });
  const evening = incident({ reported_at: day(10, '20:00'), closed_at: '' });
  add(morning, EVERY);
  add(evening, EVERY);
  add(crime({ incident_id: morning.record_id, victim_id: 'VREPEAT', offence_code: '105A', reported_at: day(10, '10:00'), recorded_at: day(10, '11:00') }), LINKED_CRIME);
  add(crime({ incident_id: evening.record_id, victim_id: 'VREPEAT', offence_code: '105A', reported_at: day(10, '20:00'), recorded_at: day(10, '21:00') }), LINKED_CRIME);
  const once = incident({ reported_at: day(11, '08:00'), closed_at: '' });
  add(once, EVERY);
  add(crime({ incident_id: once.record_id, victim_id: 'VTWICE', offence_code: '8N', reported_at: day(11, '08:00'), recorded_at: day(11, '09:00') }), LINKED_CRIME);
  add(crime({ incident_id: once.record_id, victim_id: 'VTWICE', offence_code: '8n', reported_at: day(11, '08:00'), recorded_at: day(11, '09:30') }), LINKED_CRIME, ['NCRS-005']);
  const canc = incident({ reported_at: day(12, '08:00'), closed_at: '' });
  add(canc, EVERY);
  add(crime({ incident_id: canc.record_id, victim_id: 'VCANC', offence_code: '8N', reported_at: day(12, '08:00'), recorded_at: day(12, '09:00'), status: 'cancelled', cancellation_code: 'C3', cancellation_authority: 'FCR', cancellation_rationale: 'Duplicate of an earlier record' }),
    [...EVERY, 'NCRS-001', 'NCRS-006', 'HOCR-004', 'HOCR-001', 'HOCR-002', 'HOCR-003', 'DQ-004']);
  add(crime({ incident_id: canc.record_id, victim_id: 'VCANC', offence_code: '8N', reported_at: day(12, '10:00'), recorded_at: day(12, '11:00') }), LINKED_CRIME);
  // NCRS-006: the clock starts at the incident's report, whatever the crime's own
  // reported_at; exactly 24h passes, across the clock change too; the incident may
  // come after the crime; an incident without reported_at starts no clock.
  const late = incident({ reported_at: day(14, '09:00'), closed_at: '' });
  add(late, EVERY);
  add(crime({ incident_id: late.record_id, reported_at: day(15, '09:00'), recorded_at: day(15, '10:00') }), LINKED_CRIME, ['NCRS-006']);
  const change = incident({ reported_at: day(25, '00:30:00'), closed_at: '' });
  add(change, EVERY);
  add(crime({ incident_id: change.record_id, reported_at: day(25, '23:00'), recorded_at: day(25, '23:30:00') }), LINKED_CRIME);
  add(crime({ incident_id: change.record_id, reported_at: day(25, '23:00'), recorded_at: day(25, '23:30:01') }), LINKED_CRIME, ['NCRS-006']);
  const after = incident({ reported_at: day(16, '09:00'), closed_at: '' });
  add(crime({ incident_id: after.record_id, reported_at: day(17, '12:00'), recorded_at: day(17, '12:30') }), LINKED_CRIME, ['NCRS-006']);
  add(after, EVERY);
  const undated = incident({ reported_at: '', closed_at: '' });
  add(undated, EVERY, ['DQ-001']);
  add(crime({ incident_id: undated.record_id }), [...CRIME, 'NCRS-005']);
  // HOCR-001..003: cancelled crimes.
  const CANCELLED: RuleId[] = [...EVERY, 'NCRS-001', 'HOCR-004', 'HOCR-001', 'HOCR-002', 'HOCR-003', 'DQ-004'];
  const CANCELLED_C2: RuleId[] = [...CANCELLED, 'HOCR-007'];
  const cancelled = (over: Row) => crime({ status: 'cancelled', cancellation_code: 'C2', cancellation_authority: 'DDM', cancellation_rationale: 'AVI: CCTV shows no offence took place', ...over });
  add(cancelled({ cancellation_code: 'NC' }), CANCELLED, ['HOCR-001']);
  add(cancelled({ cancellation_code: '' }), CANCELLED, ['HOCR-001']);
  add(cancelled({ cancellation_code: 'c3' }), CANCELLED);
  add(cancelled({ cancellation_code: 'C1', cancelled_at: day(20, '10:00') }), CANCELLED);
  add(cancelled({ cancellation_authority: 'PC' }), CANCELLED_C2, ['HOCR-002']);
  add(cancelled({ cancellation_authority: '' }), CANCELLED_C2, ['HOCR-002']);
  add(cancelled({ cancellation_authority: 'fcr' }), CANCELLED_C2);
  add(cancelled({ cancellation_rationale: '' }), CANCELLED_C2, ['HOCR-003', 'HOCR-007']);
  // HOCR-007: the victim's wishes are not additional verifiable information.
  add(cancelled({ cancellation_rationale: 'Victim does not wish to support police action' }), CANCELLED_C2, ['HOCR-007']);
  add(cancelled({ cancellation_code: ' c2 ', cancellation_rationale: "IP DOESN'T WANT to proceed" }), CANCELLED_C2, ['HOCR-007']);
  // DQ-004: a cancelled crime takes no outcome.
  add(cancelled({ outcome_code: '18', outcome_at: day(20, '10:00') }), [...CANCELLED_C2, 'HOCR-005', 'HOCR-006'], ['DQ-004']);
  // HOCR-004..006.
  for (let i = 0; i < 3; i++) add(crime({ offence_code: 'ZZ9' }), CRIME, ['HOCR-004']);
  add(crime({ offence_code: '01' }), CRIME, ['HOCR-004']);
  add(crime({ outcome_code: '99', outcome_at: day(20, '10:00') }), [...CRIME, 'HOCR-005', 'HOCR-006'], ['HOCR-005']);
  add(crime({ outcome_code: '1a', outcome_at: day(20, '10:00') }), [...CRIME, 'HOCR-005', 'HOCR-006']);
  add(crime({ outcome_code: '18' }), [...CRIME, 'HOCR-005', 'HOCR-006'], ['HOCR-006']);
  add(crime({ outcome_code: '23', outcome_at: day(20, '10:00') }), [...CRIME, 'HOCR-005', 'HOCR-006']); // in force in October 2026
  add(crime({ outcome_code: '22', outcome_at: '2018-06-01 12:00' }), [...CRIME, 'HOCR-005', 'HOCR-006'], ['HOCR-005', 'DQ-003']); // before 1 April 2019
  add(crime({ offence_code: '8/67', flag_domestic_abuse: 'yes' }), [...CRIME, 'HOCR-008']); // class/subclass notation
  add(crime({ offence_code: '08/67' }), CRIME, ['HOCR-004']); // not normalised
  // HOCR-008 and HOCR-009: domestic abuse and hate flags by definition.
  add(crime({ offence_code: '8U', flag_domestic_abuse: 'no' }), [...CRIME, 'HOCR-008'], ['HOCR-008']);
  add(crime({ offence_code: '8u' }), [...CRIME, 'HOCR-008'], ['HOCR-008']);
  add(crime({ offence_code: '105B', flag_hate: 'true' }), [...CRIME, 'HOCR-009']);
  add(crime({ offence_code: '8/57' }), [...CRIME, 'HOCR-009'], ['HOCR-009']);
  // WY-001: sexual-offence classes (by class alone), children only.
  add(crime({ offence_code: '19C', victim_age: '15' }), [...CRIME, 'WY-001'], ['WY-001']);
  add(crime({ offence_code: '17Z', victim_age: '9' }), [...CRIME, 'WY-001'], ['WY-001', 'HOCR-004']);
  add(crime({ offence_code: '88A', victim_age: '17', flag_cse: 'false' }), [...CRIME, 'WY-001']);
  add(crime({ offence_code: '19C', victim_age: '18' }), CRIME);
  add(crime({ offence_code: '24', victim_age: '12' }), CRIME); // class 24 is not a sexual-offence class
  // DQ-001..003.
  add(crime({ district: '' }), CRIME, ['DQ-001']);
  add(crime({ offence_code: '' }), [...EVERY, 'NCRS-001'], ['DQ-001']);
  add(incident({ district: ' ' }), EVERY, ['DQ-001']);
  add(n100({ recorded_at: '' }), [...EVERY, 'NCRS-004'], ['DQ-001', 'NCRS-004']);
  const first = crime();
  add(first, CRIME);
  add({ ...crime(), record_id: first.record_id }, CRIME, ['DQ-002']);
  add({ ...crime(), record_id: first.record_id }, CRIME, ['DQ-002']);
  add({ ...crime(), record_id: '' }, ['DQ-001', 'DQ-003', 'NCRS-001', 'HOCR-004'], ['DQ-001']);
  add(crime({ recorded_at: day(1, '09:00') }), CRIME, ['DQ-003']);
  add(incident({ closed_at: day(2, '09:00') }), EVERY, ['DQ-003']);
  add(crime({ outcome_code: '1', outcome_at: day(2, '10:30') }), [...CRIME, 'HOCR-005', 'HOCR-006'], ['DQ-003']);
  return rows;
}

function toCsv(rows: Row[], extraLines: string[]): string {
  const body = stringify(rows.map((r) => CANONICAL_FIELDS.map((f) => r[f] ?? '')), { header: true, columns: [...CANONICAL_FIELDS] });
  return body + extraLines.join('\n') + '\n';
}

describe('a generated export with known violations', async () => {
  const planned = plan();
  const dir = tempDir('known');
  const file = join(dir, 'known.csv');
  const badDate = CANONICAL_FIELDS.map((f) => (f === 'record_type' ? 'crime' : f === 'reported_at' ? '31/02/2026' : f === 'record_id' ? 'BAD/1' : '')).join(',');
  writeFileSync(file, toCsv(planned.map((p) => p.row), [badDate]));
  const run = await runCli(['audit', file, '--format', 'json']);
  const report = reportSchema.parse(JSON.parse(run.stdout));

  const expected = new Map<RuleId, { applicable: number; failed: number }>();
  for (const { applies, fails } of planned) {
    for (const id of fails) expect(applies, `a template fails ${id} without applying to it`).toContain(id);
    for (const id of applies) {
      const counts = expected.get(id) ?? { applicable: 0, failed: 0 };
      counts.applicable++;
      if (fails.includes(id)) counts.failed++;
      expected.set(id, counts);
    }
  }

  it('reads every row and rejects only the bad date', () => {
    expect(report.rows).toEqual({ read: planned.length + 1, evaluated: planned.length, rejected: 1, filtered: 0 });
    expect(report.rejected).toEqual([{ file, line: planned.length + 2, reason: "reported_at: '31/02/2026' is not a date" }]);
    expect(run.exitCode).toBe(1);
  });

  it.each([...expected.keys()].sort())('%s: applicable and failed as built', (id) => {
    const rule = report.rules.find((r) => r.id === id)!;
    expect({ applicable: rule.applicable, failed: rule.failed }).toEqual(expected.get(id));
  });

  it('names the failing rows (line = 1 header + position)', () => {
    const want = planned.flatMap((p, i) => p.fails.map((ruleId) => `${i + 2} ${ruleId}`)).sort();
    const got = (report.findings ?? []).map((f) => `${f.line} ${f.ruleId}`).sort();
    expect(got).toEqual(want);
  });
});
