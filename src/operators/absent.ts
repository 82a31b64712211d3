/** `absent: field` / `absent: [a, b]` — every listed field is empty. */
import { z } from 'zod';
import { defineOperator } from './types.js';
import { fieldList, fieldName, local } from './support/common.js';

const schema = z.strictObject({ absent: z.union([fieldName, z.array(fieldName).min(1)]) });

export const absent = defineOperator({
  name: 'absent',
  keys: ['absent'],
  args: {},
  summary: 'every listed field is empty',
  example: 'absent: closure_rationale',
  schema,
  compile(args, ctx) {
    const names = fieldList(args.absent);
    const refs = names.map((n, i) => ctx.field(n, Array.isArray(args.absent) ? ['absent', i] : ['absent']));
    if (refs.some((f) => !f)) return undefined;
    const gets = refs.map((f) => f!.get);
    return local((r) => gets.every((g) => g(r) === undefined));
  },
});
