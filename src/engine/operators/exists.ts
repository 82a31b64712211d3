/**
 * `exists: { where: condition, match: { their_field: this_field } }` — another
 * record in the input (before or after this one) meets `where` and its fields
 * equal this record's. Built as a sorted index of hashed keys at finish():
 * O(n log n) for the whole audit, 12 bytes per indexed record (shared by
 * checks with the same `where` and their-fields) and 16 per question.
 */
import { z } from 'zod';
import type { CanonicalRecord } from '../../model/record.js';
import type { OperatorDef } from './types.js';
import type { CrossCheck, Deliver, SharedIndex } from '../types.js';
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
    const shareKey = indexSpec(args.exists.where, theirs.map((f) => f!.name), fold);
    return { kind: 'cross', check: existsCheck(new ExistsIndex(shareKey, theirKey, where), ourKey) };
  },
};

/**
 * What makes two `exists` indexes identical: the same `where` as written, the
 * same their-fields and the same case folding. A `where` naming a code list
 * (`in_list`) is never shared: lists belong to their rule file.
 */
function indexSpec(where: unknown, theirs: string[], fold: boolean[]): string | null {
  try {
    const text = JSON.stringify([where ?? null, theirs, fold]);
    return text.includes('"in_list"') ? null : text;
  } catch {
    return null;
  }
}

/**
 * The records `where` selects, by hashed key (53 + 32 bits, 12 bytes each), in
 * input order; sorted once at the first question. Freed when its last reader
 * has resolved.
 */
class ExistsIndex implements SharedIndex {
  private h = f64();
  private c = u32();
  private order: Uint32Array | null = null;
  private readers = 0;
  /** The last record indexed: lets a question tell whether it is itself in the index. */
  lastSeq = -1;
  lastH = NaN;
  lastC = 0;
  constructor(
    readonly shareKey: string | null,
    private readonly key: (r: CanonicalRecord) => string | undefined,
    private readonly where: ((r: CanonicalRecord) => boolean) | null,
  ) {}

  observe(r: CanonicalRecord, seq: number): void {
    if (this.where !== null && !this.where(r)) return;
    const k = this.key(r);
    if (k === undefined) return;
    this.lastSeq = seq;
    this.lastH = hash53(k);
    this.lastC = hash32(k);
    this.h.push(this.lastH);
    this.c.push(this.lastC);
  }

  retain(): void {
    this.readers++;
  }

  release(): void {
    if (--this.readers > 0) return;
    this.h.release();
    this.c.release();
    this.order = null;
  }

  /** How many indexed records have the key (h, c), counting at most `limit`. */
  count(h: number, c: number, limit: number): number {
    const { h: ih, c: ic } = this;
    // Read through get(): large columns are blocks, and joining them would double their memory.
    const order = (this.order ??= sortedIndex(ih.length, (a, b) => ih.get(a) - ih.get(b) || ic.get(a) - ic.get(b)));
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const j = order[mid]!;
      if (ih.get(j) < h || (ih.get(j) === h && ic.get(j) < c)) lo = mid + 1;
      else hi = mid;
    }
    let n = 0;
    for (let m = lo; m < order.length && n < limit; m++) {
      const j = order[m]!;
      if (ih.get(j) !== h || ic.get(j) !== c) break;
      n++;
    }
    return n;
  }
}

function existsCheck(own: ExistsIndex, ourKey: (r: CanonicalRecord) => string | undefined): CrossCheck {
  let index = own;
  index.retain();
  // Questions: 16 bytes each. The pending index is stored as ~p when the asking
  // record is itself in the index under the same key ("another" record must exist).
  const qh = f64();
  const qc = u32();
  const qpend = i32();
  return {
    provides: [],
    get index() {
      return index;
    },
    useIndex(other) {
      if (!(other instanceof ExistsIndex) || other.shareKey === null || other.shareKey !== own.shareKey) throw new Error('exists: index of another spec');
      index.release();
      index = other;
      index.retain();
    },
    observe(r, seq) {
      index.observe(r, seq);
    },
    ask(r, seq, pendingIdx) {
      const k = ourKey(r);
      if (k === undefined) {
        // An empty value links to nothing: answer "no" at finish.
        qh.push(NaN);
        qc.push(0);
        qpend.push(pendingIdx);
        return;
      }
      const h = hash53(k);
      const c = hash32(k);
      qh.push(h);
      qc.push(c);
      const self = index.lastSeq === seq && index.lastH === h && index.lastC === c;
      qpend.push(self ? ~pendingIdx : pendingIdx);
    },
    resolve(deliver: Deliver) {
      for (let q = 0; q < qh.length; q++) {
        const h = qh.get(q);
        const p = qpend.get(q);
        const self = p < 0;
        const found = !Number.isNaN(h) && index.count(h, qc.get(q), self ? 2 : 1) > (self ? 1 : 0);
        deliver(self ? ~p : p, found);
      }
      qh.release();
      qc.release();
      qpend.release();
      index.release();
    },
  };
}
