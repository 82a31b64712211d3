/**
 * Our YAML files are data, never code: refuse what YAML can do beyond plain
 * values — explicit tags (`!!js/function`, `!include`, even `!!str`), anchors and
 * aliases (the "billion laughs" expansion), merge keys (`<<`), keys that name
 * JavaScript prototype slots, and keys that are not plain scalars.
 */
import { isAlias, isPair, isScalar, visit, type Document, type Node } from 'yaml';

export interface Refusal {
  offset: number;
  message: string;
  hint: string;
}

const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Every refused construct in `doc`, in text order; `where` ends the message ("in rule files", "in a profile"). */
export function refusals(doc: Document, text: string, where: string): Refusal[] {
  const found: Refusal[] = [];
  const at = (offset: number, message: string, hint: string) => void found.push({ offset, message, hint });
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) return at(node.range![0], `alias *${node.source} is not allowed ${where}`, 'write the value out in full');
      const n = node as Node & { anchor?: string; tag?: string };
      if (n.anchor) at(n.range![0], `anchor &${n.anchor} is not allowed ${where}`, 'write the value out in full');
      // The yaml package sets `tag` only when the source wrote one.
      if (n.tag) {
        const off = tagOffset(text, n.range![0]);
        // Name the tag as written (`!!str`), not as resolved (`tag:yaml.org,2002:str`).
        const written = text[off] === '!' ? /^![^\s,[\]{}]*/.exec(text.slice(off, off + 200))![0] : n.tag;
        at(off, `YAML tag ${written} is not allowed ${where}`, 'remove the tag; write plain values');
      }
    },
    Pair(_key, pair) {
      if (!isPair(pair) || !pair.key) return;
      if (!isScalar(pair.key)) return at((pair.key as Node).range![0], 'keys must be plain words', 'write key: value');
      const key = String(pair.key.value);
      const off = pair.key.range![0];
      if (key === '<<') at(off, `YAML merge keys (<<) are not allowed ${where}`, 'write every key out in full');
      else if (PROTOTYPE_KEYS.has(key)) at(off, `'${key}' is not allowed as a key`, 'rename the key');
    },
  });
  // A tag is located before its node's anchor and value: keep the list in reading order.
  return found.sort((a, b) => a.offset - b.offset);
}

/**
 * The yaml package locates a tagged node at its value; point at the tag itself
 * (`!include` in `require: !include x.yaml`), which is what the author must remove.
 * Looks back from the value over the tag, an optional anchor and whitespace.
 */
function tagOffset(text: string, valueStart: number): number {
  let i = valueStart;
  for (let tokens = 0; tokens < 2; tokens++) {
    while (i > 0 && /\s/.test(text[i - 1]!)) i--;
    let start = i;
    while (start > 0 && !/[\s,[\]{}]/.test(text[start - 1]!)) start--;
    if (text[start] === '!') return start;
    if (text[start] !== '&') break; // an anchor may sit between the tag and the value
    i = start;
  }
  return valueStart;
}
