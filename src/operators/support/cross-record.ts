/** What the cross-record operators (exists, linked, unique, no_earlier_duplicate) compile alike. */
import { localTest } from '../../model/condition.js';
import type { CanonicalRecord } from '../../model/record.js';
import type { CompileCtx, YamlPath } from '../types.js';
import { keyOf } from './key-fields.js';

type RecordTest = (r: CanonicalRecord) => boolean;

/**
 * A sub-condition that picks the other records (`where`, `among`): it must be
 * decidable on one record, so a cross-record check there is refused. Null when
 * absent; false once a problem has been reported.
 */
export function recordTest(raw: unknown, ctx: CompileCtx, sub: YamlPath): RecordTest | null | false {
  if (raw === undefined) return null;
  const node = ctx.condition(raw, sub);
  if (!node) return false;
  const test = localTest(node);
  if (!test) {
    ctx.problem(`${String(sub.at(-1))} must not itself be a cross-record check`, undefined, sub);
    return false;
  }
  return test;
}

export interface MatchKeys {
  /** The other record's key and this record's, undefined when a part is empty. */
  theirKey: (r: CanonicalRecord) => string | undefined;
  ourKey: (r: CanonicalRecord) => string | undefined;
  theirNames: string[];
  /** Per pair: compared ignoring case. */
  fold: boolean[];
}

/**
 * `match: { their_field: this_field }` compiled to the two keys. Codes compare
 * ignoring case when either side is a code field. Undefined once a problem has
 * been reported (no pair, an unknown field).
 */
export function matchKeys(match: Record<string, string>, ctx: CompileCtx, operator: string, example: string): MatchKeys | undefined {
  const pairs = Object.entries(match);
  if (pairs.length === 0) {
    ctx.problem('match needs at least one pair', example, [operator, 'match']);
    return undefined;
  }
  const theirs = pairs.map(([their]) => ctx.field(their, [operator, 'match', their]));
  const ours = pairs.map(([their, our]) => ctx.field(our, [operator, 'match', their]));
  if (theirs.some((f) => !f) || ours.some((f) => !f)) return undefined;
  const fold = theirs.map((t, i) => t!.ignoreCase !== ours[i]!.ignoreCase);
  const lower = (f: (r: CanonicalRecord) => string | undefined, on: boolean) => (on ? (r: CanonicalRecord) => f(r)?.toLowerCase() : f);
  return {
    theirKey: keyOf(theirs.map((f, i) => ({ ...f!, text: lower(f!.text, fold[i]!) }))),
    ourKey: keyOf(ours.map((f, i) => ({ ...f!, text: lower(f!.text, fold[i]!) }))),
    theirNames: theirs.map((f) => f!.name),
    fold,
  };
}
