/**
 * `field: X, matches: pattern` — the whole value matches a regular expression.
 * Matching runs in linear time (re2js, see safe-regex.ts), because one crafted
 * rule must not stall an audit of millions of rows.
 */
import { z } from 'zod';
import { compileWholeMatch } from './support/safe-regex.js';
import { defineOperator } from './types.js';
import { fieldName, local } from './support/common.js';

const schema = z.strictObject({
  field: fieldName,
  matches: z.string({ error: 'expected a regular expression in quotes' }).min(1),
  ignore_case: z.boolean().optional(),
});

export const matches = defineOperator({
  name: 'matches',
  keys: ['matches'],
  args: {
    field: 'the field to test',
    ignore_case: 'true: letters match ignoring case (Unicode folding)',
  },
  summary: 'the **whole** value matches the regular expression (see Regular expressions below)',
  example: "field: record_id\nmatches: '[0-9]{2}/[0-9]+/[0-9]{2}'",
  schema,
  compile(args, ctx) {
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
});
