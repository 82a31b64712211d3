import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRuleSet } from '../../src/rules/index.js';
import { createEvaluator, type Verdict } from '../../src/engine/index.js';
import { exampleRecord } from '../../src/rules/example-record.js';
import type { EngineResult } from '../../src/model/engine.js';
import { tempDir } from '../helpers/temp-dir.js';

const dir = tempDir('cond');
writeFileSync(join(dir, 'codes.yaml'), 'name: Test codes\ncodes: [A1, "01", B2]\n');
let n = 0;

export type Row = Record<string, string>;

/** Runs one rule (applies_to/require given as YAML) over rows; returns each row's verdict and the result. */
export async function runRule(
  require: string,
  rows: Row[],
  appliesTo?: string,
  message = 'failed',
): Promise<{ verdicts: Verdict[]; messages: (string | undefined)[]; result: EngineResult }> {
  const indent = (s: string) => s.split('\n').map((l) => `      ${l}`).join('\n');
  const text = `codelists:\n  codes: ./codes.yaml\nrules:\n  - id: T-1\n    name: t\n    severity: error\n    standard: s\n    description: d\n${
    appliesTo ? `    applies_to:\n${indent(appliesTo)}\n` : ''
  }    require:\n${indent(require)}\n    message: ${JSON.stringify(message)}\n`;
  const file = join(dir, `r${n++}.yaml`);
  writeFileSync(file, text);
  const set = await loadRuleSet([file], dir);
  const verdicts: Verdict[] = rows.map(() => 'n/a');
  const messages: (string | undefined)[] = rows.map(() => undefined);
  const ev = createEvaluator(set, {
    onVerdict: (_r, seq, v, m) => {
      verdicts[seq] = v;
      messages[seq] = m;
    },
  });
  rows.forEach((row, seq) => {
    const problems: unknown[] = [];
    const rec = exampleRecord(row, problems as never);
    if (problems.length) throw new Error(`bad test row ${JSON.stringify(row)}`);
    ev.add(rec, { file: 'in.csv', fileIndex: 0, line: seq + 2 }, seq);
  });
  return { verdicts, messages, result: ev.finish() };
}
