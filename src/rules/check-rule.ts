/**
 * Checks one rule's conditions (compiled through the operators, then dropped)
 * and its message, reporting every problem at its place in the file: a rule
 * that loads compiles in the engine without a problem.
 */
import type { SourceProblem } from '../errors.js';
import { crossProvides, isDeferred, localTest, planTooComplex, type CondNode } from '../model/condition.js';
import { LOCAL_VARS, compileCondition, type ConditionEnv } from '../operators/index.js';
import { parseWith, type YamlPath, type YamlSource } from '../yaml/index.js';
import { DEFERRED_FIELDS, parseMessage, type MessagePart, type TemplateProblem } from './message-template.js';
import type { RawRule } from './schema.js';
import type { CodeList } from '../model/code-list.js';
import { RULE_WORDS } from './vocabulary.js';

export interface RuleEnv {
  src: YamlSource;
  /** Code lists this rule's file declared, by name. */
  codeLists: ReadonlyMap<string, CodeList>;
  problems: SourceProblem[];
}

export interface CheckedRule {
  message: MessagePart[];
  /** The fields its applicability and condition test, sorted (rules.md "Status"). */
  needs: string[];
}

/** The rule's message as parts and the fields it needs, or undefined after reporting every problem found. */
export function checkRule(raw: RawRule, path: YamlPath, env: RuleEnv): CheckedRule | undefined {
  const before = env.problems.length;
  const needs = new Set<string>();
  const cenv: ConditionEnv = {
    needs,
    problem: (at, message, hint, onKey) => void env.problems.push(env.src.problem(at, message, hint, onKey)),
    parse: (schema, value, at) => parseWith(schema, value, at, env.src, env.problems, RULE_WORDS),
    codeLists: env.codeLists,
    observers: [],
  };
  let appliesTo: CondNode | null = null;
  if (raw.applies_to !== undefined && raw.applies_to !== null) {
    appliesTo = compileCondition(raw.applies_to, [...path, 'applies_to'], cenv) ?? null;
  }
  const appliesTest = appliesTo ? localTest(appliesTo) : null;
  const require = compileCondition(raw.require, [...path, 'require'], cenv, appliesTest ?? undefined);
  if (env.problems.length > before || !require) return undefined;

  const deferred = isDeferred(require) || (appliesTo !== null && isDeferred(appliesTo));
  if (deferred) {
    const why = planTooComplex(require);
    if (why) {
      env.problems.push(env.src.problem([...path, 'require'], why, 'split the rule in two'));
      return undefined;
    }
  }
  const templateProblems: TemplateProblem[] = [];
  const message = parseMessage(
    raw.message,
    deferred
      ? { fields: DEFERRED_FIELDS, vars: [...new Set(crossProvides(require).concat(appliesTo ? crossProvides(appliesTo) : []))] }
      : { fields: 'all', vars: LOCAL_VARS },
    templateProblems,
  );
  for (const p of templateProblems) env.problems.push(env.src.problem([...path, 'message'], p.message, p.hint));
  if (templateProblems.length) return undefined;
  return { message, needs: [...needs].sort() };
}
