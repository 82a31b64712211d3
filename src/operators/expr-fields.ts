/**
 * The fields a checked jexl expression reads: top-level canonical names, and
 * `extra.<header>` for `extra["Header"]` / `extra.Header`. A computed header
 * (`extra[x]`) names no column, so it is not listed. Runs after checkExpression,
 * on an AST already known to be shallow and allowed.
 */
import type { JexlAstNode } from 'jexl';

export function expressionFields(ast: JexlAstNode, canonical: ReadonlySet<string>, headers: string): string[] {
  const found = new Set<string>();
  const isHeaders = (n: unknown): boolean => {
    const id = n as JexlAstNode | undefined;
    return id?.type === 'Identifier' && id.value === headers && id.from === undefined && id.relative !== true;
  };
  const stack: unknown[] = [ast];
  while (stack.length > 0) {
    const n = stack.pop() as JexlAstNode | undefined | null;
    if (n === undefined || n === null || typeof n !== 'object') continue;
    if (n.type === 'Identifier') {
      const name = String(n.value);
      if (n.from !== undefined) {
        if (isHeaders(n.from)) found.add(`extra.${name}`);
        else stack.push(n.from);
      } else if (n.relative !== true && canonical.has(name)) found.add(name);
      continue;
    }
    if (n.type === 'FilterExpression' && n.relative !== true && isHeaders(n.subject)) {
      const key = n.expr as JexlAstNode | undefined;
      if (key?.type === 'Literal') found.add(`extra.${String(key.value)}`);
      else stack.push(key);
      continue;
    }
    for (const value of Object.values(n)) {
      if (Array.isArray(value)) stack.push(...(value as unknown[]));
      else if (value && typeof value === 'object') stack.push(value);
    }
  }
  return [...found];
}
