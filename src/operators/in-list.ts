/** `field: X, in_list: name` — the field holds a code from a code list file (case-insensitive). */
import { z } from 'zod';
import { defineOperator } from './types.js';
import { fieldName, local } from './support/common.js';
import { foldedSet, hasFolded } from '../model/field-ref.js';

const schema = z.strictObject({ field: fieldName, in_list: z.string({ error: 'expected the name of a code list' }).min(1) });

export const inList = defineOperator({
  name: 'in_list',
  keys: ['in_list'],
  args: {
    field: 'the field to test',
  },
  summary: 'the field holds a code of a code list declared under `codelists:`',
  example: 'field: outcome_code\nin_list: outcome-types',
  schema,
  compile(args, ctx) {
    const f = ctx.field(args.field, ['field']);
    const codes = ctx.codeList(args.in_list, ['in_list']);
    if (!f || !codes) return undefined;
    const folded = foldedSet(codes);
    const value = f.raw;
    return local((r) => hasFolded(folded, value(r)));
  },
});
