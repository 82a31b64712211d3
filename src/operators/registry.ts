/**
 * The operator registry: one line per operator. Adding an operator is one new
 * module in this folder plus one line here; docs and hints follow from it.
 */
import type { OperatorDef } from './types.js';
import { present } from './present.js';
import { absent } from './absent.js';
import { equals } from './equals.js';
import { inSet } from './in-set.js';
import { inList } from './in-list.js';
import { contains } from './contains.js';
import { matches } from './matches.js';
import { compare } from './compare.js';
import { elapsed } from './elapsed.js';
import { classIn } from './class-in.js';
import { all } from './all.js';
import { any } from './any.js';
import { not } from './not.js';
import { ifThen } from './if-then.js';
import { exists } from './exists.js';
import { linked } from './linked.js';
import { noEarlierDuplicate } from './no-earlier-duplicate.js';
import { unique } from './unique.js';
import { expr } from './expr.js';

/** In the order docs list them. */
export const OPERATORS: readonly OperatorDef[] = [
  present,
  absent,
  equals,
  inSet,
  inList,
  contains,
  matches,
  compare,
  elapsed,
  classIn,
  all,
  any,
  not,
  ifThen,
  exists,
  linked,
  noEarlierDuplicate,
  unique,
  expr,
];

const BY_KEY = new Map<string, OperatorDef>();
for (const op of OPERATORS) {
  for (const k of op.keys) {
    if (BY_KEY.has(k)) throw new Error(`operator key '${k}' is claimed twice`);
    BY_KEY.set(k, op);
  }
}

export function operatorForKey(key: string): OperatorDef | undefined {
  return BY_KEY.get(key);
}

/** Every key that selects an operator. */
export const OPERATOR_KEYS: readonly string[] = [...BY_KEY.keys()];

/** Every argument name an operator reads (for "did you mean …?" hints). */
export const OPERATOR_ARGS: readonly string[] = [...new Set(OPERATORS.flatMap((op) => Object.keys(op.args)))];

/** Message variables measured by single-record operators, known to every rule without a cross-record check. */
export const LOCAL_VARS: readonly string[] = [...new Set(OPERATORS.filter((op) => !op.crossRecord).flatMap((op) => Object.keys(op.vars ?? {})))];
