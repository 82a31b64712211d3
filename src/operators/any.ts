/** `any: [conditions]` — at least one condition holds. */
import { z } from 'zod';
import { defineOperator } from './types.js';
import { logicNode } from './support/logic.js';
import type { CondNode } from '../model/condition.js';

const schema = z.strictObject({ any: z.array(z.unknown(), { error: 'expected a list of conditions' }).min(1) });

export const any = defineOperator({
  name: 'any',
  keys: ['any'],
  args: {},
  summary: 'at least one condition in the list holds',
  example: 'any:\n  - present: closure_rationale\n  - field: closure_code\n    equals: CRIME',
  schema,
  compile(args, ctx) {
    const kids = args.any.map((c, i) => ctx.condition(c, ['any', i]));
    return kids.every((k): k is CondNode => k !== undefined) ? logicNode('any', kids) : undefined;
  },
});
