/**
 * `linked` answers a question at once when the first linkable record of its key
 * in input order is already known (seen before, or within the lookahead), and
 * at finish() otherwise. Neither the lookahead, nor spilling, nor the window of
 * recent keys may change an answer. `linkedEquivalence` checks that on a
 * generated export with links before, just after, beyond the lookahead and far
 * after (beyond the window of recent keys when the export is large), duplicate
 * ids, missing links, empty keys and records linking to themselves: every
 * setting gives the verdicts of a plain reference (the first linkable record in
 * input order that is not the record itself) and the same messages.
 * Used by test/engine/linked-early.test.ts and test/slow/linked-window.test.ts.
 */
import { writeFileSync } from 'node:fs';
import { expect } from 'vitest';
import { join } from 'node:path';
import { loadRuleSet } from '../../src/rules/index.js';
import { createEvaluator, type EvaluatorOptions, type Verdict } from '../../src/engine/index.js';
import { AUDIT_MEMORY } from '../../src/audit/memory-policy.js';
import { exampleRecord } from '../../src/rules/example-record.js';
import type { CanonicalRecord } from '../../src/model/record.js';
import { tempDir } from './temp-dir.js';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 9, 1, 8);
type Row = Record<string, string>;

/** Rows in input order: each pattern of link placement many times over (deterministic). */
function generate(groups: number): Row[] {
  let x = 12345;
  const rand = (n: number) => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0), x % n);
  const at = (ms: number) => new Date(ms).toISOString();
  const rows: Row[] = [];
  // Rows that go in later: by the row count at which they go in.
  const due = new Map<number, Row[]>();
  const append = (row: Row) => {
    rows.push(row);
    for (let list = due.get(rows.length); list; list = due.get(rows.length)) {
      due.delete(rows.length);
      rows.push(list.shift()!);
      if (list.length > 0) due.set(rows.length, [...list, ...(due.get(rows.length) ?? [])]);
    }
  };
  const put = (row: Row, after = 0) => {
    if (after === 0) return append(row);
    const at = rows.length + after;
    due.set(at, [...(due.get(at) ?? []), row]);
  };
  for (let k = 0; k < groups; k++) {
    const id = `I-${k}`;
    const reported = T0 + k * 60_000;
    const incident = (ms: number | null): Row => ({ record_id: id, record_type: 'incident', ...(ms === null ? {} : { reported_at: at(ms) }) });
    const crime = (n: number, incidentId = id, recorded: number | null = reported + rand(48) * HOUR): Row => ({
      record_id: `C-${k}-${n}`,
      record_type: 'crime',
      ...(incidentId ? { incident_id: incidentId } : {}),
      ...(recorded === null ? {} : { recorded_at: at(recorded) }),
    });
    // Where the link is, relative to the crime: just before, a little after (within
    // the lookahead), far after (beyond it), far before (beyond the recent keys).
    const gap = [1, 2, 3, 40, 600, 70_000][rand(6)]!;
    switch (rand(10)) {
      case 0:
      case 1:
        put(incident(reported));
        put(crime(0), rand(3) === 0 ? gap : 0);
        break;
      case 2:
        put(crime(0));
        put(incident(reported), gap);
        break;
      case 3:
        // Two incidents with the id: the first in input order decides (the second may come first in time).
        put(incident(reported));
        put(incident(reported - 30 * HOUR), rand(2) === 0 ? 0 : gap);
        put(crime(0), rand(2) === 0 ? 0 : gap * 2);
        break;
      case 4:
        // An incident without reported_at is passed over; the next one links.
        put(incident(null));
        put(crime(0));
        put(incident(reported - rand(30) * HOUR), rand(2) === 0 ? 1 : gap);
        break;
      case 5:
        put(crime(0));
        break;
      case 6:
        put(incident(reported));
        put(crime(0, ''));
        put(crime(1, id, null));
        break;
      case 7: {
        // An incident linked to itself: its own record is never its link.
        const self = { ...incident(reported), incident_id: id, recorded_at: at(reported + rand(48) * HOUR) };
        put(self);
        if (rand(2) === 0) put(incident(reported - rand(48) * HOUR), rand(2) === 0 ? 0 : gap);
        break;
      }
      default:
        put(incident(reported));
        for (let n = 0; n < 3; n++) put(crime(n), rand(2) === 0 ? 0 : gap + n);
    }
  }
  for (const at of [...due.keys()].sort((a, b) => a - b)) rows.push(...due.get(at)!);
  return rows;
}

const WHERE = '{ all: [ { field: record_type, equals: incident }, { present: reported_at } ] }';
const LINK = `linked: { where: ${WHERE}, match: { record_id: incident_id } }`;
const WITHIN = `linked: { where: ${WHERE}, match: { record_id: incident_id }, require: { elapsed: { from: linked.reported_at, to: recorded_at, at_most: 24, unit: hours } } }`;
const RULES = `rules:
  - { id: L-1, name: a, severity: error, standard: s, description: d, message: "crime {record_id} recorded {elapsed} after", applies_to: { all: [ { field: record_type, equals: crime }, { present: recorded_at }, { ${LINK} } ] }, require: { ${WITHIN} } }
  - { id: L-2, name: b, severity: error, standard: s, description: d, message: "{record_id}: {elapsed} ({limit})", require: { ${WITHIN} } }
  - { id: L-3, name: c, severity: error, standard: s, description: d, message: "{record_id}", applies_to: { field: record_type, equals: incident }, require: { ${LINK} } }
`;

