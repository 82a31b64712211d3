/**
 * `linked: { where, match, require }` — reads the fields of a linked record.
 * The linked record is the first record in input order (never this one) that
 * meets `where` and whose fields equal this record's (`match: { their_field:
 * this_field }`, as in `exists`). The condition holds when there is one and
 * `require` holds, reading the linked record's fields as `linked.<field>`
 * (without `require`: when there is one). Inside `require`, every field read
 * — this record's and the linked one's — is a datetime, a number or true/false:
 * those are what the check keeps per record.
 *
 * Streaming: each record `where` selects, and each record that asks, leaves one
 * compact entry (hashed key, pending index, the few numbers `require` reads) in
 * buckets by hash on disk; at finish() each bucket is sorted by key in input
 * order, so the first linked record of each key is found in O(n log n) with a
 * few MB of memory. A `linked` in a rule's applies_to and one in its require
 * with the same `where` and `match` share their entries.
 */
import { z } from 'zod';
import type { CanonicalRecord } from '../model/record.js';
import { defineOperator, type CompileCtx } from './types.js';
import type { CondNode, CrossCheck, Deliver, MessageVars } from '../model/condition.js';
import { localTest } from '../model/condition.js';
import { keyOf } from './support/key-fields.js';
import { fieldRef, isKnownField, type FieldRef } from '../model/field-ref.js';
import { hash32, hash53 } from '../storage/hash.js';
import { LinkEntries } from '../storage/link-entries.js';
import { i32, sortedIndex, type Column } from '../storage/columns.js';
import { SpillArea } from '../storage/spill-file.js';

const schema = z.strictObject({
  linked: z.strictObject({
    where: z.unknown().optional(),
    match: z.record(z.string(), z.string({ error: "expected this record's field name" }), {
      error: "expected a mapping such as { record_id: incident_id } (their field: this record's field)",
    }),
    require: z.unknown().optional(),
  }),
});

export const LINKED_PREFIX = 'linked.';
const NUMERIC = new Set(['datetime', 'integer', 'boolean']);
/** Readers per shared index: flag bit 0 marks a linkable record, bits 1-7 the readers that asked. */
const MAX_READERS = 7;

/** Message variables a `require` inside `linked` may measure (from its operators). */
const NESTED_VARS = ['elapsed', 'limit', 'from', 'to', 'missing', 'code_status'];

export const linked = defineOperator({
  name: 'linked',
  keys: ['linked'],
  args: {
    where: 'optional: a single-record condition the linked record meets',
    match: '`their_field: this_field` pairs that must be equal (at least one)',
    require: 'optional: a condition on the two records; `linked.<field>` names the linked record\'s fields (datetime, number or true/false fields only)',
  },
  vars: {
    elapsed: 'what `require` measured, e.g. from `elapsed` (also `limit`, `from`, `to`, `missing`, `code_status`)',
  },
  crossRecord: true,
  summary: "the first record in input order that meets `where` and whose fields equal this record's exists and meets `require`, which reads its fields as `linked.<field>`",
  example: 'linked:\n  where:\n    field: record_type\n    equals: incident\n  match:\n    record_id: incident_id\n  require:\n    elapsed:\n      from: linked.reported_at\n      to: recorded_at\n      at_most: 24\n      unit: hours',
  schema,
  compile(args, ctx) {
    const a = args.linked;
    const pairs = Object.entries(a.match);
    if (pairs.length === 0) {
      ctx.problem('match needs at least one pair', 'e.g. match: { record_id: incident_id }', ['linked', 'match']);
      return undefined;
    }
    const theirs = pairs.map(([their]) => ctx.field(their, ['linked', 'match', their]));
    const ours = pairs.map(([their, our]) => ctx.field(our, ['linked', 'match', their]));
    if (theirs.some((f) => !f) || ours.some((f) => !f)) return undefined;
    let where: ((r: CanonicalRecord) => boolean) | null = null;
    if (a.where !== undefined) {
      const node = ctx.condition(a.where, ['linked', 'where']);
      if (!node) return undefined;
      where = localTest(node);
      if (!where) {
        ctx.problem('where must not itself be a cross-record check', undefined, ['linked', 'where']);
        return undefined;
      }
    }
    // Codes compare ignoring case when either side is a code field (as in `exists`).
    const fold = theirs.map((t, i) => t!.ignoreCase !== ours[i]!.ignoreCase);
    const lower = (f: (r: CanonicalRecord) => string | undefined, on: boolean) => (on ? (r: CanonicalRecord) => f(r)?.toLowerCase() : f);
    const theirKey = keyOf(theirs.map((f, i) => ({ ...f!, text: lower(f!.text, fold[i]!) })));
    const ourKey = keyOf(ours.map((f, i) => ({ ...f!, text: lower(f!.text, fold[i]!) })));

    const memoKey = `linked:${JSON.stringify([a.where ?? null, a.match])}`;
    let index = ctx.memo.get(memoKey) as LinkIndex | undefined;
    if (!index) {
      index = new LinkIndex(theirKey, ourKey, where);
      ctx.memo.set(memoKey, index);
    }
    if (index.readerCount >= MAX_READERS) {
      ctx.problem(`at most ${MAX_READERS} linked conditions with the same where and match in one rule`, 'combine them in one require', ['linked'], true);
      return undefined;
    }
    let test: ((r: CanonicalRecord) => boolean) | null = null;
    let explain: ((r: CanonicalRecord, vars: MessageVars) => void) | undefined;
    const provides: string[] = [];
    if (a.require !== undefined) {
      const node = ctx.condition(a.require, ['linked', 'require'], withinLinked(index));
      if (!node) return undefined;
      test = localTest(node);
      if (!test) {
        ctx.problem('require inside linked must not itself be a cross-record check', 'put exists, unique and other cross-record checks beside linked, in all:', ['linked', 'require']);
        return undefined;
      }
      if (node.kind !== 'cross' && node.explain) {
        explain = node.explain;
        provides.push(...NESTED_VARS);
      }
    }
    return { kind: 'cross', check: index.reader(test, explain, provides) } satisfies CondNode;
  },
});

