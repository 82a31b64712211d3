import { parse } from 'yaml';
import { ruleSetFromData } from '../../src/rules/index.js';
import { createEvaluator, type Verdict } from '../../src/engine/index.js';
import { exampleRecord } from '../../src/rules/example-record.js';
import type { EngineResult } from '../../src/model/engine.js';

export type Row = Record<string, string>;
/** A condition as a plain object, or as YAML text (`{ field: x, equals: y }`). */
export type Condition = string | Record<string, unknown>;

/** The code list `codes` every test rule may name. */
export const TEST_CODES = ['A1', '01', 'B2'];

const plain = (c: Condition): unknown => (typeof c === 'string' ? parse(c) : c);

/** One rule around `require` (and `applies_to`), compiled in memory: no file is written. */
export function testRule(require: Condition, appliesTo?: Condition, message = 'failed', id = 'T-1'): Record<string, unknown> {
  return {
    id,
    name: 't',
    severity: 'error',
    standard: 's',
    description: 'd',
    ...(appliesTo !== undefined ? { applies_to: plain(appliesTo) } : {}),
    require: plain(require),
    message,
  };
}

/** Reads a test row as a CSV cell would be read. */
export function testRecord(row: Row) {
  const problems: unknown[] = [];
  const rec = exampleRecord(row, problems as never);
  if (problems.length) throw new Error(`bad test row ${JSON.stringify(row)}`);
  return rec;
}

/** Runs one rule (applies_to/require as objects or YAML) over rows; returns each row's verdict and the result. */
export async function runRule(
  require: Condition,
  rows: Row[],
  appliesTo?: Condition,
  message = 'failed',
): Promise<{ verdicts: Verdict[]; messages: (string | undefined)[]; result: EngineResult }> {
  const set = ruleSetFromData({ rules: [testRule(require, appliesTo, message)], codeLists: { codes: TEST_CODES } });
  const verdicts: Verdict[] = rows.map(() => 'n/a');
  const messages: (string | undefined)[] = rows.map(() => undefined);
  const ev = createEvaluator(set, {
    onVerdict: (_r, seq, v, m) => {
      verdicts[seq] = v;
      messages[seq] = m;
    },
  });
  rows.forEach((row, seq) => ev.add(testRecord(row), { file: 'in.csv', fileIndex: 0, line: seq + 2 }, seq));
  return { verdicts, messages, result: ev.finish() };
}
