/**
 * `unique: record_id` — no earlier record in the input (input order) has the same
 * value; the first occurrence passes. Optional `among` limits which earlier records
 * count. Decided while streaming with a compact hashed key set.
 */
import { z } from 'zod';
import { defineOperator } from './types.js';
import { fieldList, fieldName, local } from './support/common.js';
import { keyOf } from './support/key-fields.js';
import { recordTest } from './support/cross-record.js';
import { KeySet } from '../storage/columns.js';
import { hash32, hash53 } from '../storage/hash.js';

const target = z.union([fieldName, z.array(fieldName).min(1)]);
const schema = z.strictObject({
  unique: z.union([target, z.strictObject({ fields: target, among: z.unknown().optional() })]),
});

export const unique = defineOperator({
  name: 'unique',
  keys: ['unique'],
  args: {
    fields: 'long form: the field(s) that must be unique',
    among: 'long form, optional: which earlier records count',
  },
  summary: 'no earlier row has the same value(s); the first occurrence passes',
  example: 'unique: record_id',
  schema,
  compile(args, ctx) {
    const long = typeof args.unique === 'object' && !Array.isArray(args.unique);
    const spec = long ? (args.unique as { fields: string | string[]; among?: unknown }) : { fields: args.unique as string | string[] };
    const base = long ? ['unique', 'fields'] : ['unique'];
    const names = fieldList(spec.fields);
    const refs = names.map((n, i) => ctx.field(n, Array.isArray(spec.fields) ? [...base, i] : base));
    if (refs.some((f) => !f)) return undefined;
    const among = recordTest(spec.among, ctx, ['unique', 'among']);
    if (among === false) return undefined;
    const key = keyOf(refs.map((f) => f!));
    const seen = new KeySet();
    let dup = false;
    ctx.addObserver({
      observe(r) {
        const k = key(r);
        if (k === undefined) return void (dup = false);
        const h = hash53(k);
        const c = hash32(k);
        dup = among === null || among(r) ? seen.addHas(h, c) : seen.has(h, c);
      },
      release() {
        seen.release();
      },
    });
    // The observer has just seen this record; an empty value is never a duplicate.
    return local(() => !dup);
  },
});
