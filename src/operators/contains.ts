/**
 * `field: X, contains: [phrases]` or `field: X, contains_list: name` — the text
 * holds one of the phrases anywhere in it, ignoring case (e.g. a C2 rationale
 * that only records the victim's wishes). Phrases from a code list are its codes.
 */
import { z } from 'zod';
import { defineOperator } from './types.js';
import { fieldName, local } from './support/common.js';

const schema = z.union(
  [
    z.strictObject({ field: fieldName, contains: z.array(z.string().trim().min(1, { error: 'a phrase is empty' }), { error: "expected a list of phrases, e.g. ['does not wish']" }).min(1) }),
    z.strictObject({ field: fieldName, contains_list: z.string({ error: 'expected the name of a code list' }).min(1) }),
  ],
  { error: 'write contains: [phrases] or contains_list: a code list name' },
);

export const contains = defineOperator({
  name: 'contains',
  keys: ['contains', 'contains_list'],
  args: {
    field: 'the text field to search',
  },
  summary: 'the text holds one of the phrases (`contains: [...]`, or the codes of a code list with `contains_list:`) anywhere, ignoring case',
  example: 'field: cancellation_rationale\ncontains_list: not-avi-phrases',
  schema,
  compile(args, ctx) {
    const f = ctx.field(args.field, ['field']);
    const phrases = 'contains' in args ? args.contains : ctx.codeList(args.contains_list, ['contains_list'])?.entries.map((e) => e.code);
    if (!f || !phrases) return undefined;
    const lower = [...new Set(phrases.map((p) => p.toLowerCase()))];
    const value = f.raw;
    return local((r) => {
      const v = value(r);
      if (v === undefined) return false;
      const l = v.toLowerCase();
      for (const p of lower) if (l.includes(p)) return true;
      return false;
    });
  },
});
