/**
 * The streaming evaluator: every kept record is added once, in input order;
 * rules without cross-record checks are decided at once, the others keep a few
 * integers per undecided record and are decided at finish().
 */
import type { CanonicalRecord, SourceRef } from '../model/record.js';
import type { EngineResult, Evaluator, RuleResult } from '../model/engine.js';
import type { CompiledRule, CompiledSet } from './compiled.js';
import type { CrossCheck, MessageVars, Observer, SharedIndex } from '../model/condition.js';
import { localTest } from '../model/condition.js';
import { F, T, U, buildPlan, type PlanAtoms, type Scratch, type TriPlan } from './tri-plan.js';
import { Interner, RuleTally } from './counts.js';
import { PendingMeta } from '../storage/pending-meta.js';
import { i32, u8, type Column } from '../storage/columns.js';
import { DEFAULT_KEEP_BYTES, SpillArea } from '../storage/spill-file.js';
import { fieldText } from './field-text.js';
import { collectGarbage } from '../storage/collect-garbage.js';
import { FindingStore } from '../storage/finding-store.js';

export type Verdict = 'pass' | 'fail' | 'n/a';

export interface EvaluatorOptions {
  /** Called once per (rule, record) when its verdict is known (used by `rules test`). */
  onVerdict?: (ruleIndex: number, seq: number, verdict: Verdict, message?: string) => void;
  /**
   * How many records order-free indexes (`exists`) see before the rules
   * evaluate them (default LOOKAHEAD; 0 = none). Only memory depends on it: a
   * question whose match is within this many rows after it is answered at once
   * instead of waiting for finish(). Verdicts are the same whatever the value.
   */
  lookahead?: number;
  /**
   * Bytes each column of undecided records and findings keeps in memory before
   * the rest goes to a temporary file (default DEFAULT_KEEP_BYTES; Infinity =
   * never; tests use 0). Verdicts are the same whatever the value.
   */
  keepBytes?: number;
}

/**
 * Records held back for the lookahead: a crime usually follows its incident
 * within a few rows in a time-ordered export. Small, so that the held records
 * stay in the CPU caches and die young (1,024 was measurably slower).
 */
export const LOOKAHEAD = 256;

/** Below this many records the indexes are small (~50 MB at 2M): leave collection to V8. */
const COLLECT_FROM = 2_000_000;

type Test = (r: CanonicalRecord) => boolean;

/** Undecided records of one rule with cross-record checks. */
class DeferredRun {
  readonly meta: Column<Int32Array>;
  /** Bit sets of local results and cross answers: one byte each when they fit (they nearly always do). */
  readonly local: Column<Uint8Array> | Column<Int32Array>;
  readonly cross: Column<Uint8Array> | Column<Int32Array>;
  readonly vars = new Map<number, MessageVars>();
  readonly crosses: CrossCheck[];
  readonly applies: TriPlan | null;
  readonly require: TriPlan;
  /** `spill`: where the columns read back in order (meta, local) may go past a few blocks. */
  constructor(rule: CompiledRule, spill: SpillArea) {
    const atoms: PlanAtoms = { locals: 0, crosses: [] };
    this.meta = i32(undefined, spill);
    this.applies = rule.appliesTo ? buildPlan(rule.appliesTo, atoms) : null;
    this.require = buildPlan(rule.require, atoms);
    this.crosses = atoms.crosses;
    this.local = atoms.locals <= 8 ? u8(undefined, spill) : i32(undefined, spill);
    this.cross = atoms.crosses.length <= 8 ? u8() : i32();
  }
  /** Frees the columns once the rule is resolved. */
  release(): void {
    this.meta.release();
    this.local.release();
    this.cross.release();
    this.vars.clear();
  }
}

interface Run {
  rule: CompiledRule;
  tally: RuleTally;
  applies: Test | null;
  require: Test | null;
  deferred: DeferredRun | null;
}

const NONE = '(none)';

class StreamingEvaluator implements Evaluator {
  private readonly runs: Run[];
  private readonly findings: FindingStore;
  /** Input files by index, as findings name them. */
  private readonly files: string[] = [];
  private readonly districts = new Interner();
  private readonly spellings = new Interner();
  private readonly types = new Interner();
  /** District as written (trimmed) -> id of its case-folded form. */
  private readonly districtOf = new Map<string, number>();
  /** Spelling id -> district id, for undecided records (which keep only the spelling). */
  private readonly districtOfSpelling: number[] = [];
  private readonly meta: PendingMeta;
  private readonly scratch: Scratch = { local: 0, asked: 0, cross: 0, seq: 0 };
  /** Order-free indexes: they see each record when it is added. */
  private readonly aheadObservers: Observer[];
  /** Everything else that sees every record, in input order just before the rules: `unique` observers, other cross checks. */
  private readonly inOrderObservers: Observer[];
  /** Records added but not yet evaluated (a ring of `window` slots). */
  private readonly window: number;
  private readonly held: { r: CanonicalRecord; source: SourceRef; seq: number }[] = [];
  private heldStart = 0;
  /** Records added: from COLLECT_FROM on, finish() collects garbage between its steps. */
  private seen = 0;

