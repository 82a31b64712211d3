/** The rule engine: streaming evaluation of a loaded rule set (src/model/engine.ts). */
import type { Evaluator } from '../model/engine.js';
import type { LoadedRuleSet } from '../rules/index.js';
import { compileEntries } from './compile-rule.js';
import { evaluate, type EvaluatorOptions } from './evaluator.js';

/** A fresh evaluator: add(record, source, seq) every kept record in input order, then finish(). */
export function createEvaluator(ruleSet: LoadedRuleSet, options: EvaluatorOptions = {}): Evaluator {
  return evaluate(compileEntries(ruleSet.entries), options);
}

export type { EvaluatorOptions, Verdict } from './evaluator.js';
export { runExamples, type ExampleResult, type ExampleRun } from './run-examples.js';
