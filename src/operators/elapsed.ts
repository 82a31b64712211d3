/**
 * `elapsed: { from, to, at_most: 24, unit: hours }` — real elapsed time between two
 * datetimes (epoch ms, so clock changes are already accounted for). Negative when
 * `to` is before `from`. Empty datetimes never match.
 */
import { z } from 'zod';
import { defineOperator } from './types.js';
import { UNITS, comparator, comparisonShape, describeComparison, fieldName, formatDuration, hasComparison, local, unit } from './support/common.js';

const schema = z.strictObject({
  elapsed: z.strictObject({ from: fieldName, to: fieldName, unit, ...comparisonShape }),
});

export const elapsed = defineOperator({
  name: 'elapsed',
  keys: ['elapsed'],
  args: {
    from: 'the earlier datetime field',
    to: 'the later datetime field',
    unit: '`minutes`, `hours` or `days`',
    less_than: 'the time is less than this (at least one bound is needed)',
    at_most: 'the time is at most this',
    greater_than: 'the time is greater than this',
    at_least: 'the time is at least this',
  },
  vars: {
    elapsed: 'the time measured, e.g. `31h 10m`',
    limit: 'the bounds, e.g. `<= 24 hours`',
    from: 'the name of the `from` field',
    to: 'the name of the `to` field',
  },
  summary: 'the real time from one datetime to the other is within the bounds; negative when `to` is earlier',
  example: 'elapsed:\n  from: reported_at\n  to: recorded_at\n  at_most: 24\n  unit: hours',
  schema,
  compile(args, ctx) {
    const e = args.elapsed;
    if (!hasComparison(e)) {
      ctx.problem('elapsed needs a bound', 'add one of less_than, at_most, greater_than, at_least', ['elapsed'], true);
      return undefined;
    }
    const from = ctx.field(e.from, ['elapsed', 'from']);
    const to = ctx.field(e.to, ['elapsed', 'to']);
    if (!from || !to) return undefined;
    for (const [f, key] of [[from, 'from'], [to, 'to']] as const) {
      if (f.kind !== 'datetime') {
        ctx.problem(`${f.name} is not a datetime`, 'elapsed compares two datetime fields such as reported_at and recorded_at', ['elapsed', key]);
        return undefined;
      }
    }
    const ok = comparator(e, UNITS[e.unit]);
    const gf = from.get;
    const gt = to.get;
    const limit = describeComparison(e, ` ${e.unit}`);
    return local(
      (r) => {
        const a = gf(r) as number | undefined;
        const b = gt(r) as number | undefined;
        return a !== undefined && b !== undefined && ok(b - a);
      },
      (r, vars) => {
        const a = gf(r) as number | undefined;
        const b = gt(r) as number | undefined;
        if (a === undefined || b === undefined || vars.elapsed !== undefined) return;
        vars.elapsed = formatDuration(b - a);
        vars.limit = limit;
        vars.from = from.name;
        vars.to = to.name;
      },
    );
  },
});
