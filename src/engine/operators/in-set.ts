/** `field: X, in: [a, b]` — the field holds one of the listed values. */
import { z } from 'zod';
import type { OperatorDef } from './types.js';
import { fieldName, local, scalar } from './common.js';
import { compileValueMatch } from './match-values.js';

const schema = z.strictObject({
  field: fieldName,
  in: z.array(scalar, { error: 'expected a list of values, e.g. [FCR, DDM]' }).min(1),
  ignore_case: z.boolean().optional(),
});

export const inSet: OperatorDef = {
  name: 'in',
  keys: ['in'],
  summary: 'the field holds one of the listed values',
  example: 'field: cancellation_authority\nin: [FCR, DDM]',
  compile(raw, ctx) {
    const args = ctx.parse(schema, raw);
    if (!args) return undefined;
    const f = ctx.field(args.field, ['field']);
    if (!f) return undefined;
    const test = compileValueMatch(f, args.in, args.ignore_case ?? false, ctx, (i) => ['in', i]);
    return test && local(test);
  },
};
