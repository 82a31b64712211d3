/**
 * Three-valued evaluation for rules that contain cross-record checks.
 * At add() a rule's conditions evaluate to false / true / unknown (a cross-record
 * check cannot answer yet). An unknown record keeps only bit masks: the results
 * of its local sub-conditions, which cross checks were asked and which had
 * already answered true. At finish() the same tree is replayed with the cross
 * answers. Replay visits only
 * nodes visited at add(): short-circuits at add() happen on definite values,
 * which replay sees unchanged.
 */
import type { CanonicalRecord } from '../model/record.js';
import type { CondNode, CrossCheck, MessageVars } from '../model/condition.js';
import { MAX_PLAN_ATOMS as MAX_ATOMS, localTest } from '../model/condition.js';

export const F = 0;
export const T = 1;
export const U = 2;
export type Tri = 0 | 1 | 2;

/** Per-record scratch state while evaluating at add(). */
export interface Scratch {
  local: number;
  /** Cross checks left open (asked), and those already answered true. */
  asked: number;
  cross: number;
  seq: number;
  /** Message variables of cross checks that answered false at once (CrossCheck.explainNow), or null. */
  vars: MessageVars | null;
}

export interface TriPlan {
  eval: (r: CanonicalRecord, s: Scratch) => Tri;
  replay: (local: number, cross: number) => boolean;
}

export interface PlanAtoms {
  locals: number;
  crosses: CrossCheck[];
}

/** Never thrown for a loaded rule: rules refuse such plans at load (model/condition.ts planTooComplex). */
export class PlanTooComplex extends Error {}

export function buildPlan(node: CondNode, atoms: PlanAtoms): TriPlan {
  const lt = localTest(node);
  if (lt) {
    const bit = 1 << atoms.locals++;
    if (atoms.locals > MAX_ATOMS) throw new PlanTooComplex('too many conditions around cross-record checks');
    return {
      eval: (r, s) => {
        if (lt(r)) {
          s.local |= bit;
          return T;
        }
        return F;
      },
      replay: (local) => (local & bit) !== 0,
    };
  }
  if (node.kind === 'cross') {
    const bit = 1 << atoms.crosses.length;
    const check = node.check;
    atoms.crosses.push(check);
    if (atoms.crosses.length > MAX_ATOMS) throw new PlanTooComplex('too many cross-record checks in one rule');
    return {
      eval: (r, s) => {
        const known = check.now?.(r, s.seq);
        if (known === true) {
          s.cross |= bit;
          return T;
        }
        if (known === false) {
          if (check.explainNow) check.explainNow(r, (s.vars ??= {}));
          return F;
        }
        s.asked |= bit;
        return U;
      },
      replay: (_l, cross) => (cross & bit) !== 0,
    };
  }
  if (node.kind === 'local') throw new Error('unreachable');
  const kids = node.children.map((c) => buildPlan(c, atoms));
  switch (node.kind) {
    case 'all':
      return {
        eval: (r, s) => {
          let res: Tri = T;
          for (const k of kids) {
            const v = k.eval(r, s);
            if (v === F) return F;
            if (v === U) res = U;
          }
          return res;
        },
        replay: (l, c) => kids.every((k) => k.replay(l, c)),
      };
    case 'any':
      return {
        eval: (r, s) => {
          let res: Tri = F;
          for (const k of kids) {
            const v = k.eval(r, s);
            if (v === T) return T;
            if (v === U) res = U;
          }
          return res;
        },
        replay: (l, c) => kids.some((k) => k.replay(l, c)),
      };
    case 'not': {
      const k = kids[0]!;
      return {
        eval: (r, s) => {
          const v = k.eval(r, s);
          return v === U ? U : v === T ? F : T;
        },
        replay: (l, c) => !k.replay(l, c),
      };
    }
    case 'if': {
      const [cond, then] = kids as [TriPlan, TriPlan];
      return {
        eval: (r, s) => {
          const cv = cond.eval(r, s);
          if (cv === F) return T;
          const tv = then.eval(r, s);
          if (tv === T) return T;
          return cv === T ? tv : U;
        },
        replay: (l, c) => !cond.replay(l, c) || then.replay(l, c),
      };
    }
  }
}
