/**
 * A failing record's message, from its rule's template: placeholders read the
 * message variables the conditions explain, then the record's fields. An
 * undecided record is no longer at hand when it fails at finish(): its
 * placeholders read what its cross-record checks delivered and the few fields
 * kept for it.
 */
import type { CanonicalRecord } from '../model/record.js';
import type { CompiledRule } from './compiled.js';
import { fieldText } from './field-text.js';
import type { MessageVars } from '../model/condition.js';

/** The message of a record that failed as it was evaluated. */
export function recordMessage(rule: CompiledRule, r: CanonicalRecord, crossVars: MessageVars | null = null): string {
  const vars: MessageVars = {};
  const req = rule.require;
  if (req.kind !== 'cross') req.explain?.(r, vars);
  // What cross-record checks measured as they answered at once (e.g. `linked`'s elapsed time).
  if (crossVars !== null) for (const name in crossVars) vars[name] ??= crossVars[name]!;
  return rule.message((name) => (name in vars ? vars[name] : fieldText(r, name)));
}

/** The fields kept for an undecided record (null = empty). */
export interface KeptFields {
  record_id: string | null;
  record_type: string | null;
  district: string | null;
}

/** The message of an undecided record that failed at finish(). */
export function keptMessage(rule: CompiledRule, vars: MessageVars | undefined, kept: KeptFields): string {
  return rule.message((name) => {
    if (vars && name in vars) return vars[name];
    if (name === 'record_id' || name === 'record_type' || name === 'district') return kept[name] ?? undefined;
    return undefined;
  });
}
