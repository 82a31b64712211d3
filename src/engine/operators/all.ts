/** `all: [conditions]` — every condition holds. */
import { z } from 'zod';
import type { OperatorDef } from './types.js';
import { logicNode } from './logic.js';
import type { CondNode } from '../types.js';

const schema = z.strictObject({ all: z.array(z.unknown(), { error: 'expected a list of conditions' }).min(1) });

export const all: OperatorDef = {
  name: 'all',
  keys: ['all'],
  summary: 'every condition in the list holds',
  example: 'all:\n  - field: record_type\n    equals: crime\n  - present: offence_code',
  compile(raw, ctx) {
    const args = ctx.parse(schema, raw);
    if (!args) return undefined;
    const kids = args.all.map((c, i) => ctx.condition(c, ['all', i]));
    return kids.every((k): k is CondNode => k !== undefined) ? logicNode('all', kids) : undefined;
  },
};
