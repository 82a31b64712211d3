/**
 * Compiled conditions, shared by the operators (which build them), the rules
 * (which validate them) and the engine (which evaluates them). A condition
 * compiles once into closures; the hot path calls `test(record)` per record.
 * Conditions that look at the whole input (cross-record checks) cannot answer
 * per record: they are "deferred" and are resolved once every record has been
 * seen (see engine/tri-plan.ts).
 */
import type { CanonicalRecord } from './record.js';

/** Values a message template can use, computed only for failing records. */
export type MessageVars = Record<string, string>;

export interface LocalNode {
  kind: 'local';
  test: (r: CanonicalRecord) => boolean;
  /** Adds message variables (e.g. `missing`, `elapsed`) for a failing record. */
  explain?: (r: CanonicalRecord, vars: MessageVars) => void;
}

export interface LogicNode {
  kind: 'all' | 'any' | 'not' | 'if';
  /** For `if`: [condition, then]. */
  children: CondNode[];
  /** Set when no child is deferred: the whole subtree then runs as one local test. */
  test: ((r: CanonicalRecord) => boolean) | null;
  explain?: (r: CanonicalRecord, vars: MessageVars) => void;
}

/** A cross-record check: asked per record, answered at finish(). */
export interface CrossNode {
  kind: 'cross';
  check: CrossCheck;
}

export type CondNode = LocalNode | LogicNode | CrossNode;

/** Called with the answer for one pending query at finish(). */
export type Deliver = (pendingIdx: number, result: boolean, vars?: MessageVars) => void;

/**
 * One cross-record check. `observe` sees every kept record (to build compact
 * indexes); `ask` registers a question about the current record; `resolve`
 * answers every question once, at finish(), and may free the check's memory.
 */
export interface CrossCheck {
  observe(r: CanonicalRecord, seq: number): void;
  /**
   * The answer for this record when it is already certain (e.g. `exists` has
   * seen a match), else undefined: the record is then asked and waits.
   */
  now?(r: CanonicalRecord, seq: number): boolean | undefined;
  /**
   * Called right after now() answered false for r: adds the message variables
   * of that answer (what resolve() would deliver with it).
   */
  explainNow?(r: CanonicalRecord, vars: MessageVars): void;
  ask(r: CanonicalRecord, seq: number, pendingIdx: number): void;
  resolve(deliver: Deliver): void;
  /** Message variables this check can provide at finish(). */
  readonly provides: readonly string[];
  /**
   * The index this check reads, when its index may be shared with checks built
   * from an identical spec (e.g. several `exists` on "a crime whose incident_id
   * is X"). The evaluator then observes the index once, instead of the check.
   */
  readonly index?: SharedIndex;
  /** Makes the check read `index` (same shareKey) instead of its own. */
  useIndex?(index: SharedIndex): void;
}

/** A cross-record index that identical checks share: built once, freed after its last reader resolves. */
export interface SharedIndex {
  /** Equal for indexes built from identical specs; null = never shared. */
  readonly shareKey: string | null;
  /**
   * True when the index's answers do not depend on the order records are
   * observed in: the evaluator may then show it records before evaluating them.
   */
  readonly ahead?: boolean;
  observe(r: CanonicalRecord, seq: number): void;
}

/** A per-record stateful observer (e.g. `unique`), run for every record before any rule. */
export interface Observer {
  observe(r: CanonicalRecord, seq: number): void;
  /** Frees the observer's memory once every record has been evaluated. */
  release?(): void;
}

export function isDeferred(n: CondNode): boolean {
  if (n.kind === 'cross') return true;
  if (n.kind === 'local') return false;
  return n.test === null;
}

/** Returns the node as one local test when it has no cross-record part. */
export function localTest(n: CondNode): ((r: CanonicalRecord) => boolean) | null {
  if (n.kind === 'local') return n.test;
  if (n.kind === 'cross') return null;
  return n.test;
}

/** Message variables the cross-record checks in `n` provide when they answer. */
export function crossProvides(n: CondNode): string[] {
  if (n.kind === 'cross') return [...n.check.provides];
  if (n.kind === 'local') return [];
  return n.children.flatMap(crossProvides);
}

/**
 * A rule with cross-record checks keeps one bit per local sub-condition and
 * one per cross check for each undecided record (engine/tri-plan.ts): at most
 * this many of each.
 */
export const MAX_PLAN_ATOMS = 31;

/** Why `n` cannot be planned (too many atoms), or undefined; counted as tri-plan builds the plan. */
export function planTooComplex(n: CondNode): string | undefined {
  const count = { locals: 0, crosses: 0 };
  const walk = (node: CondNode): string | undefined => {
    if (localTest(node)) {
      return ++count.locals > MAX_PLAN_ATOMS ? 'too many conditions around cross-record checks' : undefined;
    }
    if (node.kind === 'cross') {
      return ++count.crosses > MAX_PLAN_ATOMS ? 'too many cross-record checks in one rule' : undefined;
    }
    if (node.kind === 'local') return undefined;
    for (const c of node.children) {
      const why = walk(c);
      if (why) return why;
    }
    return undefined;
  };
  return walk(n);
}
