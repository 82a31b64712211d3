import { describe, expect, it } from 'vitest';
import { runRule, type Row } from './condition-harness.js';

type Case = [name: string, condition: string, row: Row, expected: boolean];

const T = true;
const F = false;
/** Single-record operators: does the condition hold for the row? */
const LOCAL: Case[] = [
  ['present: value', 'present: offence_code', { offence_code: '8N' }, T],
  ['present: empty', 'present: offence_code', {}, F],
  ['present: spaces are empty', 'present: offence_code', { offence_code: '   ' }, F],
  ['present: list needs all', 'present: [offence_code, district]', { offence_code: '8N' }, F],
  ['absent', 'absent: closure_rationale', {}, T],
  ['absent: present value', 'absent: closure_rationale', { closure_rationale: 'x' }, F],
  ['equals code ignores case', '{ field: closure_code, equals: CRIME }', { closure_code: 'crime' }, T],
  ['equals enum ignores case', '{ field: record_type, equals: Crime }', { record_type: 'CRIME' }, T],
  ['equals text keeps case', '{ field: district, equals: Leeds }', { district: 'leeds' }, F],
  ['equals text with ignore_case', '{ field: district, equals: Leeds, ignore_case: true }', { district: 'LEEDS' }, T],
  ['equals empty never matches', '{ field: closure_code, equals: "" }', {}, F],
  ['equals boolean', '{ field: crime_related, equals: true }', { crime_related: 'Yes' }, T],
  ['equals boolean false', '{ field: crime_related, equals: true }', { crime_related: 'n' }, F],
  ['equals boolean empty', '{ field: crime_related, equals: false }', {}, F],
  ['equals integer', '{ field: victim_age, equals: 16 }', { victim_age: '16' }, T],
  ['equals codes not normalised', '{ field: outcome_code, equals: "1" }', { outcome_code: '01' }, F],
  ['in', '{ field: cancellation_authority, in: [FCR, DDM] }', { cancellation_authority: 'ddm' }, T],
  ['in: other value', '{ field: cancellation_authority, in: [FCR, DDM] }', { cancellation_authority: 'PS' }, F],
  ['in: empty', '{ field: cancellation_authority, in: [FCR, DDM] }', {}, F],
  ['in_list ignores case', '{ field: offence_code, in_list: codes }', { offence_code: 'a1' }, T],
  ['in_list keeps 01', '{ field: outcome_code, in_list: codes }', { outcome_code: '01' }, T],
  ['in_list: 1 is not 01', '{ field: outcome_code, in_list: codes }', { outcome_code: '1' }, F],
  ['in_list: empty', '{ field: offence_code, in_list: codes }', {}, F],
  ['in_list on extra column', '{ field: extra.Code, in_list: codes }', { 'extra.Code': 'B2' }, T],
  ['matches is anchored', "{ field: record_id, matches: '[0-9]+' }", { record_id: '12a' }, F],
  ['matches', "{ field: record_id, matches: '[0-9]{2}/[0-9]+/[0-9]{2}' }", { record_id: '13/106313/26' }, T],
  ['matches ignore_case', "{ field: record_id, matches: '[a-f]+', ignore_case: true }", { record_id: 'ABC' }, T],
  ['matches empty', "{ field: record_id, matches: '.*' }", {}, F],
  ['less_than', '{ field: victim_age, less_than: 18 }', { victim_age: '17' }, T],
  ['less_than boundary', '{ field: victim_age, less_than: 18 }', { victim_age: '18' }, F],
  ['at_least and at_most', '{ field: victim_age, at_least: 10, at_most: 12 }', { victim_age: '12' }, T],
  ['compare empty', '{ field: victim_age, greater_than: -1 }', {}, F],
  ['compare extra number', '{ field: extra.Longitude, less_than: 0 }', { 'extra.Longitude': '-0.107682' }, T],
  ['compare extra non-number', '{ field: extra.Longitude, less_than: 0 }', { 'extra.Longitude': 'n/a' }, F],
  ['elapsed exactly 24h', 'elapsed: { from: reported_at, to: recorded_at, at_most: 24, unit: hours }', { reported_at: '2026-10-03 10:00', recorded_at: '2026-10-04 10:00' }, T],
  ['elapsed across clock change is 25h', 'elapsed: { from: reported_at, to: recorded_at, at_most: 24, unit: hours }', { reported_at: '2026-10-25 00:30', recorded_at: '2026-10-26 00:30' }, F],
  ['elapsed in days', 'elapsed: { from: reported_at, to: recorded_at, less_than: 2, unit: days }', { reported_at: '2026-10-03 10:00', recorded_at: '2026-10-05 09:59' }, T],
  ['elapsed in minutes, negative', 'elapsed: { from: reported_at, to: recorded_at, at_least: 0, unit: minutes }', { reported_at: '2026-10-03 10:00', recorded_at: '2026-10-03 09:59' }, F],
  ['elapsed with a missing datetime', 'elapsed: { from: reported_at, to: recorded_at, at_most: 24, unit: hours }', { reported_at: '2026-10-03 10:00' }, F],
  ['class_in range', "{ field: offence_code, class_in: ['17-23', 88] }", { offence_code: '19D' }, T],
  ['class_in 88A', "{ field: offence_code, class_in: ['17-23', 88] }", { offence_code: '88A' }, T],
  ['class_in 8N is class 8', "{ field: offence_code, class_in: ['17-23', 88] }", { offence_code: '8N' }, F],
  ['class_in 105A is class 105', '{ field: offence_code, class_in: [105] }', { offence_code: '105A' }, T],
  ['class_in 4.1 is class 4', '{ field: offence_code, class_in: [4] }', { offence_code: '4.1' }, T],
  ['class_in no digits', '{ field: offence_code, class_in: [1] }', { offence_code: 'ZZ9' }, F],
  ['all', 'all: [ { present: district }, { present: offence_code } ]', { district: 'Leeds', offence_code: '8N' }, T],
  ['all: one fails', 'all: [ { present: district }, { present: offence_code } ]', { district: 'Leeds' }, F],
  ['any', 'any: [ { present: district }, { present: offence_code } ]', { offence_code: '8N' }, T],
  ['any: none holds', 'any: [ { present: district }, { present: offence_code } ]', {}, F],
  ['not', 'not: { present: district }', {}, T],
  ['if: condition false passes', 'if: { field: record_type, equals: crime }\nthen: { present: offence_code }', { record_type: 'incident' }, T],
  ['if: then must hold', 'if: { field: record_type, equals: crime }\nthen: { present: offence_code }', { record_type: 'crime' }, F],
  ['expr', 'expr: "victim_age < 18 && flag_cse == null"', { victim_age: '12' }, T],
  ['expr extra', 'expr: "extra[\'Crime type\'] == \'Drugs\'"', { 'extra.Crime type': 'Drugs' }, T],
  ['expr transform', "expr: \"offence_code|class == 88\"", { offence_code: '88A' }, T],
  ['expr false on error', 'expr: "victim_age.x.y > 1"', {}, F],
];

