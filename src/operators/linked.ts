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
 * Streaming: the index is shown each record a few rows before the rules
 * evaluate it (the lookahead), in input order. A question is answered at once
 * when its key's first linkable record is known: certainly the first of its
 * key (a filter of keys seen, ~1.3 bytes a key) and still in a window of recent
 * keys with its numbers; for a time-ordered export that is nearly every crime.
 * Otherwise it waits: every linkable record and every waiting question leaves a
 * compact row (hashed key, input position, the few numbers `require` reads) in
 * buckets by hash on disk, and at finish() each bucket's candidates are read
 * once in input order to give each question its link. A `linked` in a rule's
 * applies_to and one in its require with the same `where` and `match` share
 * one index.
 */
import { z } from 'zod';
import type { CanonicalRecord } from '../model/record.js';
import { defineOperator, type CompileCtx } from './types.js';
import type { CondNode, CrossCheck, Deliver, MessageVars, SharedIndex } from '../model/condition.js';
import { localTest } from '../model/condition.js';
import { matchKeys, recordTest } from './support/cross-record.js';
import { fieldRef, isKnownField, type FieldRef } from '../model/field-ref.js';
import { hash32, hash53 } from '../storage/hash.js';
import { C_CHECK, C_HASH, C_SEQ, C_VALUES, LinkEntries, Q_CHECK, Q_HASH, Q_PENDING, Q_READERS, Q_SEQ, Q_VALUES } from '../storage/link-entries.js';
import { RecentLinks } from '../storage/recent-links.js';
import { SeenFilter } from '../storage/seen-filter.js';
import { i32, type Column } from '../storage/columns.js';
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
    const keys = matchKeys(a.match, ctx, 'linked', 'e.g. match: { record_id: incident_id }');
    if (!keys) return undefined;
    const where = recordTest(a.where, ctx, ['linked', 'where']);
    if (where === false) return undefined;
    const { theirKey, ourKey } = keys;

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
 * One rule's index for a (where, match), read by that rule's `linked`
 * conditions. Order-free as the evaluator sees it: it is shown each record a
 * few rows before the rules evaluate it (`ahead`) and still knows which
 * linkable record came first, because records are shown in input order.
 *
 * A question is answered at once when the first linkable record of its key in
 * input order is known: the key was certainly never seen before that record
 * (SeenFilter) and the record is still in the window of recent keys
 * (RecentLinks). Otherwise the question waits, with every linkable record, in
 * LinkEntries (on disk by hash bucket) and is answered at finish(), at the first
 * reader's resolve(); the other readers' answers are kept until theirs.
 */
