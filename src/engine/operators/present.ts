/** `present: field` / `present: [a, b]` — every listed field has a value. */
import { z } from 'zod';
import type { OperatorDef } from './types.js';
import { fieldList, fieldName, local } from './common.js';

const schema = z.strictObject({ present: z.union([fieldName, z.array(fieldName).min(1)]) });

export const present: OperatorDef = {
  name: 'present',
  keys: ['present'],
  summary: 'every listed field has a value (is not empty)',
  example: 'present: [reported_at, recorded_at]',
  compile(raw, ctx) {
    const args = ctx.parse(schema, raw);
    if (!args) return undefined;
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
};
