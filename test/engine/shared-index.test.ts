/**
 * `exists` checks with the same `where` and their-fields read one shared index.
 * Sharing must not change a single verdict: every rule evaluated together (shared)
 * gives what it gives evaluated alone (its own index).
 */
import { describe, expect, it } from 'vitest';
import { ruleSetFromData } from '../../src/rules/index.js';
import { createEvaluator, type Verdict } from '../../src/engine/index.js';
import { testRecord, testRule } from './condition-harness.js';

const CRIME = '{ field: record_type, equals: crime }';
const RULES: [id: string, appliesTo: string, require: string][] = [
  ['S-1', '{ field: record_type, equals: incident }', `exists: { where: ${CRIME}, match: { incident_id: record_id } }`],
  ['S-2', '{ field: closure_code, equals: CRIME }', `any: [{ exists: { where: ${CRIME}, match: { incident_id: record_id } } }, { present: closure_rationale }]`],
  // Same index, asked by crimes themselves: "another" crime, never the asking one.
  ['S-3', CRIME, `exists: { where: ${CRIME}, match: { incident_id: incident_id } }`],
  ['S-4', '{ field: record_type, equals: n100 }', `exists: { where: ${CRIME}, match: { incident_id: incident_id } }`],
  // A different where, and one naming a code list: their own indexes.
  ['S-5', CRIME, 'exists: { where: { field: status, equals: recorded }, match: { incident_id: incident_id } }'],
  ['S-6', '{ field: record_type, equals: incident }', 'exists: { where: { field: record_type, in_list: types }, match: { incident_id: record_id } }'],
];

const ROWS: Record<string, string>[] = [
  { record_id: 'I-1', record_type: 'incident', closure_code: 'CRIME' },
  { record_id: 'C-1', record_type: 'crime', incident_id: 'I-1', status: 'recorded' },
  { record_id: 'I-2', record_type: 'incident', closure_code: 'crime', closure_rationale: 'written' },
  { record_id: 'I-3', record_type: 'incident', closure_code: 'CRIME' },
  { record_id: 'C-2', record_type: 'crime', incident_id: 'I-4', status: 'cancelled' },
  { record_id: 'C-3', record_type: 'crime', incident_id: 'I-4', status: 'recorded' },
  { record_id: 'C-4', record_type: 'crime', incident_id: 'I-5', status: 'recorded' },
  { record_id: 'N-1', record_type: 'n100', incident_id: 'I-5' },
  { record_id: 'N-2', record_type: 'n100', incident_id: 'I-9' },
  { record_id: 'N-3', record_type: 'n100' },
  { record_id: 'C-5', record_type: 'crime', status: 'recorded' },
  { record_id: 'I-4', record_type: 'incident', closure_code: 'CRIME' },
  { record_id: 'I-5', record_type: 'incident' },
  { record_id: 'i-1', record_type: 'incident' },
];

/** Verdicts of each rule per row; `early` collects those known before finish(). */
async function verdicts(rules: typeof RULES, lookahead?: number, early?: Set<string>): Promise<Map<string, Verdict[]>> {
  const set = ruleSetFromData({
    rules: rules.map(([id, appliesTo, require]) => testRule(`{ ${require} }`, appliesTo, 'm', id)),
    codeLists: { types: ['crime'] },
  });
  const out = new Map<string, Verdict[]>(rules.map(([id]) => [id, ROWS.map((): Verdict => 'n/a')]));
  let finishing = false;
  const ev = createEvaluator(set, {
    lookahead,
    onVerdict: (rule, seq, v) => {
      out.get(rules[rule]![0])![seq] = v;
      if (!finishing) early?.add(`${rules[rule]![0]} ${ROWS[seq]!.record_id}`);
    },
  });
  ROWS.forEach((row, seq) => ev.add(testRecord(row), { file: 'in.csv', fileIndex: 0, line: seq + 2 }, seq));
  finishing = true;
  ev.finish();
  return out;
}

describe('shared exists indexes', () => {
  it('give every rule the verdicts it has alone', async () => {
    const together = await verdicts(RULES);
    for (const rule of RULES) expect(together.get(rule[0]), rule[0]).toEqual((await verdicts([rule])).get(rule[0]));
  });

  it.each([
    ['S-1', ['pass', 'n/a', 'fail', 'fail', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'pass', 'pass', 'fail']],
    ['S-3', ['n/a', 'fail', 'n/a', 'n/a', 'pass', 'pass', 'fail', 'n/a', 'n/a', 'n/a', 'fail', 'n/a', 'n/a', 'n/a']],
    ['S-4', ['n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'pass', 'fail', 'fail', 'n/a', 'n/a', 'n/a', 'n/a']],
    ['S-5', ['n/a', 'fail', 'n/a', 'n/a', 'pass', 'fail', 'fail', 'n/a', 'n/a', 'n/a', 'fail', 'n/a', 'n/a', 'n/a']],
  ])('%s: another record, before or after, never the asking one', async (id, expected) => {
    expect((await verdicts(RULES)).get(id)).toEqual(expected);
  });

  it.each([0, 1, 2, 3, 7, 1024])('give the same verdicts whatever the lookahead (%i records)', async (lookahead) => {
    expect(await verdicts(RULES, lookahead)).toEqual(await verdicts(RULES, 0));
  });

  it('answer a question as soon as its match is seen, within the lookahead', async () => {
    // I-1 (row 1) is answered by C-1, the next row; I-4 (row 12) by C-2, eight rows before it.
    const none = new Set<string>();
    await verdicts(RULES, 0, none);
    expect(none.has('S-1 I-1')).toBe(false);
    expect(none.has('S-1 I-4')).toBe(true);
    const one = new Set<string>();
    await verdicts(RULES, 1, one);
    expect(one.has('S-1 I-1')).toBe(true);
    expect(one.has('S-2 I-1')).toBe(true);
    // Unanswered questions wait for finish(), whatever the lookahead.
    expect(one.has('S-1 I-3')).toBe(false);
  });
});
