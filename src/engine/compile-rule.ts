/** Compiles loaded rules (checked when they loaded) into fresh closures and empty indexes, once per evaluation. */
import { RuleFileError, type SourceProblem } from '../errors.js';
import { localTest, type CondNode } from '../model/condition.js';
import { compileCondition, type ConditionEnv } from '../operators/index.js';
import type { MessagePart, RuleEntry } from '../rules/index.js';
import { parseWith } from '../yaml/index.js';
import type { CompiledSet, MessageRenderer } from './compiled.js';

export function compileEntries(entries: readonly RuleEntry[]): CompiledSet {
  const set: CompiledSet = { rules: [], observers: [] };
  for (const e of entries) {
    // A problem here means the entry was not loaded by rules/ (which reports them all first).
    const problems: SourceProblem[] = [];
    const env: ConditionEnv = {
      problem: (at, message, hint, onKey) => void problems.push(e.src.problem(at, message, hint, onKey)),
      parse: (schema, value, at) => parseWith(schema, value, at, e.src, problems),
      codeLists: e.codeLists,
      observers: set.observers,
    };
    const path = ['rules', e.ruleIndex];
    let appliesTo: CondNode | null = null;
    if (e.raw.applies_to !== undefined && e.raw.applies_to !== null) {
      appliesTo = compileCondition(e.raw.applies_to, [...path, 'applies_to'], env) ?? null;
    }
    const appliesTest = appliesTo ? localTest(appliesTo) : null;
    const require = compileCondition(e.raw.require, [...path, 'require'], env, appliesTest ?? undefined);
    if (problems.length || !require) throw new RuleFileError(problems);
    set.rules.push({ info: e.info, appliesTo, require, message: renderer(e.message) });
  }
  return set;
}

/** Renders a finding's message from the template's parts; an empty value prints as (empty). */
function renderer(parts: readonly MessagePart[]): MessageRenderer {
  if (parts.length === 1) {
    const only = parts[0] as string;
    return () => only;
  }
  return (lookup) => {
    let s = '';
    for (const p of parts) s += typeof p === 'string' ? p : (lookup(p.name) ?? '(empty)');
    return s;
  };
}
