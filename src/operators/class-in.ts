/**
 * `field: offence_code, class_in: ['17-23', 70-73, 88]` — the code's class is one of
 * these numbers or ranges: in class/subclass notation the number before `/` (8/67 → 8),
 * else its leading digits (88A → 88, 105A → 105, 4.1 → 4) — both are the leading digits.
 * Decided by the class alone, whether or not the code is in any list.
 */
import { z } from 'zod';
import { defineOperator } from './types.js';
import { fieldName, local } from './support/common.js';

const RANGE = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/;
const schema = z.strictObject({
  field: fieldName,
  class_in: z.array(z.union([z.number().int().nonnegative(), z.string()]), { error: "expected a list of classes, e.g. ['17-23', 88]" }).min(1),
});

export function offenceClass(code: string): number | undefined {
  let n = 0;
  let i = 0;
  for (; i < code.length; i++) {
    const c = code.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    n = n * 10 + c;
  }
  return i === 0 ? undefined : n;
}

export const classIn = defineOperator({
  name: 'class_in',
  keys: ['class_in'],
  args: {
    field: 'the offence code field',
  },
  summary: "the offence code's class — the number before `/` in class/subclass notation (`8/67` → 8, `19/8` → 19), else its leading digits (`88A` → 88, `105A` → 105, `4.1` → 4) — is one of the numbers or ranges",
  example: "field: offence_code\nclass_in: ['17-23', '70-73', 88]",
  schema,
  compile(args, ctx) {
    const f = ctx.field(args.field, ['field']);
    if (!f) return undefined;
    const ranges: [number, number][] = [];
    let ok = true;
    args.class_in.forEach((c, i) => {
      if (typeof c === 'number') return void ranges.push([c, c]);
      const m = RANGE.exec(c);
      if (!m || (m[2] !== undefined && Number(m[2]) < Number(m[1]))) {
        ok = false;
        ctx.problem(`'${c}' is not a class or a range of classes`, "write a number (88) or a range ('17-23')", ['class_in', i]);
        return;
      }
      ranges.push([Number(m[1]), Number(m[2] ?? m[1])]);
    });
    if (!ok) return undefined;
    const value = f.raw;
    return local((r) => {
      const v = value(r);
      if (v === undefined) return false;
      const cls = offenceClass(v);
      return cls !== undefined && ranges.some(([lo, hi]) => cls >= lo && cls <= hi);
    });
  },
});
