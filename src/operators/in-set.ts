/** `field: X, in: [a, b]` — the field holds one of the listed values. */
import { z } from 'zod';
import { defineOperator } from './types.js';
import { fieldName, local, scalar } from './support/common.js';
import { compileValueMatch } from './support/match-values.js';

const schema = z.strictObject({
  field: fieldName,
  in: z.array(scalar, { error: 'expected a list of values, e.g. [FCR, DDM]' }).min(1),
  ignore_case: z.boolean().optional(),
});

export const inSet = defineOperator({
  name: 'in',
  keys: ['in'],
  args: {
    field: 'the field to test',
    ignore_case: 'true: text compares ignoring case',
  },
  summary: 'the field holds one of the listed values',
  example: 'field: cancellation_authority\nin: [FCR, DDM]',
  schema,
  compile(args, ctx) {
    const f = ctx.field(args.field, ['field']);
    if (!f) return undefined;
    const test = compileValueMatch(f, args.in, args.ignore_case ?? false, ctx, (i) => ['in', i]);
    return test && local(test);
  },
});