  constructor(
    private readonly set: CompiledSet,
    private readonly options: EvaluatorOptions,
  ) {
    const keep = options.keepBytes ?? DEFAULT_KEEP_BYTES;
    this.meta = new PendingMeta(new SpillArea(keep));
    this.findings = new FindingStore(new SpillArea(keep));
    this.runs = set.rules.map((rule) => {
      const applies = rule.appliesTo ? localTest(rule.appliesTo) : null;
      const require = localTest(rule.require);
      const local = (rule.appliesTo === null || applies !== null) && require !== null;
      return { rule, tally: new RuleTally(), applies, require, deferred: local ? null : new DeferredRun(rule, this.meta.spill) };
    });
    const cross = shareIndexes(this.runs.flatMap((r) => r.deferred?.crosses ?? []));
    this.aheadObservers = cross.filter((o) => o.ahead === true);
    this.inOrderObservers = [...set.observers, ...cross.filter((o) => o.ahead !== true)];
    this.window = this.aheadObservers.length > 0 ? Math.max(0, options.lookahead ?? LOOKAHEAD) : 0;
  }

  add(r: CanonicalRecord, source: SourceRef, seq: number): void {
    this.seen++;
    for (const o of this.aheadObservers) o.observe(r, seq);
    if (this.window === 0) return this.evaluate(r, source, seq);
    const held = this.held;
    if (held.length < this.window) {
      held.push({ r, source, seq });
      return;
    }
    // The oldest held record goes to the rules; this one takes its slot.
    const slot = held[this.heldStart]!;
    this.evaluate(slot.r, slot.source, slot.seq);
    slot.r = r;
    slot.source = source;
    slot.seq = seq;
    this.heldStart = (this.heldStart + 1) % this.window;
  }

  /** Evaluates the records still held, in input order. */
  private drain(): void {
    const held = this.held;
    for (let k = 0; k < held.length; k++) {
      const slot = held[(this.heldStart + k) % held.length]!;
      this.evaluate(slot.r, slot.source, slot.seq);
    }
    held.length = 0;
    this.heldStart = 0;
  }

  private evaluate(r: CanonicalRecord, source: SourceRef, seq: number): void {
    for (const o of this.inOrderObservers) o.observe(r, seq);
    this.files[source.fileIndex] = source.file;
    const written = r.district === undefined ? undefined : r.district.trim();
    // One map lookup per record for the usual case: a spelling seen before.
    let district = written ? this.districtOf.get(written) : this.districts.id(NONE);
    if (district === undefined) {
      district = this.districts.id(written!.toLowerCase());
      this.districtOf.set(written!, district);
    }
    const type = this.types.id(r.record_type ?? NONE);
    let metaIdx = -1;
    const runs = this.runs;
    for (let i = 0; i < runs.length; i++) {
      const run = runs[i]!;
      if (run.deferred === null) {
        if (run.applies !== null && !run.applies(r)) {
          this.options.onVerdict?.(i, seq, 'n/a');
          continue;
        }
        const ok = run.require!(r);
        run.tally.count(district, type, !ok);
        if (ok) this.options.onVerdict?.(i, seq, 'pass');
        else this.fail(i, r, source, seq, written, type, localMessage(run.rule, r));
        continue;
      }
      const d = run.deferred;
      const s = this.scratch;
      s.local = 0;
      s.asked = 0;
      s.cross = 0;
      s.seq = seq;
      const a = d.applies ? d.applies.eval(r, s) : T;
      if (a === F) {
        this.options.onVerdict?.(i, seq, 'n/a');
        continue;
      }
      const q = d.require.eval(r, s);
      if (a === T && q !== U) {
        run.tally.count(district, type, q === F);
        if (q === T) this.options.onVerdict?.(i, seq, 'pass');
        else this.fail(i, r, source, seq, written, type, localMessage(run.rule, r));
        continue;
      }
      if (metaIdx < 0) {
        const sp = written ? this.spellings.id(written) : -1;
        metaIdx = this.meta.add(r.record_id ?? null, source.fileIndex, source.line, seq, sp, type);
        if (sp >= 0) this.districtOfSpelling[sp] = district;
      }
      const p = d.meta.push(metaIdx);
      d.local.push(s.local);
      d.cross.push(s.cross);
      for (let b = 0; b < d.crosses.length; b++) if (s.asked & (1 << b)) d.crosses[b]!.ask(r, seq, p);
    }
  }

