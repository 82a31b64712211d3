/** `present: field` / `present: [a, b]` — every listed field has a value. */
import { z } from 'zod';
import { defineOperator } from './types.js';
import { fieldList, fieldName, local } from './support/common.js';

const schema = z.strictObject({ present: z.union([fieldName, z.array(fieldName).min(1)]) });

export const present = defineOperator({
  name: 'present',
  keys: ['present'],
  args: {},
  vars: { missing: 'the listed fields found empty, all of them' },
  summary: 'every listed field has a value (is not empty)',
  example: 'present: [reported_at, recorded_at]',
  schema,
  compile(args, ctx) {
    const names = fieldList(args.present);
    const refs = names.map((n, i) => ctx.field(n, Array.isArray(args.present) ? ['present', i] : ['present']));
    if (refs.some((f) => !f)) return undefined;
    const gets = refs.map((f) => f!.get);
    const test =
      gets.length === 1
        ? (r: Parameters<(typeof gets)[0]>[0]) => gets[0]!(r) !== undefined
        : (r: Parameters<(typeof gets)[0]>[0]) => gets.every((g) => g(r) !== undefined);
    return local(test, (r, vars) => {
      const missing = names.filter((_, i) => gets[i]!(r) === undefined);
      if (missing.length) vars.missing = vars.missing ? `${vars.missing}, ${missing.join(', ')}` : missing.join(', ');
    });
  },
});
