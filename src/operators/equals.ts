/** `field: X, equals: value` — the field holds exactly this value (codes ignore case). */
import { z } from 'zod';
import { defineOperator } from './types.js';
import { fieldName, local, scalar } from './support/common.js';
import { compileValueMatch } from './support/match-values.js';

const schema = z.strictObject({ field: fieldName, equals: scalar, ignore_case: z.boolean().optional() });

export const equals = defineOperator({
  name: 'equals',
  keys: ['equals'],
  args: {
    field: 'the field to test',
    ignore_case: 'true: text compares ignoring case',
  },
  summary: 'the field holds this value (booleans: `true`/`false`; whole numbers for `victim_age`)',
  example: 'field: record_type\nequals: crime',
  schema,
  compile(args, ctx) {
    const f = ctx.field(args.field, ['field']);
    if (!f) return undefined;
    const test = compileValueMatch(f, [args.equals], args.ignore_case ?? false, ctx, () => ['equals']);
    return test && local(test);
  },
});
