/** Shared construction of all / any / not / if nodes. */
import type { CanonicalRecord } from '../../model/record.js';
import type { CondNode, LogicNode, MessageVars } from '../../model/condition.js';
import { localTest } from '../../model/condition.js';

type Test = (r: CanonicalRecord) => boolean;

function explainOf(n: CondNode): ((r: CanonicalRecord, vars: MessageVars) => void) | undefined {
  return n.kind === 'cross' ? undefined : n.explain;
}

export function logicNode(kind: LogicNode['kind'], children: CondNode[]): LogicNode {
  const tests = children.map(localTest);
  const allLocal = tests.every((t): t is Test => t !== null);
  let test: Test | null = null;
  let explain: LogicNode['explain'];
  if (allLocal) {
    const ts = tests as Test[];
    switch (kind) {
      case 'all':
        test = ts.length === 1 ? ts[0]! : ts.length === 2 ? twoAll(ts[0]!, ts[1]!) : (r) => ts.every((t) => t(r));
        // Explains every failing child, so DQ-001 can list every missing field.
        explain = (r, vars) => children.forEach((c, i) => !ts[i]!(r) && explainOf(c)?.(r, vars));
        break;
      case 'any':
        test = ts.length === 1 ? ts[0]! : (r) => ts.some((t) => t(r));
        explain = (r, vars) => children.forEach((c) => explainOf(c)?.(r, vars));
        break;
      case 'not': {
        const t = ts[0]!;
        test = (r) => !t(r);
        break;
      }
      case 'if': {
        const [c, t] = ts as [Test, Test];
        test = (r) => !c(r) || t(r);
        explain = (r, vars) => void (c(r) && explainOf(children[1]!)?.(r, vars));
        break;
      }
    }
  }
  return explain ? { kind, children, test, explain } : { kind, children, test };
}

function twoAll(a: Test, b: Test): Test {
  return (r) => a(r) && b(r);
}
