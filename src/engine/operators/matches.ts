/**
 * `field: X, matches: pattern` — the whole value matches a regular expression.
 * Patterns that can backtrack catastrophically are refused at load time (safe-regex2),
 * because one crafted rule must not stall an audit of millions of rows.
 */
import { z } from 'zod';
import safeRegex from 'safe-regex2';
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
    let re: RegExp;
    try {
      re = new RegExp(`^(?:${args.matches})$`, args.ignore_case ? 'iu' : 'u');
    } catch (error) {
      const why = error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : String(error);
      ctx.problem(`bad regular expression: ${why}`, 'check brackets and escapes; a literal dot is \\.', ['matches']);
      return undefined;
    }
    if (!safeRegex(re)) {
      ctx.problem(
        'this regular expression can take exponential time on some values (nested repetition)',
        'avoid patterns like (a+)+ or (a|a)*; repeat a simple character class instead',
        ['matches'],
      );
      return undefined;
    }
    const get = f.get;
    return local((r) => {
      const v = get(r);
      return v !== undefined && re.test(String(v));
    });
  },
};
