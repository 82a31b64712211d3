/**
 * `field: X, matches: pattern` — the whole value matches a regular expression.
 * Matching runs in linear time (re2js, see safe-regex.ts), because one crafted
 * rule must not stall an audit of millions of rows.
 */
import { z } from 'zod';
import { compileWholeMatch } from './safe-regex.js';
import type { OperatorDef } from './types.js';
import { fieldName, local } from './common.js';

const schema = z.strictObject({
  field: fieldName,
  matches: z.string({ error: 'expected a regular expression in quotes' }).min(1),
  ignore_case: z.boolean().optional(),
});

export const matches: OperatorDef = {
  name: 'matches',
  keys: ['matches'],
  summary: 'the whole value matches a regular expression (anchored at both ends)',
  example: "field: record_id\nmatches: '[0-9]{2}/[0-9]+/[0-9]{2}'",
  compile(raw, ctx) {
    const args = ctx.parse(schema, raw);
    if (!args) return undefined;
    const f = ctx.field(args.field, ['field']);
    if (!f) return undefined;
    const compiled = compileWholeMatch(args.matches, args.ignore_case === true);
    if (!compiled.ok) {
      ctx.problem(compiled.message, compiled.hint, ['matches']);
      return undefined;
    }
    const re = compiled.matcher;
    const get = f.get;
    return local((r) => {
      const v = get(r);
      return v !== undefined && re.test(String(v));
    });
  },
};
