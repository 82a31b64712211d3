/**
 * `exists: { where: condition, match: { their_field: this_field } }` — another
 * record in the input (before or after this one) meets `where` and its fields
 * equal this record's. Built as a sorted index of hashed keys at finish():
 * O(n log n) for the whole audit, 16 bytes per indexed record.
 */
import { z } from 'zod';
import type { CanonicalRecord } from '../../model/record.js';
import type { OperatorDef } from './types.js';
import type { CrossCheck, Deliver } from '../types.js';
import { localTest } from '../types.js';
import { keyOf } from './key-fields.js';
import { f64, i32, sortedIndex, u32 } from '../columns.js';
import { hash32, hash53 } from '../hash.js';
import type { FieldRef } from '../fields.js';

const schema = z.strictObject({
  exists: z.strictObject({
    where: z.unknown().optional(),
    match: z.record(z.string(), z.string({ error: "expected this record's field name" }), {
      error: 'expected a mapping such as { incident_id: record_id } (their field: this record\'s field)',
    }),
  }),
});

export const exists: OperatorDef = {
  name: 'exists',
  keys: ['exists'],
  summary: "another record in the input meets `where` and its fields equal this record's (`match: { their_field: this_field }`)",
  example: 'exists:\n  where:\n    field: record_type\n    equals: crime\n  match:\n    incident_id: record_id',
  compile(raw, ctx) {
    const args = ctx.parse(schema, raw);
    if (!args) return undefined;
    const pairs = Object.entries(args.exists.match);
    if (pairs.length === 0) {
      ctx.problem('match needs at least one pair', 'e.g. match: { incident_id: record_id }', ['exists', 'match']);
      return undefined;
    }
    const theirs: (FieldRef | undefined)[] = [];
    const ours: (FieldRef | undefined)[] = [];
    for (const [their, our] of pairs) {
      theirs.push(ctx.field(their, ['exists', 'match', their]));
      ours.push(ctx.field(our, ['exists', 'match', their]));
    }
    if (theirs.some((f) => !f) || ours.some((f) => !f)) return undefined;
    let where: ((r: CanonicalRecord) => boolean) | null = null;
    if (args.exists.where !== undefined) {
      const node = ctx.condition(args.exists.where, ['exists', 'where']);
      if (!node) return undefined;
      where = localTest(node);
      if (!where) {
        ctx.problem('where must not itself be a cross-record check', undefined, ['exists', 'where']);
        return undefined;
      }
    }
    // Match codes case-insensitively when either side is a code field.
    const fold = theirs.map((t, i) => t!.ignoreCase !== ours[i]!.ignoreCase);
    const lower = (f: (r: CanonicalRecord) => string | undefined, on: boolean) =>
      on ? (r: CanonicalRecord) => f(r)?.toLowerCase() : f;
    const theirKey = keyOf(theirs.map((f, i) => ({ ...f!, text: lower(f!.text, fold[i]!) })));
    const ourKey = keyOf(ours.map((f, i) => ({ ...f!, text: lower(f!.text, fold[i]!) })));
    return { kind: 'cross', check: existsCheck(theirKey, ourKey, where) };
  },
};

function existsCheck(
  theirKey: (r: CanonicalRecord) => string | undefined,
  ourKey: (r: CanonicalRecord) => string | undefined,
  where: ((r: CanonicalRecord) => boolean) | null,
): CrossCheck {
  const ih = f64();
  const ic = u32();
  const iseq = i32();
  const qh = f64();
  const qc = u32();
  const qseq = i32();
  const qpend = i32();
  return {
    provides: [],
    observe(r, seq) {
      if (where !== null && !where(r)) return;
      const k = theirKey(r);
      if (k === undefined) return;
      ih.push(hash53(k));
      ic.push(hash32(k));
      iseq.push(seq);
    },
    ask(r, seq, pendingIdx) {
      const k = ourKey(r);
      if (k === undefined) {
        // An empty value links to nothing: answer "no" at finish.
        qh.push(NaN);
        qc.push(0);
      } else {
        qh.push(hash53(k));
        qc.push(hash32(k));
      }
      qseq.push(seq);
      qpend.push(pendingIdx);
    },
    resolve(deliver: Deliver) {
      // Read through get(): large columns are blocks, and joining them here would double their memory.
      const order = sortedIndex(ih.length, (a, b) => ih.get(a) - ih.get(b) || ic.get(a) - ic.get(b));
      for (let q = 0; q < qh.length; q++) {
        const h = qh.get(q);
        const c = qc.get(q);
        let found = false;
        if (!Number.isNaN(h)) {
          // Lower bound of (h, c) in the sorted index.
          let lo = 0;
          let hi = order.length;
          while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            const j = order[mid]!;
            if (ih.get(j) < h || (ih.get(j) === h && ic.get(j) < c)) lo = mid + 1;
            else hi = mid;
          }
          // "Another" record: skip the asking record itself.
          for (let m = lo; m < order.length; m++) {
            const j = order[m]!;
            if (ih.get(j) !== h || ic.get(j) !== c) break;
            if (iseq.get(j) !== qseq.get(q)) {
              found = true;
              break;
            }
          }
        }
        deliver(qpend.get(q), found);
      }
    },
  };
}
