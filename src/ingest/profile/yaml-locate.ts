import { isMap, isScalar, type Document, type LineCounter, type Node } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

/**
 * Where a zod issue path points in the YAML source. `key: true` points at the
 * key of the last path element (for "unknown key" problems) rather than its value.
 */
export function locate(doc: Document, counter: LineCounter, path: readonly PropertyKey[], key = false): Position {
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const [i, step] of path.entries()) {
    if (!isMap(node) && !(node && typeof node === 'object' && 'items' in node)) break;
    const items = (node as { items: unknown[] }).items;
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) break;
      const keyNode = pair.key as Node;
      if (key && i === path.length - 1) {
        offset = keyNode.range?.[0] ?? offset;
        break;
      }
      next = pair.value;
      offset = (pair.value as Node | null)?.range?.[0] ?? keyNode.range?.[0] ?? offset;
    } else {
      next = items[Number(step)];
      offset = (next as Node | undefined)?.range?.[0] ?? offset;
    }
    node = next;
  }
  const { line, col } = counter.linePos(offset);
  return { line: Math.max(line, 1), column: Math.max(col, 1) };
}
