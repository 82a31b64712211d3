/**
 * `expr: "victim_age < 18 && flag_cse == null"` — the escape hatch for what the
 * declarative vocabulary cannot say, in jexl: a sandboxed expression language
 * (no eval/Function; only the transforms registered here can be called).
 * Fields are plain names; other columns are `extra["LSOA code"]`. Datetimes are
 * epoch milliseconds. Empty fields are null. A throwing expression is false.
 * What an expression may name is checked when the rule loads (safe-expr.ts).
 */
import { z } from 'zod';
import jexl from 'jexl';
import type { Expression } from 'jexl';
import { CANONICAL_FIELDS, type CanonicalRecord } from '../model/record.js';
import { defineOperator } from './types.js';
import { local } from './support/common.js';
import { offenceClass } from './class-in.js';
import { MAX_EXPRESSION_LENGTH, checkExpression, type ExprAllowList } from './support/safe-expr.js';
import { expressionFields } from './expr-fields.js';

const schema = z.strictObject({ expr: z.string({ error: 'expected an expression in quotes' }).min(1) });

/** The only callables an expression has (docs/rule-language.md lists them). */
const TRANSFORMS: Record<string, (v: unknown) => unknown> = {
  lower: (v) => (typeof v === 'string' ? v.toLowerCase() : v),
  upper: (v) => (typeof v === 'string' ? v.toUpperCase() : v),
  length: (v) => (typeof v === 'string' ? v.length : undefined),
  class: (v) => (typeof v === 'string' ? offenceClass(v) : undefined),
  hours: (v) => (typeof v === 'number' ? v / 3_600_000 : undefined),
};

const CANONICAL_SET: ReadonlySet<string> = new Set(CANONICAL_FIELDS);

const engine = new jexl.Jexl();
for (const [name, fn] of Object.entries(TRANSFORMS)) engine.addTransform(name, fn);

const ALLOW: ExprAllowList = {
  // jexl reads `null` as a name; the context has no such key, so it is undefined, which == null.
  names: new Set<string>([...CANONICAL_FIELDS, 'extra', 'null', 'true', 'false']),
  transforms: new Set<string>(Object.keys(TRANSFORMS)),
  headers: 'extra',
};

/** Null-prototype objects with own properties only: a name jexl looks up can only be a field. */
function context(r: CanonicalRecord): object {
  const ctx: Record<string, unknown> = Object.create(null);
  for (const f of CANONICAL_FIELDS) ctx[f] = r[f] ?? null;
  const extra: Record<string, string> = Object.create(null);
  for (const [k, v] of r.extra) extra[k] = v;
  ctx.extra = extra;
  return ctx;
}

export const expr = defineOperator({
  name: 'expr',
  keys: ['expr'],
  args: {},
  summary: 'a jexl expression over the record is true (escape hatch; see `expr` below)',
  example: 'expr: "victim_age < 18 || flag_cse != null"',
  schema,
  compile(args, ctx) {
    if (args.expr.length > MAX_EXPRESSION_LENGTH) {
      ctx.problem(`the expression is longer than ${MAX_EXPRESSION_LENGTH} characters`, 'split it into several conditions joined with all: or any:', ['expr']);
      return undefined;
    }
    let compiled: Expression;
    try {
      compiled = engine.compile(args.expr);
      const refused = checkExpression(compiled._getAst(), ALLOW);
      if (refused) {
        ctx.problem(refused.message, refused.hint, ['expr']);
        return undefined;
      }
      ctx.reads(expressionFields(compiled._getAst(), CANONICAL_SET, 'extra'));
    } catch (error) {
      ctx.problem(`bad expression: ${error instanceof Error ? error.message : String(error)}`, 'see docs/rule-language.md, "expr"', ['expr']);
      return undefined;
    }
    return local((r) => {
      try {
        return Boolean(compiled.evalSync(context(r)));
      } catch {
        return false;
      }
    });
  },
});
