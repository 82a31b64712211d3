/**
 * A profile is data, never code: refuse what YAML can do beyond plain values —
 * explicit tags (`!!js/function`, `!foo`), anchors and aliases (the "billion
 * laughs" expansion), merge keys (`<<`) and keys that name JavaScript prototype
 * slots (`__proto__`, `constructor`, `prototype`). Each refusal names line:column.
 */
import { isAlias, isPair, isScalar, visit, type Document, type LineCounter, type Node } from 'yaml';
import type { SourceProblem } from '../../errors.js';

const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function guardProfileYaml(doc: Document, counter: LineCounter, file: string): SourceProblem[] {
  const problems: SourceProblem[] = [];
  const at = (node: { range?: [number, number, number] | null } | null | undefined, message: string, hint: string) => {
    const pos = counter.linePos(node?.range?.[0] ?? 0);
    problems.push({ file, line: pos.line, column: pos.col, message, hint });
  };
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) return void at(node, `alias *${node.source} is not allowed in a profile`, 'write the value out in full');
      const n = node as Node & { anchor?: string; tag?: string };
      if (n.anchor) at(n, `anchor &${n.anchor} is not allowed in a profile`, 'write the value out in full');
      // The yaml package sets `tag` only when the source wrote one.
      if (n.tag) at(n, `YAML tag ${n.tag} is not allowed in a profile`, 'remove the tag; write plain values');
    },
    Pair(_key, pair) {
      if (!isPair(pair) || !isScalar(pair.key)) return;
      const key = String(pair.key.value);
      if (key === '<<') at(pair.key, 'YAML merge keys (<<) are not allowed in a profile', 'write every key out in full');
      else if (PROTOTYPE_KEYS.has(key)) at(pair.key, `'${key}' is not allowed as a key`, 'rename the key');
    },
  });
  return problems;
}
