/** Dispatches a condition mapping to the operator its keys name. */
import { OPERATOR_KEYS, operatorForKey, type CompileCtx, type OperatorDef } from './operators/index.js';
import type { CondNode } from './types.js';
import { closest } from './suggest.js';

const SHARED_KEYS = new Set(['field', 'ignore_case']);

export function compileCondition(raw: unknown, ctx: CompileCtx): CondNode | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    ctx.problem(
      Array.isArray(raw) ? 'expected one condition, found a list' : 'expected a condition',
      Array.isArray(raw) ? 'wrap the list in all: or any:' : 'a condition is a mapping such as `present: offence_code`',
    );
    return undefined;
  }
  const obj = raw as Record<string, unknown>;
  const ops = new Set<OperatorDef>();
  const unknown: string[] = [];
  for (const k of Object.keys(obj)) {
    if (SHARED_KEYS.has(k)) continue;
    const op = operatorForKey(k);
    if (op) ops.add(op);
    else unknown.push(k);
  }
  if (ops.size === 0) {
    if (unknown.length > 0) {
      const k = unknown[0]!;
      const guess = closest(k, OPERATOR_KEYS);
      ctx.problem(`unknown operator '${k}'`, guess ? `did you mean '${guess}'?` : `operators: ${OPERATOR_KEYS.join(', ')}`, [k], true);
    } else {
      ctx.problem('this condition has no operator', `add one, e.g. equals:, in:, present: (operators: ${OPERATOR_KEYS.join(', ')})`);
    }
    return undefined;
  }
  if (ops.size > 1) {
    const names = [...ops].map((o) => o.name);
    ctx.problem(`one condition per mapping, found ${names.join(' and ')}`, 'combine conditions with all: or any:');
    return undefined;
  }
  return [...ops][0]!.compile(obj, ctx);
}
