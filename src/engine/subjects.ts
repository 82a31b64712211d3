/**
 * The record a verdict is about, so that one branch decides every verdict: the
 * record being evaluated, or an undecided one read back from its kept fields at
 * finish(). One object of each kind is reused for every record.
 */
import type { CanonicalRecord, SourceRef } from '../model/record.js';
import type { FindingStore } from '../storage/finding-store.js';
import type { PendingMeta } from '../storage/pending-meta.js';
import type { CompiledRule } from './compiled.js';
import { keptMessage, recordMessage } from './messages.js';
import { NONE, type RecordKeys } from './record-keys.js';
import type { MessageVars } from '../model/condition.js';

export interface Subject {
  readonly seq: number;
  /** Interned district spelling (-1 = none) and record type (record-keys.ts). */
  readonly spelling: number;
  readonly type: number;
  /** Stores the finding of rule `ruleIndex`, which the record fails; returns its message. */
  fail(findings: FindingStore, ruleIndex: number, rule: CompiledRule): string;
}

/** The record being evaluated. */
export class LiveRecord implements Subject {
  seq = 0;
  spelling = -1;
  type = 0;
  private r: CanonicalRecord | null = null;
  private source: SourceRef | null = null;
  private vars: MessageVars | null = null;

  constructor(private readonly keys: RecordKeys) {}

  /** Makes this the record `r` (interning its district and type). */
  at(r: CanonicalRecord, source: SourceRef, seq: number): this {
    this.r = r;
    this.source = source;
    this.seq = seq;
    this.spelling = this.keys.spelling(r.district);
    this.type = this.keys.type(r.record_type);
    this.vars = null;
    return this;
  }

  /** The same record, for a rule whose cross checks answered at once with these message variables. */
  with(vars: MessageVars | null): this {
    this.vars = vars;
    return this;
  }

  fail(findings: FindingStore, ruleIndex: number, rule: CompiledRule): string {
    const r = this.r!;
    const message = recordMessage(rule, r, this.vars);
    this.vars = null;
    findings.add(ruleIndex, r.record_id ?? null, this.source!.fileIndex, this.source!.line, this.seq, this.spelling, this.type, message);
    return message;
  }
}

/** An undecided record, read back from PendingMeta at finish(). */
export class KeptRecord implements Subject {
  seq = 0;
  spelling = -1;
  type = 0;
  private k = 0;
  private vars: MessageVars | undefined;

  constructor(
    private readonly meta: PendingMeta,
    private readonly keys: RecordKeys,
  ) {}

  /** Makes this pending record k, with the message variables its cross checks delivered. */
  at(k: number, vars: MessageVars | undefined): this {
    this.k = k;
    this.vars = vars;
    this.seq = this.meta.seq.get(k);
    this.spelling = this.meta.written.get(k);
    this.type = this.meta.type.get(k);
    return this;
  }

  fail(findings: FindingStore, ruleIndex: number, rule: CompiledRule): string {
    const m = this.meta;
    const recordId = m.recordId.get(this.k);
    const type = this.keys.types.keys[this.type]!;
    const district = this.spelling >= 0 ? this.keys.spellings.keys[this.spelling]! : null;
    const message = keptMessage(rule, this.vars, { record_id: recordId, record_type: type === NONE ? null : type, district });
    findings.add(ruleIndex, recordId, m.fileIndex(this.k), m.line.get(this.k), this.seq, this.spelling, this.type, message);
    return message;
  }
}
