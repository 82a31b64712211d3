/**
 * `no_earlier_duplicate: { keys, time, within, unit, among? }` — the previous record
 * with the same keys (ordered by `time`, then input order) is not less than
 * `within` earlier. "Previous" records are those `among` selects (default: the
 * records the rule applies to), so e.g. cancelled crimes are never "previous".
 * A chain A→B→C each 20h apart flags B and C: C's previous is B.
 * Resolved at finish() by sorting compact entries (~25 bytes each, kept on disk
 * by hash bucket while streaming and sorted one bucket at a time): O(n log n).
 */
import { z } from 'zod';
import type { CanonicalRecord } from '../model/record.js';
import { defineOperator } from './types.js';
import type { CrossCheck, Deliver } from '../model/condition.js';
import { UNITS, fieldList, fieldName, formatDuration, unit } from './support/common.js';
import { keyOf } from './support/key-fields.js';
import { recordTest } from './support/cross-record.js';
import { sortedIndex } from '../storage/columns.js';
import { KeyedEntries } from '../storage/keyed-entries.js';
import { hash32, hash53 } from '../storage/hash.js';

const schema = z.strictObject({
  no_earlier_duplicate: z.strictObject({
    keys: z.union([fieldName, z.array(fieldName).min(1)]),
    time: fieldName,
    within: z.number({ error: 'expected a number, e.g. 24' }).positive(),
    unit,
    among: z.unknown().optional(),
  }),
});

export const noEarlierDuplicate = defineOperator({
  name: 'no_earlier_duplicate',
  keys: ['no_earlier_duplicate'],
  args: {
    keys: 'the field(s) that make two records the same',
    time: 'the datetime field ordering them',
    within: 'the window, a positive number',
    unit: '`minutes`, `hours` or `days`',
    among: 'optional: which records can be "previous" (default: those the rule applies to)',
  },
  vars: { gap: 'the time since the previous record, e.g. `3h 30m`' },
  crossRecord: true,
  summary: 'no earlier record with the same keys falls within the time window before this one',
  example: 'no_earlier_duplicate:\n  keys: [victim_id, offence_code]\n  time: reported_at\n  within: 24\n  unit: hours',
  schema,
  compile(args, ctx) {
    const a = args.no_earlier_duplicate;
    const names = fieldList(a.keys);
    const refs = names.map((n, i) => ctx.field(n, Array.isArray(a.keys) ? ['no_earlier_duplicate', 'keys', i] : ['no_earlier_duplicate', 'keys']));
    const time = ctx.field(a.time, ['no_earlier_duplicate', 'time']);
    if (refs.some((f) => !f) || !time) return undefined;
    if (time.kind !== 'datetime') {
      ctx.problem(`${time.name} is not a datetime`, 'time names a datetime field such as reported_at', ['no_earlier_duplicate', 'time']);
      return undefined;
    }
    // Without its own among, the records the rule applies to.
    const own = recordTest(a.among, ctx, ['no_earlier_duplicate', 'among']);
    if (own === false) return undefined;
    const among = own ?? ctx.appliesTo ?? null;
    const key = keyOf(refs.map((f) => f!));
    const getTime = time.get as (r: CanonicalRecord) => number | undefined;
    return { kind: 'cross', check: duplicateCheck(key, getTime, among, a.within * UNITS[a.unit]) };
  },
});

function duplicateCheck(
  key: (r: CanonicalRecord) => string | undefined,
  time: (r: CanonicalRecord) => number | undefined,
  among: ((r: CanonicalRecord) => boolean) | null,
  windowMs: number,
): CrossCheck {
  const entries = new KeyedEntries();
  const empty: number[] = [];
  let lastSeq = -1;
  let lastEntry = -1;
  const push = (k: string, t: number, candidate: boolean, pending: number) => entries.push(hash53(k), hash32(k), t, pending, candidate ? 1 : 0);
  return {
    provides: ['gap'],
    observe(r, seq) {
      if (among !== null && !among(r)) return;
      const k = key(r);
      const t = time(r);
      if (k === undefined || t === undefined) return;
      lastEntry = push(k, t, true, -1);
      lastSeq = seq;
    },
    ask(r, seq, pendingIdx) {
      if (lastSeq === seq) return void entries.setPending(lastEntry, pendingIdx);
      const k = key(r);
      const t = time(r);
      if (k === undefined || t === undefined) empty.push(pendingIdx);
      else push(k, t, false, pendingIdx);
    },
    resolve(deliver: Deliver) {
      for (const p of empty) deliver(p, true);
      empty.length = 0;
      // All entries of a key are in one bucket, in input order: their index breaks time ties like seq would.
      for (const { length, hash: H, check: C, time: T, pending: P, flag: candidate } of entries.take()) {
        const order = sortedIndex(length, (a, b) => H[a]! - H[b]! || C[a]! - C[b]! || T[a]! - T[b]! || a - b);
        let gh = NaN;
        let gc = -1;
        let prev = NaN;
        for (let m = 0; m < order.length; m++) {
          const j = order[m]!;
          if (H[j] !== gh || C[j] !== gc) {
            gh = H[j]!;
            gc = C[j]!;
            prev = NaN;
          }
          const p = P[j]!;
          if (p >= 0) {
            const gap = T[j]! - prev;
            if (gap < windowMs) deliver(p, false, { gap: formatDuration(gap) });
            else deliver(p, true);
          }
          if (candidate[j]) prev = T[j]!;
        }
      }
    },
  };
}