/**
 * The compile context inside `require`: `linked.<field>` reads the linked
 * record; every field read must be a number (datetime, integer, true/false).
 * Applied to each nested condition's own context, so problems keep their place.
 */
function withinLinked(index: LinkIndex): (base: CompileCtx) => CompileCtx {
  const wrap = (base: CompileCtx): CompileCtx => ({
    ...base,
    condition: (raw, sub) => base.condition(raw, sub, wrap),
    field(name, sub) {
      const isLinked = name.startsWith(LINKED_PREFIX);
      const baseName = isLinked ? name.slice(LINKED_PREFIX.length) : name;
      if (isLinked && !isKnownField(baseName)) {
        base.problem(`unknown field name '${name}'`, 'linked.<field> names a field of the linked record, e.g. linked.reported_at', sub);
        return undefined;
      }
      if (isLinked) base.reads([baseName]);
      const ref = isLinked ? fieldRef(baseName) : base.field(name, sub);
      if (!ref) return undefined;
      if (!NUMERIC.has(ref.kind)) {
        base.problem(`${name} is text: inside linked, require reads only datetime, number and true/false fields`, 'test text fields beside linked, in all:, or in its where:', sub);
        return undefined;
      }
      return isLinked ? index.linkedField(ref) : index.ownField(ref);
    },
    addObserver() {
      base.problem('require inside linked must be a condition on the two records alone', 'put unique beside linked, in all:');
    },
  });
  return wrap;
}

interface Reader {
  test: ((r: CanonicalRecord) => boolean) | null;
  explain: ((r: CanonicalRecord, vars: MessageVars) => void) | undefined;
  /** Answers kept for a reader resolved after the first (p, or ~p when false). */
  kept: Column<Int32Array> | null;
  keptVars: Map<number, MessageVars>;
}

/**
 * One rule's entries for a (where, match): linkable records and the records that
 * ask, with the numbers the readers' conditions read. Resolved once, at the
 * first reader's resolve(); the other readers' answers are kept until theirs.
 */
class LinkIndex {
  private readonly linkedRefs: FieldRef[] = [];
  private readonly ownRefs: FieldRef[] = [];
  private readonly readers: Reader[] = [];
  private entries: LinkEntries | null = null;
  private values: Float64Array = new Float64Array(0);
  private lastObserved = -1;
  private lastPushedCandidate = -1;
  private lastAsked = -1;
  private resolved = false;
  private readonly spill = new SpillArea(0);
  /** Scratch records the readers' conditions read: this record's numbers, and the linked record's. */
  private readonly own: CanonicalRecord = { extra: new Map() };
  private readonly other: CanonicalRecord = { extra: new Map() };

  constructor(
    private readonly theirKey: (r: CanonicalRecord) => string | undefined,
    private readonly ourKey: (r: CanonicalRecord) => string | undefined,
    private readonly where: ((r: CanonicalRecord) => boolean) | null,
  ) {}

  get readerCount(): number {
    return this.readers.length;
  }

  /** A field of the linked record, read from the scratch linked record. */
  linkedField(ref: FieldRef): FieldRef {
    if (!this.linkedRefs.some((f) => f.name === ref.name)) this.linkedRefs.push(ref);
    const other = this.other;
    return {
      ...ref,
      name: `${LINKED_PREFIX}${ref.name}`,
      get: () => ref.get(other),
      text: () => ref.text(other),
      raw: () => ref.raw(other),
    };
  }

  ownField(ref: FieldRef): FieldRef {
    if (!this.ownRefs.some((f) => f.name === ref.name)) this.ownRefs.push(ref);
    return ref;
  }

