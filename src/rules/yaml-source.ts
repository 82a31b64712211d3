/**
 * Reads one YAML file keeping source positions (yaml + LineCounter), and refuses
 * what has no place in an auditor's rule file: custom tags, anchors/aliases,
 * merge keys (`<<`) and `__proto__` keys, and nesting deep enough to overflow the
 * stack (yaml-depth.ts). Every problem carries file:line:column.
 */
import { LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node } from 'yaml';
import type { SourceProblem } from '../errors.js';
import { MAX_YAML_DEPTH, scanTextDepth, treeDepthOffset } from './yaml-depth.js';

const TOO_DEEP = `nested too deeply (more than ${MAX_YAML_DEPTH} levels)`;
const TOO_DEEP_HINT = 'a rule needs a few levels of all/any/not; split a deep condition into several rules';

export type Path = readonly (string | number)[];

export interface YamlSource {
  file: string;
  /** Plain JS value of the document (undefined when it could not be parsed). */
  value: unknown;
  problems: SourceProblem[];
  /** 1-based line and column of the node at `path` (its key when `onKey`), or of the nearest ancestor. */
  locate(path: Path, onKey?: boolean): { line: number; column: number };
  problem(path: Path, message: string, hint?: string, onKey?: boolean): SourceProblem;
  /** The source text of the plain scalar at `path` (so `01` stays `01`), if it is one. */
  sourceText(path: Path): string | undefined;
}

export function readYaml(text: string, file: string, options: { failsafe?: boolean } = {}): YamlSource {
  const tooDeep = scanTextDepth(text);
  if (tooDeep !== undefined) return unreadable(file, { file, ...textPos(text, tooDeep), message: TOO_DEEP, hint: TOO_DEEP_HINT });
  const lineCounter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(text, {
      lineCounter,
      prettyErrors: false,
      uniqueKeys: true,
      merge: false,
      ...(options.failsafe ? { schema: 'failsafe' as const } : {}),
    });
  } catch (error) {
    // The parser recurses per level; the scan above should keep it from overflowing, this is the backstop.
    if (!(error instanceof RangeError)) throw error;
    return unreadable(file, { file, line: 1, column: 1, message: TOO_DEEP, hint: TOO_DEEP_HINT });
  }
  const pos = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const problems: SourceProblem[] = [];
  const at = (offset: number, message: string, hint?: string) => {
    problems.push({ file, ...pos(offset), message, ...(hint ? { hint } : {}) });
  };
  for (const e of doc.errors) {
    if (/call stack/i.test(e.message)) at(e.pos[0], TOO_DEEP, TOO_DEEP_HINT);
    else at(e.pos[0], yamlMessage(e.message), 'check indentation, colons and quotes');
  }
  for (const w of doc.warnings) {
    if (/tag/i.test(w.message)) continue; // reported below with a better message
    at(w.pos[0], yamlMessage(w.message));
  }
  if (doc.errors.length === 0) {
    const deep = treeDepthOffset(doc);
    if (deep !== undefined) at(deep, TOO_DEEP, TOO_DEEP_HINT);
    else checkNodes(doc, text, at);
  }

  const locateNode = (path: Path, onKey: boolean): { line: number; column: number } => {
    let node: unknown = doc.contents;
    let best = node && (node as Node).range ? (node as Node).range![0] : 0;
    for (const seg of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
        if (!pair) break;
        const keyNode = pair.key as Node;
        if (onKey && seg === path[path.length - 1] && node !== undefined) {
          best = keyNode.range![0];
          node = undefined;
          break;
        }
        node = pair.value;
        best = (node as Node | null)?.range?.[0] ?? keyNode.range![0];
      } else if (isSeq(node) && typeof seg === 'number') {
        const item = node.items[seg] as Node | undefined;
        if (!item) break;
        node = item;
        best = item.range![0];
      } else break;
    }
    return pos(best);
  };

  const value = doc.errors.length === 0 && problems.length === 0 ? doc.toJS({ maxAliasCount: 0 }) : undefined;
  return {
    file,
    value,
    problems,
    locate: (path, onKey = false) => locateNode(path, onKey),
    sourceText(path) {
      const node = doc.getIn(path, true);
      return isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
    },
    problem(path, message, hint, onKey = false) {
      return { file, ...locateNode(path, onKey), message, ...(hint ? { hint } : {}) };
    },
  };
}

/** A source with one problem and no document (nothing further can be located in it). */
function unreadable(file: string, p: SourceProblem): YamlSource {
  const here = { line: p.line, column: p.column };
  return {
    file,
    value: undefined,
    problems: [p],
    locate: () => here,
    problem: (_path, message, hint) => ({ file, ...here, message, ...(hint ? { hint } : {}) }),
    sourceText: () => undefined,
  };
}

/** 1-based line and column of an offset, without a parse (for refusals before parsing). */
function textPos(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
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

function checkNodes(doc: Document, text: string, at: (offset: number, message: string, hint?: string) => void): void {
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) {
        at(node.range![0], `alias *${node.source} is not allowed in rule files`, 'write the value out in full');
        return;
      }
      const n = node as Node & { anchor?: string; tag?: string };
      if (n.anchor) at(n.range![0], `anchor &${n.anchor} is not allowed in rule files`, 'write the value out in full');
      if (n.tag && !isDefaultTag(n)) {
        const off = tagOffset(text, n.range![0]);
        // Name the tag as written (`!!str`), not as resolved (`tag:yaml.org,2002:str`).
        const written = text[off] === '!' ? /^![^\s,[\]{}]*/.exec(text.slice(off, off + 200))![0] : n.tag;
        at(off, `YAML tag ${written} is not allowed in rule files`, 'remove the tag; write plain values');
      }
    },
    Pair(_key, pair) {
      if (!isPair(pair) || !isScalar(pair.key)) {
        if (isPair(pair) && pair.key && !isScalar(pair.key)) at((pair.key as Node).range![0], 'keys must be plain words', 'write key: value');
        return;
      }
      const k = String(pair.key.value);
      const off = pair.key.range![0];
      if (k === '<<') at(off, 'YAML merge keys (<<) are not allowed in rule files', 'write every key out in full');
      else if (k === '__proto__' || k === 'constructor' || k === 'prototype') at(off, `'${k}' is not allowed as a key`, 'rename the key');
    },
  });
}

/** A tag that only restates the plain type (e.g. implicit !!str) is fine; explicit ones are not. */
function isDefaultTag(n: Node & { tag?: string }): boolean {
  // The yaml package sets `tag` only when the source wrote one explicitly.
  return n.tag === undefined;
}

function yamlMessage(m: string): string {
  const first = m.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '');
  return `YAML syntax: ${first.charAt(0).toLowerCase()}${first.slice(1)}`;
}
