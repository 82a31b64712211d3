/** The operator contract: one small module per operator, looked up by its keys. */
import type { z } from 'zod';
import type { CondNode, Observer } from '../types.js';
import type { FieldRef } from '../fields.js';
import type { CanonicalRecord } from '../../model/record.js';

/** A path inside the rule file's YAML, e.g. ['rules', 2, 'require', 'all', 0]. */
export type YamlPath = readonly (string | number)[];

export interface CompileCtx {
  /** Where the condition being compiled sits in the YAML. */
  readonly path: YamlPath;
  /** Reports a problem at `path` + `sub` (on the key itself when `onKey`). */
  problem(message: string, hint?: string, sub?: YamlPath, onKey?: boolean): void;
  /** Validates `raw` against the operator's zod schema; reports and returns undefined on error. */
  parse<T>(schema: z.ZodType<T>, raw: unknown): T | undefined;
  /** Compiles a nested condition found at `path` + `sub`. */
  condition(raw: unknown, sub: YamlPath): CondNode | undefined;
  /** Resolves a field name, reporting unknown names. */
  field(name: string, sub: YamlPath): FieldRef | undefined;
  /** A code list declared by the rule file, as lower-cased codes. */
  codeList(name: string, sub: YamlPath): ReadonlySet<string> | undefined;
  /** The rule's applies_to as a local test, when compiling its require. */
  readonly appliesTo?: (r: CanonicalRecord) => boolean;
  /** Registers a per-record observer (stateful operators such as `unique`). */
  addObserver(o: Observer): void;
}

export interface OperatorDef {
  /** Name shown in docs and error hints. */
  name: string;
  /** Keys that select this operator in a condition mapping (besides `field`). */
  keys: readonly string[];
  /** One-line description for docs/rule-language.md and hints. */
  summary: string;
  /** Example YAML shown in hints. */
  example: string;
  compile(raw: Record<string, unknown>, ctx: CompileCtx): CondNode | undefined;
}
