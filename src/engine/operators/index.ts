/** The operator registry: condition keys → operator modules. */
import type { OperatorDef } from './types.js';
import { present } from './present.js';
import { absent } from './absent.js';
import { equals } from './equals.js';
import { inSet } from './in-set.js';
import { inList } from './in-list.js';
import { matches } from './matches.js';
import { compare } from './compare.js';
import { elapsed } from './elapsed.js';
import { classIn } from './class-in.js';
import { all } from './all.js';
import { any } from './any.js';
import { not } from './not.js';
import { ifThen } from './if-then.js';
import { exists } from './exists.js';
import { noEarlierDuplicate } from './no-earlier-duplicate.js';
import { unique } from './unique.js';
import { expr } from './expr.js';

export const OPERATORS: readonly OperatorDef[] = [
  present,
  absent,
  equals,
  inSet,
  inList,
  matches,
  compare,
  elapsed,
  classIn,
  all,
  any,
  not,
  ifThen,
  exists,
  noEarlierDuplicate,
  unique,
  expr,
];

const BY_KEY = new Map<string, OperatorDef>();
for (const op of OPERATORS) for (const k of op.keys) BY_KEY.set(k, op);

export function operatorForKey(key: string): OperatorDef | undefined {
  return BY_KEY.get(key);
}

export const OPERATOR_KEYS: readonly string[] = [...BY_KEY.keys()];
export type { OperatorDef, CompileCtx, YamlPath } from './types.js';
