/**
 * One rule with cross-record checks: a record is decided at add() when its
 * local conditions settle it (or a check already knows), else it waits as a few
 * integers (bit sets of its local results and cross answers) and is replayed
 * with the cross answers at finish() (tri-plan.ts).
 */
import type { CanonicalRecord } from '../model/record.js';
import { i32, u8, type Column } from '../storage/columns.js';
import type { SpillArea } from '../storage/spill-file.js';
import type { CompiledRule } from './compiled.js';
import { F, T, U, buildPlan, type PlanAtoms, type Scratch, type TriPlan } from './tri-plan.js';
import type { CrossCheck, MessageVars } from '../model/condition.js';
import type { Verdict } from '../model/engine.js';

export class DeferredRun {
  /** Per waiting record: its index in the evaluator's PendingMeta. */
  readonly meta: Column<Int32Array>;
  /** Bit sets of local results and cross answers: one byte each when they fit (they nearly always do). */
  private readonly local: Column<Uint8Array> | Column<Int32Array>;
  private readonly cross: Column<Uint8Array> | Column<Int32Array>;
  /** Message variables the cross checks delivered, by waiting record. */
  readonly vars = new Map<number, MessageVars>();
  readonly crosses: CrossCheck[];
  private readonly applies: TriPlan | null;
  private readonly require: TriPlan;
  private readonly scratch: Scratch = { local: 0, asked: 0, cross: 0, seq: 0, vars: null };

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

  /** The verdict at add(), or null when the record must wait: then hold() it. */
  evaluate(r: CanonicalRecord, seq: number): Verdict | null {
    const s = this.scratch;
    s.local = 0;
    s.asked = 0;
    s.cross = 0;
    s.seq = seq;
    s.vars = null;
    const a = this.applies ? this.applies.eval(r, s) : T;
    if (a === F) return 'n/a';
    const q = this.require.eval(r, s);
    if (a === U || q === U) return null;
    return q === T ? 'pass' : 'fail';
  }

  /** Message variables of the cross checks that answered false as the record just evaluated was (null: none). */
  get nowVars(): MessageVars | null {
    return this.scratch.vars;
  }

  /** Keeps the record just evaluated (`pending`: its PendingMeta index) and asks its open cross checks. */
  hold(r: CanonicalRecord, seq: number, pending: number): void {
    const s = this.scratch;
    const p = this.meta.push(pending);
    this.local.push(s.local);
    this.cross.push(s.cross);
    if (s.vars !== null) this.vars.set(p, s.vars);
    for (let b = 0; b < this.crosses.length; b++) if (s.asked & (1 << b)) this.crosses[b]!.ask(r, seq, p);
  }

  /** At finish(): every cross check answers its questions. */
  answer(): void {
    this.crosses.forEach((check, b) => {
      const bit = 1 << b;
      check.resolve((p, result, vars) => {
        if (result) this.cross.set(p, this.cross.get(p) | bit);
        else if (vars) this.vars.set(p, { ...this.vars.get(p), ...vars });
      });
    });
  }

  /** The verdict of waiting record p, once answer() has run. */
  replay(p: number): Verdict {
    const local = this.local.get(p);
    const cross = this.cross.get(p);
    if (this.applies && !this.applies.replay(local, cross)) return 'n/a';
    return this.require.replay(local, cross) ? 'pass' : 'fail';
  }

  /** Frees the columns once the rule is resolved. */
  release(): void {
    this.meta.release();
    this.local.release();
    this.cross.release();
    this.vars.clear();
  }
}
