/**
 * Edition 2026/27 language: `linked` (reading the first linked record's fields),
 * dated code-list entries judged on a record's date (`in_list` with `on:`), and
 * phrases (`contains`, `contains_list`). Each case runs through the streaming
 * evaluator, with and without lookahead, so the answers cannot depend on it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRuleFiles, loadRuleSet } from '../../src/rules/index.js';
import { createEvaluator, type Verdict } from '../../src/engine/index.js';
import { exampleRecord } from '../../src/rules/example-record.js';
import { tempDir } from '../helpers/temp-dir.js';

const dir = tempDir('linked');
writeFileSync(
  join(dir, 'dated.yaml'),
  'name: Dated codes\nedition: "2026/27"\ncodes:\n  - { code: "22", from: "2019-04-01" }\n  - { code: "OLD", until: "2026-04-01" }\n  - "1"\n',
);
writeFileSync(join(dir, 'phrases.yaml'), 'name: Phrases\ncodes: [does not wish, withdrew]\n');
let n = 0;
type Row = Record<string, string>;

async function run(appliesTo: string | null, require: string, rows: Row[], lookahead?: number) {
  const indent = (s: string) => s.split('\n').map((l) => `      ${l}`).join('\n');
  const text = `codelists:\n  dated: ./dated.yaml\n  phrases: ./phrases.yaml\nrules:\n  - id: T-1\n    name: t\n    severity: error\n    standard: s\n    description: d\n${
    appliesTo ? `    applies_to:\n${indent(appliesTo)}\n` : ''
  }    require:\n${indent(require)}\n    message: "failed {record_id}"\n`;
  const file = join(dir, `r${n++}.yaml`);
  writeFileSync(file, text);
  const set = await loadRuleSet([file], dir);
  const verdicts: Verdict[] = rows.map(() => 'n/a');
  const messages: (string | undefined)[] = rows.map(() => undefined);
  const ev = createEvaluator(set, { ...(lookahead === undefined ? {} : { lookahead }), keepBytes: 0, onVerdict: (_r, seq, v, m) => ((verdicts[seq] = v), (messages[seq] = m)) });
  rows.forEach((row, seq) => ev.add(exampleRecord(row, []), { file: 'in.csv', fileIndex: 0, line: seq + 2 }, seq));
  ev.finish();
  return { verdicts, messages };
}

const INCIDENT = "{ all: [ { field: record_type, equals: incident }, { present: reported_at } ] }";
const LINK = `linked:\n  where: ${INCIDENT}\n  match: { record_id: incident_id }`;
const WITHIN_24H = `${LINK}\n  require: { elapsed: { from: linked.reported_at, to: recorded_at, at_most: 24, unit: hours } }`;
const inc = (id: string, reported?: string): Row => ({ record_id: id, record_type: 'incident', ...(reported ? { reported_at: reported } : {}) });
const crime = (id: string, incident: string, recorded: string): Row => ({ record_id: id, record_type: 'crime', incident_id: incident, recorded_at: recorded });

const LINKED: [string, Row[], Verdict[]][] = [
  ['exactly 24h from the incident across the clock change passes', [inc('I1', '2026-10-25 00:30:00'), crime('C1', 'I1', '2026-10-25 23:30:00')], ['n/a', 'pass']],
  ['24h and 1s fails', [inc('I1', '2026-10-25 00:30:00'), crime('C1', 'I1', '2026-10-25 23:30:01')], ['n/a', 'fail']],
  ['the incident after the crime in the file', [crime('C1', 'I1', '2026-10-05 10:00'), inc('I1', '2026-10-03 09:00')], ['fail', 'n/a']],
  ['the first incident in input order with the id decides', [inc('I1', '2026-10-01 09:00'), inc('I1', '2026-10-04 09:00'), crime('C1', 'I1', '2026-10-04 10:00')], ['n/a', 'n/a', 'fail']],
  ['an incident without reported_at is passed over', [inc('I1'), inc('I1', '2026-10-04 09:00'), crime('C1', 'I1', '2026-10-04 10:00')], ['n/a', 'n/a', 'pass']],
  ['no linked incident: not applicable', [inc('I2', '2026-10-04 09:00'), crime('C1', 'I1', '2026-10-04 10:00')], ['n/a', 'n/a']],
  ['an empty incident_id links to nothing', [inc('I1', '2026-10-04 09:00'), { record_id: 'C1', record_type: 'crime', recorded_at: '2026-10-04 10:00' }], ['n/a', 'n/a']],
  ['record ids keep their case', [inc('i1', '2026-10-01 09:00'), crime('C1', 'I1', '2026-10-04 10:00')], ['n/a', 'n/a']],
  ['several crimes on one incident, either side of it', [crime('C1', 'I1', '2026-10-02 08:00'), inc('I1', '2026-10-01 09:00'), crime('C2', 'I1', '2026-10-03 08:00')], ['pass', 'n/a', 'fail']],
];

describe('linked: the first linked record in input order', () => {
  it.each(LINKED)('%s', async (_name, rows, want) => {
    const appliesTo = `all:\n  - { field: record_type, equals: crime }\n  - ${LINK.split('\n').join('\n    ')}`;
    for (const lookahead of [0, 256]) {
      const { verdicts } = await run(appliesTo, WITHIN_24H, rows, lookahead);
      expect(verdicts, `lookahead ${lookahead}`).toEqual(want);
    }
  });

  it('without applies_to, no link is a failure; the message carries the elapsed time', async () => {
    const { verdicts, messages } = await run(null, WITHIN_24H.replace('"failed {record_id}"', ''), [crime('C1', 'I9', '2026-10-01 10:00'), inc('I1', '2026-10-01 09:00'), crime('C2', 'I1', '2026-10-03 09:00')]);
    expect(verdicts).toEqual(['fail', 'fail', 'fail']);
    expect(messages[2]).toBe('failed C2');
  });

  it('never links a record to itself', async () => {
    // An incident whose incident_id is its own record_id: the link must be another record.
    const self = { record_id: 'I1', record_type: 'incident', incident_id: 'I1', reported_at: '2026-10-01 09:00', recorded_at: '2026-10-01 10:00' };
    const { verdicts } = await run(null, LINK, [self]);
    expect(verdicts).toEqual(['fail']);
    const withOther = await run(null, LINK, [self, inc('I1', '2026-10-02 09:00')]);
    expect(withOther.verdicts).toEqual(['pass', 'fail']);
  });

  it('refuses text fields inside require, unknown linked fields and cross checks there', async () => {
    const bad = (require: string) => {
      const file = join(dir, `bad${n++}.yaml`);
      writeFileSync(file, `rules:\n  - id: T-1\n    name: t\n    severity: error\n    standard: s\n    description: d\n    require:\n${require.split('\n').map((l) => `      ${l}`).join('\n')}\n    message: m\n`);
      return checkRuleFiles([file], dir);
    };
    expect((await bad(`${LINK}\n  require: { field: linked.district, equals: Leeds }`))[0]?.message).toMatch(/linked.district is text/);
    expect((await bad(`${LINK}\n  require: { present: linked.reported_on }`))[0]?.message).toMatch(/unknown field name 'linked.reported_on'/);
    expect((await bad(`${LINK}\n  require: { exists: { match: { victim_age: victim_age } } }`))[0]?.message).toMatch(/cross-record/);
    expect(await bad(WITHIN_24H)).toEqual([]);
  });
});

const ON = '{ field: outcome_code, in_list: dated, on: [outcome_at, recorded_at] }';
const DATED: [string, Row, boolean, string?][] = [
  ['undated code', { outcome_code: '1', outcome_at: '1990-01-01' }, true],
  ['22 on 1 April 2019, London day', { outcome_code: '22', outcome_at: '2019-03-31T23:30:00Z' }, true],
  ['22 on 31 March 2019', { outcome_code: '22', outcome_at: '2019-03-31T22:30:00Z' }, false, 'in force from 2019-04-01; outcome_at is 2019-03-31'],
  ['22 dated 2018, judged on outcome_at before recorded_at', { outcome_code: '22', outcome_at: '2018-06-01 12:00', recorded_at: '2026-10-01 12:00' }, false, 'in force from 2019-04-01; outcome_at is 2018-06-01'],
  ['without outcome_at, recorded_at judges', { outcome_code: '22', recorded_at: '2018-06-01 12:00' }, false, 'in force from 2019-04-01; recorded_at is 2018-06-01'],
  ['without any date the days are not checked', { outcome_code: '22' }, true],
  ['until is the first day no longer in force', { outcome_code: 'old', outcome_at: '2026-04-01 00:00' }, false, 'no longer in force from 2026-04-01; outcome_at is 2026-04-01'],
  ['the day before until', { outcome_code: 'OLD', outcome_at: '2026-03-31 23:59' }, true],
  ['a code not in the list', { outcome_code: '99', outcome_at: '2026-10-01' }, false, 'not in the list Dated codes'],
];

describe('in_list with on: dated entries', () => {
  it.each(DATED)('%s', async (_name, row, ok, status) => {
    const file = join(dir, `d${n++}.yaml`);
    writeFileSync(file, `codelists:\n  dated: ./dated.yaml\nrules:\n  - id: T-1\n    name: t\n    severity: error\n    standard: s\n    description: d\n    require: ${ON}\n    message: "{code_status}"\n`);
    const set = await loadRuleSet([file], dir);
    let got: { v: Verdict; m?: string } | undefined;
    const ev = createEvaluator(set, { onVerdict: (_r, _s, v, m) => (got = { v, ...(m ? { m } : {}) }) });
    ev.add(exampleRecord(row, []), { file: 'in.csv', fileIndex: 0, line: 2 }, 0);
    ev.finish();
    expect(got).toEqual(ok ? { v: 'pass' } : { v: 'fail', m: status });
  });

  it('refuses a day that does not exist, until before from, and a bad edition', async () => {
    const problems = async (list: string) => {
      writeFileSync(join(dir, 'bad-list.yaml'), list);
      const file = join(dir, 'uses-bad.yaml');
      writeFileSync(file, 'codelists:\n  bad: ./bad-list.yaml\nrules: []\n');
      return (await checkRuleFiles([file], dir)).map((p) => `${p.line}: ${p.message}`);
    };
    expect(await problems('name: Bad\nedition: "2026/28"\ncodes:\n  - { code: A, from: "2026-02-30" }\n')).toEqual([
      expect.stringMatching(/^2: an edition is a counting year/),
      expect.stringMatching(/^4: expected a day written YYYY-MM-DD/),
    ]);
    expect(await problems('name: Bad\ncodes:\n  - { code: B, from: "2026-04-01", until: "2026-04-01" }\n')).toEqual([
      expect.stringMatching(/^3: code 'B' is in force until 2026-04-01, not after its from day 2026-04-01/),
    ]);
  });
});

describe('contains and contains_list', () => {
  it.each([
    ['contains_list, any case, anywhere', '{ field: cancellation_rationale, contains_list: phrases }', 'Victim DOES NOT WISH to proceed', true],
    ['contains_list: no phrase', '{ field: cancellation_rationale, contains_list: phrases }', 'AVI: CCTV shows no offence', false],
    ['contains inline', "{ field: cancellation_rationale, contains: ['not supportive'] }", 'Victim is Not Supportive', true],
    ['contains across a line break', '{ field: cancellation_rationale, contains_list: phrases }', 'AVI obtained.\nVictim withdrew', true],
  ] as const)('%s', async (_name, require, text, ok) => {
    const { verdicts } = await run(null, require, [{ cancellation_rationale: text }]);
    expect(verdicts).toEqual([ok ? 'pass' : 'fail']);
  });

  it('an empty value contains nothing', async () => {
    expect((await run(null, '{ field: cancellation_rationale, contains_list: phrases }', [{}])).verdicts).toEqual(['fail']);
  });
});
