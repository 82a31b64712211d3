/**
 * `exists` checks with the same `where` and their-fields read one shared index.
 * Sharing must not change a single verdict: every rule evaluated together (shared)
 * gives what it gives evaluated alone (its own index).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/rules/index.js';
import { createEvaluator, type Verdict } from '../../src/engine/index.js';
import { exampleRecord } from '../../src/rules/example-record.js';

const dir = mkdtempSync(join(tmpdir(), 'ncrs-shared-'));
writeFileSync(join(dir, 'codes.yaml'), 'name: Types\ncodes: [crime]\n');

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

let n = 0;
async function verdicts(rules: typeof RULES): Promise<Map<string, Verdict[]>> {
  const text = `codelists:\n  types: ./codes.yaml\nrules:\n${rules
    .map(([id, appliesTo, require]) => `  - id: ${id}\n    name: n\n    severity: error\n    standard: s\n    description: d\n    applies_to: ${appliesTo}\n    require: { ${require} }\n    message: m\n`)
    .join('')}`;
  const file = join(dir, `r${n++}.yaml`);
  writeFileSync(file, text);
  const set = await loadRuleSet([file], dir);
  const out = new Map<string, Verdict[]>(rules.map(([id]) => [id, ROWS.map((): Verdict => 'n/a')]));
  const ev = createEvaluator(set, { onVerdict: (rule, seq, v) => (out.get(rules[rule]![0])![seq] = v) });
  ROWS.forEach((row, seq) => ev.add(exampleRecord(row, []), { file: 'in.csv', fileIndex: 0, line: seq + 2 }, seq));
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
});