describe('single-record operators', () => {
  it.each(LOCAL)('%s', async (_name, condition, row, expected) => {
    const { verdicts } = await runRule(condition, [row]);
    expect(verdicts[0]).toBe(expected ? 'pass' : 'fail');
  });
});

const crime = (id: string, extra: Row = {}): Row => ({ record_id: id, record_type: 'crime', ...extra });
const incident = (id: string, extra: Row = {}): Row => ({ record_id: id, record_type: 'incident', ...extra });

type CrossCase = [name: string, condition: string, rows: Row[], expected: string[], appliesTo?: string];
const EXISTS = 'exists: { where: { field: record_type, equals: crime }, match: { incident_id: record_id } }';
const DUP = 'no_earlier_duplicate: { keys: [victim_id, offence_code], time: reported_at, within: 24, unit: hours }';
const v = (id: string, when: string, extra: Row = {}): Row => ({ record_type: 'crime', status: 'recorded', victim_id: id, offence_code: '8N', reported_at: when, ...extra });
const RECORDED = 'all: [ { field: status, equals: recorded }, { present: [victim_id, offence_code, reported_at] } ]';

/** Cross-record operators: verdict per row (p = pass, f = fail, - = not applicable). */
const CROSS: CrossCase[] = [
  ['exists: later crime links', EXISTS, [incident('W1'), crime('C1', { incident_id: 'W1' })], ['p', '-'], '{ field: record_type, equals: incident }'],
  ['exists: earlier crime links', EXISTS, [crime('C1', { incident_id: 'W1' }), incident('W1')], ['-', 'p'], '{ field: record_type, equals: incident }'],
  ['exists: no link', EXISTS, [incident('W1'), crime('C1', { incident_id: 'W2' })], ['f', '-'], '{ field: record_type, equals: incident }'],
  ['exists: where filters', EXISTS, [incident('W1'), incident('W2', { incident_id: 'W1' })], ['f', 'f'], '{ field: record_type, equals: incident }'],
  ['exists: never itself', 'exists: { match: { incident_id: record_id } }', [crime('C1', { incident_id: 'C1' })], ['f']],
  ['exists: empty links to nothing', 'exists: { match: { incident_id: incident_id } }', [crime('A'), crime('B')], ['f', 'f']],
  ['exists: in any with a local fallback', `any: [ { ${EXISTS} }, { present: closure_rationale } ]`, [incident('W1', { closure_rationale: 'x' }), incident('W2')], ['p', 'f']],
  ['exists: under not', `not: { ${EXISTS} }`, [incident('W1'), crime('C', { incident_id: 'W1' }), incident('W2')], ['f', 'p', 'p']],
  ['exists in applies_to', 'present: closure_rationale', [incident('W1'), crime('C', { incident_id: 'W1' }), incident('W2')], ['f', '-', '-'], EXISTS],
  ['unique: first passes', 'unique: record_id', [crime('A'), crime('B'), crime('A'), crime('A')], ['p', 'p', 'f', 'f']],
  ['unique: empty is never a duplicate', 'unique: record_id', [{ record_type: 'crime' }, { record_type: 'crime' }], ['p', 'p']],
  ['unique: among limits earlier rows', 'unique: { fields: record_id, among: { field: record_type, equals: crime } }', [incident('A'), crime('A'), crime('A')], ['p', 'p', 'f']],
  ['unique: several fields', 'unique: [record_id, district]', [crime('A', { district: 'Leeds' }), crime('A', { district: 'Wakefield' }), crime('A', { district: 'Leeds' })], ['p', 'p', 'f']],
  ['duplicate: chain of three', DUP, [v('V', '2026-10-01 12:00'), v('V', '2026-10-02 10:00'), v('V', '2026-10-03 08:00')], ['p', 'f', 'f'], RECORDED],
  ['duplicate: exactly 24h passes', DUP, [v('V', '2026-10-01 12:00'), v('V', '2026-10-02 12:00')], ['p', 'p'], RECORDED],
  ['duplicate: input order does not matter', DUP, [v('V', '2026-10-02 10:00'), v('V', '2026-10-01 12:00')], ['f', 'p'], RECORDED],
  ['duplicate: same time, later row fails', DUP, [v('V', '2026-10-01 12:00'), v('V', '2026-10-01 12:00')], ['p', 'f'], RECORDED],
  ['duplicate: cancelled is never previous', DUP, [v('V', '2026-10-01 12:00', { status: 'cancelled' }), v('V', '2026-10-01 13:00')], ['-', 'p'], RECORDED],
  ['duplicate: other victim or offence', DUP, [v('V', '2026-10-01 12:00'), v('W', '2026-10-01 13:00'), v('V', '2026-10-01 14:00', { offence_code: '105A' })], ['p', 'p', 'p'], RECORDED],
  ['duplicate: codes ignore case', DUP, [v('V', '2026-10-01 12:00'), v('V', '2026-10-01 13:00', { offence_code: '8n' })], ['p', 'f'], RECORDED],
  ['duplicate: clock change counts real time', DUP, [v('V', '2026-10-25 00:30'), v('V', '2026-10-25 23:45')], ['p', 'p'], RECORDED],
];

