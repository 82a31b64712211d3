/** `all: [conditions]` — every condition holds. */
import { z } from 'zod';
import { defineOperator } from './types.js';
import { logicNode } from './support/logic.js';
import type { CondNode } from '../model/condition.js';

const schema = z.strictObject({ all: z.array(z.unknown(), { error: 'expected a list of conditions' }).min(1) });

export const all = defineOperator({
  name: 'all',
  keys: ['all'],
  args: {},
  summary: 'every condition in the list holds',
  example: 'all:\n  - field: record_type\n    equals: crime\n  - present: offence_code',
  schema,
  compile(args, ctx) {
    const kids = args.all.map((c, i) => ctx.condition(c, ['all', i]));
    return kids.every((k): k is CondNode => k !== undefined) ? logicNode('all', kids) : undefined;
  },
});
