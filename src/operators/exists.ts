/**
 * `exists: { where: condition, match: { their_field: this_field } }` — another
 * record in the input (before or after this one) meets `where` and its fields
 * equal this record's. The index is a hashed key set (shared by checks with
 * the same `where` and their-fields), so a question is answered as soon as a
 * match has been seen — usually at once, since the evaluator shows the index
 * records a little ahead of evaluating them. Only questions still open at the
 * end of the input (16 bytes each) wait for finish().
 */
import { z } from 'zod';
import type { CanonicalRecord } from '../model/record.js';
import { defineOperator } from './types.js';
import type { CrossCheck, Deliver, SharedIndex } from '../model/condition.js';
import { matchKeys, recordTest } from './support/cross-record.js';
import { KeySet, f64, i32, u32 } from '../storage/columns.js';
import { hash32, hash53 } from '../storage/hash.js';

const schema = z.strictObject({
  exists: z.strictObject({
    where: z.unknown().optional(),
    match: z.record(z.string(), z.string({ error: "expected this record's field name" }), {
      error: 'expected a mapping such as { incident_id: record_id } (their field: this record\'s field)',
    }),
  }),
});

export const exists = defineOperator({
  name: 'exists',
  keys: ['exists'],
  args: {
    where: 'optional: a single-record condition the other record meets',
    match: '`their_field: this_field` pairs that must be equal (at least one)',
  },
  crossRecord: true,
  summary: "another record in the input (never this one) meets `where` and its fields equal this record's",
  example: 'exists:\n  where:\n    field: record_type\n    equals: crime\n  match:\n    incident_id: record_id',
  schema,
  compile(args, ctx) {
    const keys = matchKeys(args.exists.match, ctx, 'exists', 'e.g. match: { incident_id: record_id }');
    if (!keys) return undefined;
    const where = recordTest(args.exists.where, ctx, ['exists', 'where']);
    if (where === false) return undefined;
    const shareKey = indexSpec(args.exists.where, keys.theirNames, keys.fold);
    return { kind: 'cross', check: existsCheck(new ExistsIndex(shareKey, keys.theirKey, where), keys.ourKey) };
  },
});

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
 * The records `where` selects, as a set of hashed keys (53 + 32 bits) that
 * also knows which keys were indexed twice: enough to answer "another record
 * has this key" at any time. Order does not matter to it, so the evaluator may
 * show it records ahead of evaluating them (`ahead`). Freed when its last
 * reader has resolved.
 */
class ExistsIndex implements SharedIndex {
  readonly ahead = true;
  private once = new KeySet();
  private twice = new KeySet();
  private readers = 0;
  constructor(
    readonly shareKey: string | null,
    private readonly key: (r: CanonicalRecord) => string | undefined,
    private readonly where: ((r: CanonicalRecord) => boolean) | null,
  ) {}

  /** The key the record is indexed under, if `where` selects it. */
  keyOf(r: CanonicalRecord): string | undefined {
    return this.where !== null && !this.where(r) ? undefined : this.key(r);
  }

  observe(r: CanonicalRecord): void {
    const k = this.keyOf(r);
    if (k === undefined) return;
    const h = hash53(k);
    const c = hash32(k);
    if (this.once.addHas(h, c)) this.twice.addHas(h, c);
  }

  retain(): void {
    this.readers++;
  }

  release(): void {
    if (--this.readers > 0) return;
    this.once.release();
    this.twice.release();
  }

  /** How many indexed records have the key (h, c), counting at most 2. */
  count(h: number, c: number): number {
    if (!this.once.has(h, c)) return 0;
    return this.twice.has(h, c) ? 2 : 1;
  }
}

function existsCheck(own: ExistsIndex, ourKey: (r: CanonicalRecord) => string | undefined): CrossCheck {
  let index = own;
  index.retain();
  // Open questions (the answer was not known yet when asked): 16 bytes each. The
  // pending index is stored as ~p when the asking record is itself in the index
  // under the same key ("another" record must exist: two matches are needed).
  const qh = f64();
  const qc = u32();
  const qpend = i32();
  // The key of the record last looked up, kept from now() for ask().
  let seen = -1;
  let seenH = 0;
  let seenC = 0;
  let seenSelf = false;
  const lookUp = (r: CanonicalRecord, seq: number): boolean | undefined => {
    const k = ourKey(r);
    // An empty value links to nothing.
    if (k === undefined) return false;
    seen = seq;
    seenH = hash53(k);
    seenC = hash32(k);
    seenSelf = index.keyOf(r) === k;
    // A match found is final; "none" is known only once every record is seen.
    return index.count(seenH, seenC) > (seenSelf ? 1 : 0) ? true : undefined;
  };
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
    observe(r) {
      index.observe(r);
    },
    now: lookUp,
    ask(r, seq, pendingIdx) {
      if (seen !== seq && lookUp(r, seq) !== undefined) throw new Error('exists: asked a question already answered');
      qh.push(seenH);
      qc.push(seenC);
      qpend.push(seenSelf ? ~pendingIdx : pendingIdx);
    },
    resolve(deliver: Deliver) {
      for (let q = 0; q < qh.length; q++) {
        const p = qpend.get(q);
        const self = p < 0;
        deliver(self ? ~p : p, index.count(qh.get(q), qc.get(q)) > (self ? 1 : 0));
      }
      qh.release();
      qc.release();
      qpend.release();
      index.release();
    },
  };
}