describe('cross-record operators', () => {
  it.each(CROSS)('%s', async (_name, condition, rows, expected, appliesTo) => {
    const { verdicts, result } = await runRule(condition, rows, appliesTo);
    expect(verdicts.map((x) => (x === 'pass' ? 'p' : x === 'fail' ? 'f' : '-'))).toEqual(expected);
    const failed = expected.filter((x) => x === 'f').length;
    expect(result.rules[0]!.counts).toEqual({ applicable: expected.filter((x) => x !== '-').length, failed });
    expect(result.findings).toHaveLength(failed);
  });
});

describe('messages', () => {
  it('fill placeholders from fields and measured values', async () => {
    const { messages } = await runRule(
      'elapsed: { from: reported_at, to: recorded_at, at_most: 24, unit: hours }',
      [{ record_id: 'C1', reported_at: '2026-10-03 10:00', recorded_at: '2026-10-04 17:10' }],
      undefined,
      '{record_id} recorded {elapsed} after report ({limit})',
    );
    expect(messages[0]).toBe('C1 recorded 31h 10m after report (<= 24 hours)');
  });

  it('cross-record rules name the gap at the end of the audit', async () => {
    const { result } = await runRule(DUP, [v('V', '2026-10-01 12:00', { record_id: 'A' }), v('V', '2026-10-01 15:30', { record_id: 'B', district: ' Leeds ' })], RECORDED, '{record_id} is {gap} after another');
    expect(result.findings).toEqual([
      { ruleId: 'T-1', recordId: 'B', file: 'in.csv', fileIndex: 0, line: 3, seq: 1, message: 'B is 3h 30m after another', district: 'Leeds', recordType: 'crime' },
    ]);
    expect(result.rules[0]!.byDistrict).toEqual(new Map([['(none)', { applicable: 1, failed: 0 }], ['leeds', { applicable: 1, failed: 1 }]]));
    expect(result.rules[0]!.byRecordType).toEqual(new Map([['crime', { applicable: 2, failed: 1 }]]));
  });
});
