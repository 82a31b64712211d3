/** Where a path of keys and list indexes points in a parsed YAML document. */
import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';

/** Keys and list indexes from the document's root, as the loaders build them. */
export type YamlPath = readonly (string | number)[];

/**
 * Offset of the node at `path` (of its key when `onKey`, for "unknown key"
 * problems), or of the nearest ancestor that exists. Accepts zod issue paths.
 */
export function locateOffset(doc: Document, path: readonly PropertyKey[], onKey = false): number {
  let node: unknown = doc.contents;
  let offset = (node as Node | null)?.range?.[0] ?? 0;
  for (const [i, step] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) break;
      const keyStart = (pair.key as Node).range?.[0] ?? offset;
      if (onKey && i === path.length - 1) return keyStart;
      node = pair.value;
      // An empty value (`key:`) has no node of its own: point at the key.
      offset = (node as Node | null)?.range?.[0] ?? keyStart;
    } else if (isSeq(node) && typeof step !== 'symbol') {
      const item = node.items[Number(step)] as Node | undefined;
      if (!item) break;
      node = item;
      offset = item.range?.[0] ?? offset;
    } else break;
  }
  return offset;
}
