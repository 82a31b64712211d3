/** `not: condition` — the condition does not hold. */
import { z } from 'zod';
import type { OperatorDef } from './types.js';
import { logicNode } from './logic.js';

const schema = z.strictObject({ not: z.unknown() });

export const not: OperatorDef = {
  name: 'not',
  keys: ['not'],
  summary: 'the condition does not hold',
  example: 'not:\n  field: status\n  equals: cancelled',
  compile(raw, ctx) {
    const args = ctx.parse(schema, raw);
    if (!args) return undefined;
    const kid = ctx.condition(args.not, ['not']);
    return kid && logicNode('not', [kid]);
  },
};
