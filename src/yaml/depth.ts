/**
 * Nesting limits for every YAML file the tool reads. The yaml parser, `visit`,
 * `toJS` and the rule compiler all recurse once per level, so a file nested a few
 * thousand levels deep would overflow the stack. Two checks, both iterative:
 * a rough textual scan before parsing (so the parser never sees absurd depth),
 * then an exact walk of the parsed tree.
 */
import { isMap, isPair, isSeq, type Document, type Node } from 'yaml';

/** Levels of YAML collections in one document; a rule 64 conditions deep needs about 135. */
export const MAX_YAML_DEPTH = 200;
/** The problem, in words; each kind of file adds its own hint. */
export const TOO_DEEP = `nested too deeply (more than ${MAX_YAML_DEPTH} levels)`;
/** Textual estimate (indentation / 2 + open flow brackets) above which the parser is not run. */
const MAX_TEXT_DEPTH = 250;

/**
 * Offset of the first place the text nests beyond what any of our files needs, or
 * undefined. Deliberately rough (a bracket inside a block scalar counts); the
 * bound is far above real files, and the exact check follows the parse.
 */
export function scanTextDepth(text: string): number | undefined {
  let flow = 0;
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) {
      lineStart = true;
      indent = 0;
      continue;
    }
    if (lineStart) {
      // Leading spaces and block-sequence dashes ("- - - x") both open levels.
      if (c === 32 || c === 9) {
        indent++;
        continue;
      }
      if (c === 45 /* - */ && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9)) {
        indent += 2;
        i++;
        continue;
      }
      lineStart = false;
    }
    if (c === 35 /* # */ && (i === 0 || /\s/.test(text[i - 1]!))) {
      const nl = text.indexOf('\n', i);
      i = (nl < 0 ? text.length : nl) - 1;
      continue;
    }
    if (c === 39 /* ' */ || c === 34 /* " */) {
      i = skipQuoted(text, i, c);
      continue;
    }
    if (c === 91 /* [ */ || c === 123 /* { */) flow++;
    else if ((c === 93 /* ] */ || c === 125) /* } */ && flow > 0) flow--;
    if (indent / 2 + flow > MAX_TEXT_DEPTH) return i;
  }
  return undefined;
}

/** Index of the closing quote (or the end of the text). */
function skipQuoted(text: string, start: number, quote: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote === 34 && c === 92 /* \ */) i++;
    else if (c === quote) {
      if (quote === 39 && text.charCodeAt(i + 1) === 39) i++;
      else return i;
    }
  }
  return text.length;
}

/** Offset of the first collection nested deeper than MAX_YAML_DEPTH, or undefined. */
export function treeDepthOffset(doc: Document): number | undefined {
  const stack: [unknown, number][] = [[doc.contents, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth > MAX_YAML_DEPTH) return (node as Node).range?.[0] ?? 0;
    for (const item of node.items) {
      if (isPair(item)) {
        stack.push([item.key, depth + 1], [item.value, depth + 1]);
      } else stack.push([item, depth + 1]);
    }
  }
  return undefined;
}
