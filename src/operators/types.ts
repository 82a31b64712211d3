/**
 * The operator contract: one module per operator owns its schema, its argument
 * names, the message variables it measures, its docs (summary, example) and its
 * compile step. The registry (registry.ts) names them; rules validate with them,
 * the engine compiles with them, docs and hints are generated from them.
 */
import type { z } from 'zod';
import type { CondNode, Observer } from '../model/condition.js';
import type { FieldRef } from '../model/field-ref.js';
import type { CanonicalRecord } from '../model/record.js';
import type { YamlPath } from '../yaml/index.js';
import type { CodeList } from '../model/code-list.js';

export type { YamlPath };

export interface CompileCtx {
  /** Where the condition being compiled sits in the YAML. */
  readonly path: YamlPath;
  /** Reports a problem at `path` + `sub` (on the key itself when `onKey`). */
  problem(message: string, hint?: string, sub?: YamlPath, onKey?: boolean): void;
  /** Validates `raw` against a zod schema; reports and returns undefined on error. */
  parse<T>(schema: z.ZodType<T>, raw: unknown): T | undefined;
  /**
   * Compiles a nested condition found at `path` + `sub`; `within` may adapt the
   * context each nested operator compiles with (e.g. `linked` resolves `linked.<field>`).
   */
  condition(raw: unknown, sub: YamlPath, within?: (ctx: CompileCtx) => CompileCtx): CondNode | undefined;
  /**
   * Resolves a field name, reporting unknown names. The field counts as one the
   * rule needs (rules.md "Status"), unless `use` is 'in-force-date': a date that
   * only decides which code-list entries are in force is not needed.
   */
  field(name: string, sub: YamlPath, use?: 'needed' | 'in-force-date'): FieldRef | undefined;
  /** Declares fields an operator reads without resolving them through `field` (e.g. `expr`). */
  reads(names: Iterable<string>): void;
  /** A code list declared by the rule file (its `codes` lower-cased; entries keep their days in force). */
  codeList(name: string, sub: YamlPath): CodeList | undefined;
  /** The rule's applies_to as a local test, when compiling its require. */
  readonly appliesTo?: (r: CanonicalRecord) => boolean;
  /** Shared by every condition of one rule (e.g. `linked` in applies_to and in require share their entries). */
  readonly memo: Map<string, unknown>;
  /** Registers a per-record observer (stateful operators such as `unique`). */
  addObserver(o: Observer): void;
}

export interface OperatorDef<A = unknown> {
  /** Name shown in docs and error hints. */
  name: string;
  /** Keys that select this operator in a condition mapping. */
  keys: readonly string[];
  /** The other argument names it reads (e.g. `field`, `unit`), each with what it means. */
  args: Readonly<Record<string, string>>;
  /** Message variables it measures for a failing record (`{missing}`), each with what it holds. */
  vars?: Readonly<Record<string, string>>;
  /** A cross-record check: decided once every record is seen, so only its own `vars` are known then. */
  crossRecord?: boolean;
  /** One line for docs/rule-language.md: the condition holds when … */
  summary: string;
  /** A condition using it, as YAML. */
  example: string;
  /** The shape of the condition mapping (keys and args), checked before compile. */
  schema: z.ZodType<A>;
  /** Compiles checked arguments into closures, reporting problems through `ctx`. */
  compile(args: A, ctx: CompileCtx): CondNode | undefined;
}

/** Types an operator module's definition (its compile step sees its schema's output). */
export function defineOperator<A>(def: OperatorDef<A>): OperatorDef<A> {
  return def;
}
