/** `any: [conditions]` — at least one condition holds. */
import { z } from 'zod';
import type { OperatorDef } from './types.js';
import { logicNode } from './logic.js';
import type { CondNode } from '../types.js';

const schema = z.strictObject({ any: z.array(z.unknown(), { error: 'expected a list of conditions' }).min(1) });

export const any: OperatorDef = {
  name: 'any',
  keys: ['any'],
  summary: 'at least one condition in the list holds',
  example: 'any:\n  - present: closure_rationale\n  - field: closure_code\n    equals: CRIME',
  compile(raw, ctx) {
    const args = ctx.parse(schema, raw);
    if (!args) return undefined;
    const kids = args.any.map((c, i) => ctx.condition(c, ['any', i]));
    return kids.every((k): k is CondNode => k !== undefined) ? logicNode('any', kids) : undefined;
  },
};
