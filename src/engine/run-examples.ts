/**
 * `rules test`: runs every example written inside the rule files through the real
 * evaluator (ESLint's RuleTester idea: the rule file is its own unit test; like
 * ESLint's RuleTester it sits beside what it drives).
 */
import type { CanonicalRecord } from '../model/record.js';
import type { LoadedRuleSet, RuleEntry, RuleExample } from '../rules/index.js';
import { evaluate, type Verdict } from './evaluator.js';
import { compileEntries } from './compile-rule.js';

export interface ExampleResult {
  ruleId: string;
  file: string;
  /** Line of the example in the rule file. */
  line: number;
  expect: RuleExample['expect'];
  index: number;
  note?: string;
  ok: boolean;
  actual: Verdict;
  expectedMessage?: string;
  actualMessage?: string;
}

export interface ExampleRun {
  results: ExampleResult[];
  /** Rules with no examples at all. */
  untested: string[];
}

export function runExamples(set: LoadedRuleSet): ExampleRun {
  const results: ExampleResult[] = [];
  const untested: string[] = [];
  for (const entry of set.entries) {
    if (entry.examples.length === 0) untested.push(entry.info.id);
    for (const ex of entry.examples) results.push(runOne(entry, ex));
  }
  return { results, untested };
}

function runOne(entry: RuleEntry, ex: RuleExample): ExampleResult {
  const records: CanonicalRecord[] = [...ex.before, ex.record, ...ex.after];
  const focus = ex.before.length;
  let actual: Verdict = 'n/a';
  let actualMessage: string | undefined;
  const ev = evaluate(compileEntries([entry]), {
    onVerdict: (_rule, seq, verdict, message) => {
      if (seq !== focus) return;
      actual = verdict;
      actualMessage = message;
    },
  });
  records.forEach((r, seq) => ev.add(r, { file: '(example)', fileIndex: 0, line: seq + 2 }, seq));
  ev.finish();
  const expected: Verdict = ex.expect === 'not_applicable' ? 'n/a' : ex.expect;
  const messageOk = ex.message === undefined || ex.message === actualMessage;
  return {
    ruleId: entry.info.id,
    file: entry.info.file,
    line: ex.line,
    expect: ex.expect,
    index: ex.index,
    ...(ex.note ? { note: ex.note } : {}),
    ok: actual === expected && messageOk,
    actual,
    ...(ex.message !== undefined ? { expectedMessage: ex.message } : {}),
    ...(actualMessage !== undefined ? { actualMessage } : {}),
  };
}