class LinkIndex implements SharedIndex {
  readonly ahead = true;
  /** Never shared between rules: each rule's linked conditions share one through the compile memo. */
  readonly shareKey = null;
  private readonly linkedRefs: FieldRef[] = [];
  private readonly ownRefs: FieldRef[] = [];
  private readonly readers: Reader[] = [];
  private readonly seen = new SeenFilter();
  private recent: RecentLinks | null = null;
  private entries: LinkEntries | null = null;
  /** Scratch rows for LinkEntries. */
  private candidateRow = new Float64Array(0);
  private questionRow = new Float64Array(0);
  /** The record a question row is being built for (several readers of one record share a row). */
  private questionSeq = -1;
  private lastObserved = -1;
  /** The record last looked up by now(): its hashed key and whether its link is known, with the link's values. */
  private lookedUp = -1;
  private lookedH = 0;
  private lookedC = 0;
  private lookedKey = false;
  private lookedLink = false;
  private linkValues = new Float64Array(0);
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
      index: this,
      useIndex: () => {
        throw new Error('linked: indexes are not shared between rules');
      },
      observe: (r, seq) => this.observe(r, seq),
      now: (r, seq) => this.now(reader, r, seq),
      explainNow: (_r, vars) => this.explainNow(reader, vars),
      ask: (r, seq, pendingIdx) => this.ask(r, seq, pendingIdx, bit),
      resolve: (deliver) => this.resolve(reader, deliver),
    };
  }

  /** Sizes the scratch rows once every reader is compiled (at the first record). */
  private open(): LinkEntries {
    if (this.entries === null) {
      const L = this.linkedRefs.length;
      this.entries = new LinkEntries(L, this.ownRefs.length);
      this.recent = new RecentLinks(L);
      this.candidateRow = new Float64Array(C_VALUES + L);
      this.questionRow = new Float64Array(Q_VALUES + this.ownRefs.length);
      this.linkValues = new Float64Array(L);
    }
    return this.entries;
  }

  observe(r: CanonicalRecord, seq: number): void {
    if (seq === this.lastObserved) return;
    this.lastObserved = seq;
    if (this.where !== null && !this.where(r)) return;
    const k = this.theirKey(r);
    if (k === undefined) return;
    const entries = this.open();
    const h = hash53(k);
    const c = hash32(k);
    const row = this.candidateRow;
    row[C_HASH] = h;
    row[C_CHECK] = c;
    row[C_SEQ] = seq;
    const refs = this.linkedRefs;
    for (let i = 0; i < refs.length; i++) row[C_VALUES + i] = toNumber(refs[i]!.get(r));
    entries.candidate(row);
    if (this.seen.addSeen(h, c)) this.recent!.another(h, c, seq, row, C_VALUES);
    else this.recent!.first(h, c, seq, row, C_VALUES);
  }

  /** The answer when the link is already known (or there can be none), else undefined. */
  private now(reader: Reader, r: CanonicalRecord, seq: number): boolean | undefined {
    if (this.lookedUp !== seq) this.lookUp(r, seq);
    if (!this.lookedKey) return false;
    if (!this.lookedLink) return undefined;
    if (reader.test === null) return true;
    this.setScratch(r);
    return reader.test(this.own);
  }

  /** After now() answered false with a link: the message variables its require measured. */
  private explainNow(reader: Reader, vars: MessageVars): void {
    if (!this.lookedLink || !reader.explain) return;
    reader.explain(this.own, vars);
  }

  private lookUp(r: CanonicalRecord, seq: number): void {
    this.lookedUp = seq;
    const k = this.ourKey(r);
    // An empty key links to nothing: known at once.
    this.lookedKey = k !== undefined;
    this.lookedLink = false;
    if (k === undefined) return;
    this.open();
    this.lookedH = hash53(k);
    this.lookedC = hash32(k);
    this.lookedLink = this.recent!.link(this.lookedH, this.lookedC, seq, this.linkValues);
  }

  /** The scratch records as a waiting question would see them at finish(): the same numbers. */
  private setScratch(r: CanonicalRecord): void {
    const { ownRefs, linkedRefs, own, other, linkValues } = this;
    for (let i = 0; i < ownRefs.length; i++) setNumber(own, ownRefs[i]!, toNumber(ownRefs[i]!.get(r)));
    for (let i = 0; i < linkedRefs.length; i++) setNumber(other, linkedRefs[i]!, linkValues[i]!);
  }

  private ask(r: CanonicalRecord, seq: number, pendingIdx: number, bit: number): void {
    const row = this.questionRow;
    if (seq === this.questionSeq) {
      row[Q_READERS] = row[Q_READERS]! | bit;
      return;
    }
    this.flushQuestion();
    if (this.lookedUp !== seq) this.lookUp(r, seq);
    if (!this.lookedKey) throw new Error('linked: asked a question already answered');
    this.questionSeq = seq;
    row[Q_HASH] = this.lookedH;
    row[Q_CHECK] = this.lookedC;
    row[Q_SEQ] = seq;
    row[Q_PENDING] = pendingIdx;
    row[Q_READERS] = bit;
    this.ownRefs.forEach((f, i) => (row[Q_VALUES + i] = toNumber(f.get(r))));
  }

  private flushQuestion(): void {
    if (this.questionSeq < 0) return;
    this.entries!.question(this.questionRow);
    this.questionSeq = -1;
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
    this.recent = null;
    for (const r of this.readers) if (r !== first) r.kept = i32(undefined, this.spill);
    if (this.entries === null) return;
    this.flushQuestion();
    const L = this.linkedRefs.length;
    const O = this.ownRefs.length;
    const qw = Q_VALUES + O;
    const cw = C_VALUES + L;
    const { own, other } = this;
    for (const bucket of this.entries.take()) {
      const n = bucket.questionCount;
      if (n === 0) continue;
      const Q = bucket.questions;
      // Questions by hash53, chained through `next`.
      const heads = new Map<number, number>();
      const next = new Int32Array(n).fill(-1);
      for (let q = n - 1; q >= 0; q--) {
        const h = Q[q * qw + Q_HASH]!;
        const head = heads.get(h);
        if (head !== undefined) next[q] = head;
        heads.set(h, q);
      }
      // Each question's link: the first linkable record of its key in input order that is not itself.
      const linked = new Uint8Array(n);
      const values = new Float64Array(n * L);
      bucket.candidates((rows, count) => {
        for (let j = 0; j < count; j++) {
          const at = j * cw;
          let q = heads.get(rows[at + C_HASH]!) ?? -1;
          for (; q >= 0; q = next[q]!) {
            if (linked[q] || Q[q * qw + Q_CHECK] !== rows[at + C_CHECK] || Q[q * qw + Q_SEQ] === rows[at + C_SEQ]) continue;
            linked[q] = 1;
            for (let i = 0; i < L; i++) values[q * L + i] = rows[at + C_VALUES + i]!;
          }
        }
      });
      for (let q = 0; q < n; q++) {
        const link = linked[q] === 1;
        if (link) {
          this.ownRefs.forEach((f, i) => setNumber(own, f, Q[q * qw + Q_VALUES + i]!));
          this.linkedRefs.forEach((f, i) => setNumber(other, f, values[q * L + i]!));
        }
        const p = Q[q * qw + Q_PENDING]!;
        const asked = Q[q * qw + Q_READERS]!;
        this.readers.forEach((reader, m) => {
          if (!(asked & (1 << (m + 1)))) return;
          const ok = link && (reader.test === null || reader.test(own));
          let vars: MessageVars | undefined;
          if (!ok && link && reader.explain) {
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
