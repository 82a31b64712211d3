/**
 * Load-time check of a compiled jexl expression: it may read the canonical fields
 * and `extra`, call the transforms we register, and nothing else. jexl itself has
 * no eval and cannot call a value, but it reads properties of whatever it holds —
 * `record_id['constructor']['name']` reaches String — and it resolves
 * `process.exit(1)` as a call of a function named `exit`. So every node is
 * checked against an allow-list, failing closed on a node type it does not know.
 * Iterative, with a depth limit, so a hostile expression cannot overflow the stack.
 */
import type { JexlAstNode } from 'jexl';

export const MAX_EXPRESSION_LENGTH = 2000;
export const MAX_EXPRESSION_DEPTH = 64;

/** Property names that lead out of the data: never readable, not even on `extra`. */
const PROTOTYPE_KEYS = new Set(['constructor', '__proto__', 'prototype']);

/**
 * Any property a string, number, boolean, array or object inherits (`length`,
 * `toString`, `valueOf`, `__defineGetter__`, …): field values are primitives, so
 * reading one of these is never about the data.
 */
function inherited(name: string): boolean {
  if (PROTOTYPE_KEYS.has(name)) return true;
  return [Object.prototype, String.prototype, Number.prototype, Boolean.prototype, Array.prototype, Function.prototype].some((p) => name in p);
}

export interface ExprAllowList {
  /** Top-level names: canonical fields, `extra`. */
  names: ReadonlySet<string>;
  /** Transforms registered on the engine (`|lower`). */
  transforms: ReadonlySet<string>;
  /** The one name whose properties are free-form column headers (a null-prototype object at evaluation). */
  headers: string;
}

export interface ExprProblem {
  message: string;
  hint: string;
}

const UNKNOWN_NAME_HINT = 'use canonical field names, or extra["Header"] for other columns';

/** The first thing the expression may not do, or undefined. Unknown names are reported before other problems. */
export function checkExpression(ast: JexlAstNode, allow: ExprAllowList): ExprProblem | undefined {
  const problems: ExprProblem[] = [];
  const bad = (message: string, hint: string) => problems.push({ message: `bad expression: ${message}`, hint });
  const isHeaders = (n: unknown): boolean => {
    const id = n as JexlAstNode | undefined;
    return id?.type === 'Identifier' && id.value === allow.headers && id.from === undefined && id.relative !== true;
  };
  const stack: [unknown, number][] = [[ast, 1]];
  while (stack.length) {
    const [raw, depth] = stack.pop()!;
    if (raw === undefined || raw === null) continue;
    const n = raw as JexlAstNode;
    if (depth > MAX_EXPRESSION_DEPTH) {
      bad(`nested too deeply (more than ${MAX_EXPRESSION_DEPTH} levels)`, 'split it into several conditions joined with all: or any:');
      break;
    }
    const push = (...children: unknown[]) => children.forEach((c) => stack.push([c, depth + 1]));
    switch (n.type) {
      case 'Literal':
        break;
      case 'Identifier': {
        const name = String(n.value);
        if (n.from !== undefined) {
          // a.b: a property of a value.
          if (isHeaders(n.from) ? PROTOTYPE_KEYS.has(name) : inherited(name)) bad(`property '${name}' cannot be read`, 'expressions read field values only');
          push(n.from);
        } else if (n.relative === true) {
          // .b inside a filter: a property of each element.
          if (inherited(name)) bad(`property '${name}' cannot be read`, 'expressions read field values only');
        } else if (!allow.names.has(name)) {
          problems.push({ message: `unknown field name '${name}' in expression`, hint: UNKNOWN_NAME_HINT });
        }
        break;
      }
      case 'FilterExpression': {
        if (n.relative !== true) {
          // a[key]: the key must be a plain literal, except on the null-prototype header map.
          const key = n.expr as JexlAstNode | undefined;
          if (key?.type === 'Literal') {
            const k = String(key.value);
            if (isHeaders(n.subject) ? PROTOTYPE_KEYS.has(k) : inherited(k)) bad(`property '${k}' cannot be read`, 'expressions read field values only');
          } else if (!isHeaders(n.subject)) {
            bad(`a computed [key] is only allowed on ${allow.headers}`, `write the key in quotes, e.g. ${allow.headers}["LSOA code"]`);
          }
        }
        push(n.subject, n.expr);
        break;
      }
      case 'FunctionCall': {
        const name = String(n.name);
        if (n.pool !== 'transforms') bad(`function ${name}() is not available`, `expressions can only use the transforms ${[...allow.transforms].map((t) => `|${t}`).join(', ')}`);
        else if (!allow.transforms.has(name)) bad(`unknown transform |${name}`, `transforms: ${[...allow.transforms].map((t) => `|${t}`).join(', ')}`);
        push(...((n.args as unknown[] | undefined) ?? []));
        break;
      }
      case 'BinaryExpression':
        push(n.left, n.right);
        break;
      case 'UnaryExpression':
        push(n.right);
        break;
      case 'ConditionalExpression':
        push(n.test, n.consequent, n.alternate);
        break;
      case 'ArrayLiteral':
        push(...((n.value as unknown[] | undefined) ?? []));
        break;
      case 'ObjectLiteral': {
        const map = (n.value as Record<string, unknown> | undefined) ?? {};
        // jexl builds the literal by assignment, so `{__proto__: …}` shows up as a changed prototype, not a key.
        if (Object.getPrototypeOf(map) !== Object.prototype) bad(`'__proto__' is not allowed as a key`, 'rename the key');
        for (const [k, v] of Object.entries(map)) {
          if (PROTOTYPE_KEYS.has(k)) bad(`'${k}' is not allowed as a key`, 'rename the key');
          push(v);
        }
        break;
      }
      default:
        bad(`unsupported syntax (${n.type})`, 'see docs/rule-language.md, "expr"');
    }
  }
  // The most telling first: a name that does not exist, then a prototype slot, then the rest.
  const rank = (p: ExprProblem) => (p.message.startsWith('unknown field') ? 0 : [...PROTOTYPE_KEYS].some((k) => p.message.includes(`'${k}'`)) ? 1 : 2);
  return problems.sort((a, b) => rank(a) - rank(b))[0];
}
