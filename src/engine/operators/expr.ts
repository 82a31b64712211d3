/**
 * `expr: "victim_age < 18 && flag_cse == null"` — the escape hatch for what the
 * declarative vocabulary cannot say, in jexl: a sandboxed expression language
 * (no eval/Function; only the transforms registered here can be called).
 * Fields are plain names; other columns are `extra["LSOA code"]`. Datetimes are
 * epoch milliseconds. Empty fields are null. A throwing expression is false.
 */
import { z } from 'zod';
import jexl from 'jexl';
import type { Expression, JexlAstNode } from 'jexl';
import { CANONICAL_FIELDS, type CanonicalRecord } from '../../model/record.js';
import type { OperatorDef } from './types.js';
import { local } from './common.js';
import { offenceClass } from './class-in.js';

const schema = z.strictObject({ expr: z.string({ error: 'expected an expression in quotes' }).min(1) });

const engine = new jexl.Jexl();
engine.addTransform('lower', (v) => (typeof v === 'string' ? v.toLowerCase() : v));
engine.addTransform('upper', (v) => (typeof v === 'string' ? v.toUpperCase() : v));
engine.addTransform('length', (v) => (typeof v === 'string' ? v.length : undefined));
engine.addTransform('class', (v) => (typeof v === 'string' ? offenceClass(v) : undefined));
engine.addTransform('hours', (v) => (typeof v === 'number' ? v / 3_600_000 : undefined));

const NAMES = new Set<string>([...CANONICAL_FIELDS, 'extra', 'null', 'true', 'false']);

function unknownNames(node: unknown, out: string[]): void {
  if (!node || typeof node !== 'object') return;
  const n = node as JexlAstNode;
  if (n.type === 'Identifier' && n.from === undefined && typeof n.value === 'string' && !NAMES.has(n.value)) out.push(n.value);
  for (const [k, v] of Object.entries(n)) {
    if (k === 'from' && n.type === 'Identifier') {
      unknownNames(v, out);
      continue;
    }
    if (Array.isArray(v)) v.forEach((x) => unknownNames(x, out));
    else if (v && typeof v === 'object') unknownNames(v, out);
  }
}

function context(r: CanonicalRecord): object {
  const ctx: Record<string, unknown> = Object.create(null);
  for (const f of CANONICAL_FIELDS) ctx[f] = r[f] ?? null;
  const extra: Record<string, string> = Object.create(null);
  for (const [k, v] of r.extra) extra[k] = v;
  ctx.extra = extra;
  return ctx;
}

export const expr: OperatorDef = {
  name: 'expr',
  keys: ['expr'],
  summary: 'a jexl expression over the record is true (escape hatch; prefer the operators above)',
  example: 'expr: "victim_age < 18 || flag_cse != null"',
  compile(raw, ctx) {
    const args = ctx.parse(schema, raw);
    if (!args) return undefined;
    let compiled: Expression;
    try {
      compiled = engine.compile(args.expr);
      const unknown: string[] = [];
      unknownNames(compiled._getAst(), unknown);
      if (unknown.length) {
        ctx.problem(`unknown field name '${unknown[0]}' in expression`, 'use canonical field names, or extra["Header"] for other columns', ['expr']);
        return undefined;
      }
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
};
