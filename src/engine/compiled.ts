/** A rule set compiled for one evaluation: fresh closures and index state. */
import type { RuleInfo } from '../model/engine.js';
import type { CondNode, Observer } from '../model/condition.js';

/** Renders a finding's message; `lookup` answers placeholders (message variables, then fields). */
export type MessageRenderer = (lookup: (name: string) => string | undefined) => string;

export interface CompiledRule {
  info: RuleInfo;
  /** null: the rule applies to every record. */
  appliesTo: CondNode | null;
  require: CondNode;
  message: MessageRenderer;
}

export interface CompiledSet {
  rules: CompiledRule[];
  /** Stateful per-record observers (e.g. `unique`), run before any rule for every record. */
  observers: Observer[];
}