interface Outcome {
  verdicts: Verdict[][];
  messages: Map<string, string>;
  /** Pass or fail verdicts known before finish(), and verdicts given at finish(), per rule. */
  early: number[];
  late: number[];
}

async function evaluateAll(records: CanonicalRecord[], options: EvaluatorOptions): Promise<Outcome> {
  const dir = tempDir('linked-early');
  writeFileSync(join(dir, 'rules.yaml'), RULES);
  const set = await loadRuleSet([join(dir, 'rules.yaml')], dir);
  const verdicts: Verdict[][] = [0, 1, 2].map(() => records.map((): Verdict => 'n/a'));
  const messages = new Map<string, string>();
  const early = [0, 0, 0];
  const late = [0, 0, 0];
  let finishing = false;
  const ev = createEvaluator(set, {
    ...options,
    onVerdict: (rule, seq, v, m) => {
      verdicts[rule]![seq] = v;
      if (m !== undefined) messages.set(`${rule} ${seq}`, m);
      if (finishing) late[rule]!++;
      else if (v !== 'n/a') early[rule]!++;
    },
  });
  records.forEach((r, seq) => ev.add(r, { file: 'in.csv', fileIndex: 0, line: seq + 2 }, seq));
  finishing = true;
  ev.finish();
  return { verdicts, messages, early, late };
}

/** The reference: the first record in input order that is a linkable incident with the key, never the record itself. */
function reference(records: CanonicalRecord[]): Verdict[][] {
  const linkable = new Map<string, number[]>();
  records.forEach((r, seq) => {
    if (r.record_type !== 'incident' || r.reported_at === undefined || !r.record_id) return;
    linkable.set(r.record_id, [...(linkable.get(r.record_id) ?? []), seq]);
  });
  const link = (r: CanonicalRecord, seq: number) => (r.incident_id ? linkable.get(r.incident_id)?.find((s) => s !== seq) : undefined);
  const within = (r: CanonicalRecord, l: number) => r.recorded_at !== undefined && r.recorded_at - records[l]!.reported_at! <= 24 * HOUR;
  return [
    records.map((r, seq) => {
      const l = link(r, seq);
      if (r.record_type !== 'crime' || r.recorded_at === undefined || l === undefined) return 'n/a';
      return within(r, l) ? 'pass' : 'fail';
    }),
    records.map((r, seq) => {
      const l = link(r, seq);
      return l !== undefined && within(r, l) ? 'pass' : 'fail';
    }),
    records.map((r, seq) => (r.record_type !== 'incident' ? 'n/a' : link(r, seq) !== undefined ? 'pass' : 'fail')),
  ];
}


/** Evaluates `groups` groups of rows under each memory setting; returns the rows and the verdicts given after finish() began. */
export async function linkedEquivalence(groups: number): Promise<{ rows: number; late: number }> {
  const records = generate(groups).map((row) => exampleRecord(row, []));
  const want = reference(records);
  // Sanity: every kind of verdict occurs.
  for (const v of ['pass', 'fail', 'n/a'] as const) expect(want[0]!.filter((x) => x === v).length, v).toBeGreaterThan(groups / 20);
  expect(want[2]!.filter((x) => x === 'fail').length).toBeGreaterThan(groups / 20);
  const settings: [string, EvaluatorOptions][] = [
    ['lookahead 0, nothing spilled', { lookahead: 0 }],
    ['lookahead 3, everything spilled', { lookahead: 3, keepBytes: 0 }],
    ['the audit policy (lookahead 256)', AUDIT_MEMORY],
    ['lookahead 256, everything spilled', { lookahead: 256, keepBytes: 0 }],
  ];
  const first = await evaluateAll(records, settings[0]![1]);
  expect(first.verdicts).toEqual(want);
  // A failure with a link carries the elapsed time, answered at once or at finish().
  const withElapsed = [...first.messages].filter(([key, m]) => key.startsWith('0 ') && /recorded \d+h \d+m( \d+s)? after$/.test(m));
  expect(withElapsed.length).toBe(want[0]!.filter((v) => v === 'fail').length);
  const applicable = want[0]!.filter((v) => v !== 'n/a').length;
  let late = 0;
  for (const [name, options] of settings.slice(1)) {
    const got = await evaluateAll(records, options);
    expect(got.verdicts, name).toEqual(want);
    expect(got.messages, name).toEqual(first.messages);
    // Both paths are taken: most answers at once, some (links after the lookahead) at finish().
    expect(got.early[0], name).toBeGreaterThan(applicable / 2);
    expect(got.late[0], name).toBeGreaterThan(groups / 100);
    late = got.late[0]!;
  }
  return { rows: records.length, late };
}
