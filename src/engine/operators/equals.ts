/** `field: X, equals: value` — the field holds exactly this value (codes ignore case). */
import { z } from 'zod';
import type { OperatorDef } from './types.js';
import { fieldName, local, scalar } from './common.js';
import { compileValueMatch } from './match-values.js';

const schema = z.strictObject({ field: fieldName, equals: scalar, ignore_case: z.boolean().optional() });

export const equals: OperatorDef = {
  name: 'equals',
  keys: ['equals'],
  summary: 'the field holds this value (codes and record types ignore case; empty never matches)',
  example: 'field: record_type\nequals: crime',
  compile(raw, ctx) {
    const args = ctx.parse(schema, raw);
    if (!args) return undefined;
    const f = ctx.field(args.field, ['field']);
    if (!f) return undefined;
    const test = compileValueMatch(f, [args.equals], args.ignore_case ?? false, ctx, () => ['equals']);
    return test && local(test);
  },
};
