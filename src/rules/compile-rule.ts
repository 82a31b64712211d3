/** Compiles one validated rule into closures, reporting every problem with its position. */
import type { z } from 'zod';
import type { SourceProblem } from '../errors.js';
import type { RuleInfo } from '../model/engine.js';
import type { CompiledRule } from '../engine/compiled.js';
import type { CondNode, Observer } from '../engine/types.js';
import { isDeferred, localTest } from '../engine/types.js';
import { compileCondition } from '../engine/compile-condition.js';
import type { CompileCtx, YamlPath } from '../engine/operators/index.js';
import { fieldRef, isKnownField } from '../engine/fields.js';
import { closest } from '../engine/suggest.js';
import { CANONICAL_FIELDS } from '../model/record.js';
import { parseWith } from './zod-problems.js';
import type { YamlSource } from '../yaml/index.js';
import { DEFERRED_FIELDS, LOCAL_VARS, compileMessage, type TemplateProblem } from './message-template.js';
import type { RawRule } from './schema.js';
import { PlanTooComplex, buildPlan } from '../engine/tri-plan.js';

export interface RuleEnv {
  src: YamlSource;
  /** Code lists this rule's file declared, by name (codes lower-cased). */
  codeLists: ReadonlyMap<string, ReadonlySet<string>>;
  problems: SourceProblem[];
}

export interface CompiledRuleParts {
  rule: CompiledRule;
  observers: Observer[];
}

export function compileRule(raw: RawRule, path: YamlPath, info: RuleInfo, env: RuleEnv): CompiledRuleParts | undefined {
  const observers: Observer[] = [];
  const before = env.problems.length;
  let appliesTo: CondNode | null = null;
  if (raw.applies_to !== undefined && raw.applies_to !== null) {
    appliesTo = compileCondition(raw.applies_to, makeCtx([...path, 'applies_to'], env, observers)) ?? null;
  }
  const appliesTest = appliesTo ? localTest(appliesTo) : null;
  const require = compileCondition(raw.require, makeCtx([...path, 'require'], env, observers, appliesTest ?? undefined));
  if (env.problems.length > before || !require) return undefined;

  const deferred = isDeferred(require) || (appliesTo !== null && isDeferred(appliesTo));
  if (deferred) {
    try {
      buildPlan(require, { locals: 0, crosses: [] });
    } catch (error) {
      if (!(error instanceof PlanTooComplex)) throw error;
      env.problems.push(env.src.problem([...path, 'require'], error.message, 'split the rule in two'));
      return undefined;
    }
  }
  const templateProblems: TemplateProblem[] = [];
  const message = compileMessage(
    raw.message,
    deferred
      ? { fields: DEFERRED_FIELDS, vars: [...new Set(crossProvides(require).concat(appliesTo ? crossProvides(appliesTo) : []))] }
      : { fields: 'all', vars: LOCAL_VARS },
    templateProblems,
  );
  for (const p of templateProblems) env.problems.push(env.src.problem([...path, 'message'], p.message, p.hint));
  if (templateProblems.length) return undefined;
  return { rule: { info, appliesTo, require, message }, observers };
}

function crossProvides(n: CondNode): string[] {
  if (n.kind === 'cross') return [...n.check.provides];
  if (n.kind === 'local') return [];
  return n.children.flatMap(crossProvides);
}

function makeCtx(path: YamlPath, env: RuleEnv, observers: Observer[], appliesTo?: CompileCtx['appliesTo']): CompileCtx {
  const ctx: CompileCtx = {
    path,
    ...(appliesTo ? { appliesTo } : {}),
    problem(message, hint, sub = [], onKey = false) {
      env.problems.push(env.src.problem([...path, ...sub], message, hint, onKey));
    },
    parse<T>(schema: z.ZodType<T>, raw: unknown) {
      return parseWith(schema, raw, path, env.src, env.problems);
    },
    condition(raw, sub) {
      return compileCondition(raw, makeCtx([...path, ...sub], env, observers, appliesTo));
    },
    field(name, sub) {
      if (isKnownField(name)) return fieldRef(name);
      const guess = closest(name, CANONICAL_FIELDS);
      ctx.problem(
        `unknown field name '${name}'`,
        guess ? `did you mean '${guess}'?` : 'fields are the canonical ones (spec record.md) or extra.<column header>',
        sub,
      );
      return undefined;
    },
    codeList(name, sub) {
      const list = env.codeLists.get(name);
      if (list) return list;
      const known = [...env.codeLists.keys()];
      ctx.problem(
        `no code list named '${name}'`,
        known.length ? `this file declares ${known.join(', ')}; add ${name} under codelists:` : `declare it at the top of the file: codelists: { ${name}: ../codelists/${name}.yaml }`,
        sub,
      );
      return undefined;
    },
    addObserver(o) {
      observers.push(o);
    },
  };
  return ctx;
}
