/** `if: condition, then: condition` — when the first holds, the second must (otherwise passes). */
import { z } from 'zod';
import { defineOperator } from './types.js';
import { logicNode } from './support/logic.js';

const schema = z.strictObject({ if: z.unknown(), then: z.unknown() }).refine((v) => v.then !== undefined, {
  message: 'if needs a then: the condition required when the if holds',
});

export const ifThen = defineOperator({
  name: 'if',
  keys: ['if', 'then'],
  args: {},
  summary: 'the `then` condition holds whenever the `if` condition does (otherwise it passes)',
  example: 'if:\n  field: record_type\n  equals: crime\nthen:\n  present: offence_code',
  schema,
  compile(args, ctx) {
    const c = ctx.condition(args.if, ['if']);
    const t = ctx.condition(args.then, ['then']);
    return c && t ? logicNode('if', [c, t]) : undefined;
  },
});
