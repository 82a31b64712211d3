/**
 * Compiles a condition mapping: dispatches to the operator its keys name, with
 * a context that resolves fields and code lists and reports problems at their
 * place in the rule file. Rules use it to validate, the engine to compile.
 */
import type { z } from 'zod';
import type { CondNode, Observer } from '../model/condition.js';
import { fieldRef, isKnownField } from '../model/field-ref.js';
import { CANONICAL_FIELDS, type CanonicalRecord } from '../model/record.js';
import { closest } from '../suggest.js';
import { OPERATOR_KEYS, operatorForKey } from './registry.js';
import type { CompileCtx, OperatorDef, YamlPath } from './types.js';
import type { CodeList } from '../model/code-list.js';

/** Where conditions come from and where their problems go. */
export interface ConditionEnv {
  /** Reports a problem at `path` (on the key itself when `onKey`). */
  problem(path: YamlPath, message: string, hint?: string, onKey?: boolean): void;
  /** Validates `raw` (found at `path`) against a schema, reporting each issue; undefined when invalid. */
  parse<T>(schema: z.ZodType<T>, raw: unknown, path: YamlPath): T | undefined;
  /** Code lists the rule's file declared, by name. */
  codeLists: ReadonlyMap<string, CodeList>;
  /** One rule's shared state across its conditions (made on first use): give each rule its own env. */
  memo?: Map<string, unknown>;
  /** Receives per-record observers (e.g. `unique`). */
  observers: Observer[];
  /** Receives the fields the condition tests (rules.md "Status": what a rule needs to be measured). */
  needs?: Set<string>;
}

const SHARED_KEYS = new Set(['field', 'ignore_case']);

/** The condition at `path`, or undefined after reporting every problem found. */
export function compileCondition(raw: unknown, path: YamlPath, env: ConditionEnv, appliesTo?: (r: CanonicalRecord) => boolean): CondNode | undefined {
  return dispatch(raw, makeCtx(path, env, appliesTo));
}

function dispatch(raw: unknown, ctx: CompileCtx): CondNode | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    ctx.problem(
      Array.isArray(raw) ? 'expected one condition, found a list' : 'expected a condition',
      Array.isArray(raw) ? 'wrap the list in all: or any:' : 'a condition is a mapping such as `present: offence_code`',
    );
    return undefined;
  }
  const obj = raw as Record<string, unknown>;
  const ops = new Set<OperatorDef>();
  const unknown: string[] = [];
  for (const k of Object.keys(obj)) {
    if (SHARED_KEYS.has(k)) continue;
    const op = operatorForKey(k);
    if (op) ops.add(op);
    else unknown.push(k);
  }
  if (ops.size === 0) {
    if (unknown.length > 0) {
      const k = unknown[0]!;
      const guess = closest(k, OPERATOR_KEYS);
      ctx.problem(`unknown operator '${k}'`, guess ? `did you mean '${guess}'?` : `operators: ${OPERATOR_KEYS.join(', ')}`, [k], true);
    } else {
      ctx.problem('this condition has no operator', `add one, e.g. equals:, in:, present: (operators: ${OPERATOR_KEYS.join(', ')})`);
    }
    return undefined;
  }
  if (ops.size > 1) {
    const names = [...ops].map((o) => o.name);
    ctx.problem(`one condition per mapping, found ${names.join(' and ')}`, 'combine conditions with all: or any:');
    return undefined;
  }
  const op = [...ops][0]!;
  const args = ctx.parse(op.schema, obj);
  return args === undefined ? undefined : op.compile(args, ctx);
}

function makeCtx(path: YamlPath, env: ConditionEnv, appliesTo?: CompileCtx['appliesTo']): CompileCtx {
  env.memo ??= new Map();
  const ctx: CompileCtx = {
    path,
    memo: env.memo,
    ...(appliesTo ? { appliesTo } : {}),
    problem(message, hint, sub = [], onKey = false) {
      env.problem([...path, ...sub], message, hint, onKey);
    },
    parse(schema, raw) {
      return env.parse(schema, raw, path);
    },
    condition(raw, sub, within) {
      const child = makeCtx([...path, ...sub], env, appliesTo);
      return dispatch(raw, within ? within(child) : child);
    },
    field(name, sub, use = 'needed') {
      if (isKnownField(name)) {
        if (use === 'needed') env.needs?.add(name);
        return fieldRef(name);
      }
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
    reads(names) {
      for (const name of names) if (isKnownField(name)) env.needs?.add(name);
    },
    addObserver(o) {
      env.observers.push(o);
    },
  };
  return ctx;
}
