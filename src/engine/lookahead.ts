/**
 * The lookahead: records held back for a few rows before the rules evaluate
 * them, so that order-free indexes (`exists`) have seen what follows (a crime
 * usually follows its incident within a few rows in a time-ordered export) and
 * answer at once instead of at finish(). Only memory depends on its size.
 */
import type { CanonicalRecord, SourceRef } from '../model/record.js';

export type EvaluateRecord = (r: CanonicalRecord, source: SourceRef, seq: number) => void;

export class Lookahead {
  /** A ring of `size` slots, reused so that held records stay few and die young. */
  private readonly held: { r: CanonicalRecord; source: SourceRef; seq: number }[] = [];
  private start = 0;

  /** `size` 0: every record is evaluated as it is added. */
  constructor(
    private readonly size: number,
    private readonly evaluate: EvaluateRecord,
  ) {}

  add(r: CanonicalRecord, source: SourceRef, seq: number): void {
    if (this.size === 0) return this.evaluate(r, source, seq);
    const held = this.held;
    if (held.length < this.size) {
      held.push({ r, source, seq });
      return;
    }
    // The oldest held record goes to the rules; this one takes its slot.
    const slot = held[this.start]!;
    this.evaluate(slot.r, slot.source, slot.seq);
    slot.r = r;
    slot.source = source;
    slot.seq = seq;
    this.start = (this.start + 1) % this.size;
  }

  /** Evaluates the records still held, in input order. */
  drain(): void {
    const held = this.held;
    for (let k = 0; k < held.length; k++) {
      const slot = held[(this.start + k) % held.length]!;
      this.evaluate(slot.r, slot.source, slot.seq);
    }
    held.length = 0;
    this.start = 0;
  }
}
