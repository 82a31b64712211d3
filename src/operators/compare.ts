/** `field: victim_age, less_than: 18` — number comparisons (less_than, at_most, greater_than, at_least). */
import { z } from 'zod';
import { defineOperator } from './types.js';
import { comparator, comparisonShape, fieldName, local } from './support/common.js';

const schema = z.strictObject({ field: fieldName, ...comparisonShape });
const NUMERIC = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

export const compare = defineOperator({
  name: 'compare',
  keys: ['less_than', 'at_most', 'greater_than', 'at_least'],
  args: {
    field: 'a number field, or an `extra.` column holding plain numbers',
  },
  summary: 'the number is within the bounds (several bounds may be combined)',
  example: 'field: victim_age\nless_than: 18',
  schema,
  compile(args, ctx) {
    const f = ctx.field(args.field, ['field']);
    if (!f) return undefined;
    if (f.kind !== 'integer' && f.kind !== 'text') {
      ctx.problem(`${f.name} is not a number`, f.kind === 'datetime' ? 'use elapsed: to compare datetimes' : 'compare numbers only', ['field']);
      return undefined;
    }
    const ok = comparator(args);
    const get = f.get;
    if (f.kind === 'integer') {
      return local((r) => {
        const v = get(r) as number | undefined;
        return v !== undefined && ok(v);
      });
    }
    // Text columns (extra.*) compare when they hold a plain number; anything else never matches.
    return local((r) => {
      const v = get(r) as string | undefined;
      return v !== undefined && NUMERIC.test(v) && ok(Number(v));
    });
  },
});