  reader(test: Reader['test'], explain: Reader['explain'], provides: string[]): CrossCheck {
    const bit = 1 << (this.readers.length + 1);
    const reader: Reader = { test, explain, kept: null, keptVars: new Map() };
    this.readers.push(reader);
    return {
      provides,
      observe: (r, seq) => this.observe(r, seq),
      // An empty key links to nothing: known at once. Otherwise the answer waits for finish().
      now: (r) => (this.ourKey(r) === undefined ? false : undefined),
      ask: (r, seq, pendingIdx) => this.ask(r, seq, pendingIdx, bit),
      resolve: (deliver) => this.resolve(reader, deliver),
    };
  }

  private open(): LinkEntries {
    if (this.entries === null) {
      this.entries = new LinkEntries(this.linkedRefs.length + this.ownRefs.length);
      this.values = new Float64Array(this.entries.width);
    }
    return this.entries;
  }

  private observe(r: CanonicalRecord, seq: number): void {
    // Every reader is observed: each record is taken once.
    if (seq === this.lastObserved) return;
    this.lastObserved = seq;
    if (this.where !== null && !this.where(r)) return;
    const k = this.theirKey(r);
    if (k === undefined) return;
    const entries = this.open();
    const v = this.values;
    v.fill(NaN);
    this.linkedRefs.forEach((f, i) => (v[i] = toNumber(f.get(r))));
    entries.push(hash53(k), hash32(k), -1, 1, v);
    this.lastPushedCandidate = seq;
  }

  private ask(r: CanonicalRecord, seq: number, pendingIdx: number, bit: number): void {
    const entries = this.open();
    const L = this.linkedRefs.length;
    if (seq === this.lastAsked) return entries.updateLast(pendingIdx, bit, this.values, entries.width);
    this.lastAsked = seq;
    const v = this.values;
    const ownFrom = L;
    this.ownRefs.forEach((f, i) => (v[ownFrom + i] = toNumber(f.get(r))));
    if (seq === this.lastPushedCandidate) return entries.updateLast(pendingIdx, bit, v, ownFrom);
    for (let i = 0; i < L; i++) v[i] = NaN;
    const k = this.ourKey(r)!;
    entries.push(hash53(k), hash32(k), pendingIdx, bit, v);
  }

  private resolve(reader: Reader, deliver: Deliver): void {
    if (!this.resolved) this.resolveAll(reader, deliver);
    const kept = reader.kept;
    if (kept === null) return;
    for (let q = 0; q < kept.length; q++) {
      const x = kept.get(q);
      if (x >= 0) deliver(x, true);
      else deliver(~x, false, reader.keptVars.get(~x));
    }
    kept.release();
    reader.keptVars.clear();
  }

  private resolveAll(first: Reader, deliver: Deliver): void {
    this.resolved = true;
    for (const r of this.readers) if (r !== first) r.kept = i32(undefined, this.spill);
    if (this.entries === null) return;
    const L = this.linkedRefs.length;
    const { own, other } = this;
    for (const { length, hash: H, check: C, pending: P, flag: F, values: V } of this.entries.take()) {
      // Entries of one key are in one bucket, in input order: the index breaks ties like input order.
      const order = sortedIndex(length, (x, y) => H[x]! - H[y]! || C[x]! - C[y]! || x - y);
      let g = 0;
      while (g < order.length) {
        let end = g;
        const h = H[order[g]!]!;
        const c = C[order[g]!]!;
        while (end < order.length && H[order[end]!] === h && C[order[end]!] === c) end++;
        // The first two linkable records of the key, in input order.
        let c1 = -1;
        let c2 = -1;
        for (let m = g; m < end && c2 < 0; m++) {
          const j = order[m]!;
          if (F[j]! & 1) {
            if (c1 < 0) c1 = j;
            else c2 = j;
          }
        }
        for (let m = g; m < end; m++) {
          const j = order[m]!;
          if (F[j]! >> 1 === 0) continue;
          // Never this record itself.
          const link = c1 === j ? c2 : c1;
          if (link >= 0) {
            this.ownRefs.forEach((f, i) => setNumber(own, f, V[L + i]![j]!));
            this.linkedRefs.forEach((f, i) => setNumber(other, f, V[i]![link]!));
          }
          this.readers.forEach((reader, n) => {
            if (!(F[j]! & (1 << (n + 1)))) return;
            const p = P[j]!;
            const ok = link >= 0 && (reader.test === null || reader.test(own));
            let vars: MessageVars | undefined;
            if (!ok && link >= 0 && reader.explain) {
              vars = {};
              reader.explain(own, vars);
            }
            if (reader === first) deliver(p, ok, vars);
            else {
              reader.kept!.push(ok ? p : ~p);
              if (vars) reader.keptVars.set(p, vars);
            }
          });
        }
        g = end;
      }
    }
    this.entries = null;
  }
}

function toNumber(v: string | number | boolean | undefined): number {
  if (v === undefined) return NaN;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return typeof v === 'number' ? v : NaN;
}

function setNumber(r: CanonicalRecord, f: FieldRef, v: number): void {
  const rec = r as unknown as Record<string, unknown>;
  rec[f.name] = Number.isNaN(v) ? undefined : f.kind === 'boolean' ? v === 1 : v;
}