  private fail(i: number, r: CanonicalRecord, source: SourceRef, seq: number, written: string | undefined, type: number, message: string): void {
    this.findings.add(i, r.record_id ?? null, source.fileIndex, source.line, seq, written ? this.spellings.id(written) : -1, type, message);
    this.options.onVerdict?.(i, seq, 'fail', message);
  }

  finish(): EngineResult {
    this.drain();
    // Every record has been evaluated: the in-order observers' sets (e.g. every
    // record id, for `unique`) are no longer needed.
    for (const o of this.inOrderObservers) o.release?.();
    const large = this.seen >= COLLECT_FROM;
    if (large) collectGarbage();
    this.runs.forEach((run, i) => run.deferred && this.resolve(i, run, run.deferred));
    this.meta.release();
    if (large) collectGarbage();
    const names = { ruleIds: this.runs.map((run) => run.rule.info.id), files: this.files, spellings: this.spellings.keys, types: this.types.keys };
    const findings = this.findings.take(names, NONE);
    const rules: RuleResult[] = this.runs.map((run) => ({
      rule: run.rule.info,
      counts: { applicable: run.tally.applicable, failed: run.tally.failed },
      byDistrict: run.tally.byDistrict(this.districts.keys),
      byRecordType: run.tally.byRecordType(this.types.keys),
    }));
    return { rules, findings };
  }

  private resolve(i: number, run: Run, d: DeferredRun): void {
    d.crosses.forEach((check, b) => {
      const bit = 1 << b;
      check.resolve((p, result, vars) => {
        if (result) d.cross.set(p, d.cross.get(p) | bit);
        else if (vars) d.vars.set(p, { ...d.vars.get(p), ...vars });
      });
    });
    const m = this.meta;
    for (let p = 0; p < d.meta.length; p++) {
      const local = d.local.get(p);
      const cross = d.cross.get(p);
      const k = d.meta.get(p);
      const seq = m.seq.get(k);
      if (d.applies && !d.applies.replay(local, cross)) {
        this.options.onVerdict?.(i, seq, 'n/a');
        continue;
      }
      const ok = d.require.replay(local, cross);
      const sp = m.written.get(k);
      run.tally.count(sp >= 0 ? this.districtOfSpelling[sp]! : this.districts.id(NONE), m.type.get(k), !ok);
      if (ok) {
        this.options.onVerdict?.(i, seq, 'pass');
        continue;
      }
      const recordId = m.recordId.get(k);
      const district = sp >= 0 ? this.spellings.keys[sp]! : null;
      const type = m.type.get(k);
      const typeKey = this.types.keys[type]!;
      const recordType = typeKey === NONE ? null : typeKey;
      const vars = d.vars.get(p);
      const message = run.rule.message((name) => {
        if (vars && name in vars) return vars[name];
        if (name === 'record_id') return recordId ?? undefined;
        if (name === 'record_type') return recordType ?? undefined;
        if (name === 'district') return district ?? undefined;
        return undefined;
      });
      const fileIndex = m.fileIndex(k);
      this.findings.add(i, recordId, fileIndex, m.line.get(k), seq, sp, type, message);
      this.options.onVerdict?.(i, seq, 'fail', message);
    }
    d.release();
  }
}

/**
 * Lets checks with identical index specs read one index (e.g. NCRS-002, -003 and
 * -004 all ask for "a crime whose incident_id is X"); returns what must observe
 * every record.
 */
function shareIndexes(checks: readonly CrossCheck[]): (Observer & { ahead?: boolean })[] {
  const byKey = new Map<string, SharedIndex>();
  const observers: (Observer & { ahead?: boolean })[] = [];
  for (const c of checks) {
    const own = c.index;
    if (own === undefined || c.useIndex === undefined) {
      observers.push(c);
      continue;
    }
    const first = own.shareKey === null ? undefined : byKey.get(own.shareKey);
    if (first !== undefined && first !== own) {
      c.useIndex(first);
      continue;
    }
    if (own.shareKey !== null) byKey.set(own.shareKey, own);
    if (!observers.includes(own)) observers.push(own);
  }
  return observers;
}

function localMessage(rule: CompiledRule, r: CanonicalRecord): string {
  const vars: MessageVars = {};
  const req = rule.require;
  if (req.kind !== 'cross') req.explain?.(r, vars);
  return rule.message((name) => (name in vars ? vars[name] : fieldText(r, name)));
}

export function evaluate(set: CompiledSet, options: EvaluatorOptions = {}): Evaluator {
  return new StreamingEvaluator(set, options);
}
