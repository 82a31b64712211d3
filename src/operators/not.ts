/** `not: condition` — the condition does not hold. */
import { z } from 'zod';
import { defineOperator } from './types.js';
import { logicNode } from './support/logic.js';

const schema = z.strictObject({ not: z.unknown() });

export const not = defineOperator({
  name: 'not',
  keys: ['not'],
  args: {},
  summary: 'the condition does not hold',
  example: 'not:\n  field: status\n  equals: cancelled',
  schema,
  compile(args, ctx) {
    const kid = ctx.condition(args.not, ['not']);
    return kid && logicNode('not', [kid]);
  },
});
