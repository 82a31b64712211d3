/**
 * Reads one YAML file keeping source positions (yaml + LineCounter), for every
 * YAML file the tool reads: rule files, code lists, profiles, the config file and
 * the exceptions file. Refuses absurd nesting (depth.ts) and anything beyond
 * plain data (guard.ts); every problem carries file:line:column. Each kind of
 * file words what the parser could not read in its own way (YamlWords).
 */
import { LineCounter, isScalar, parseDocument, type Document } from 'yaml';
import type { SourceProblem } from '../errors.js';
import { scanTextDepth, treeDepthOffset } from './depth.js';
import { refusals } from './guard.js';
import { locateOffset, type YamlPath } from './locate.js';

export interface Position {
  line: number;
  column: number;
}

/** Something the parser could not read: nesting too deep, or a YAML error or warning. */
export type UnreadYaml =
  | (Position & { kind: 'too-deep' })
  | (Position & {
      kind: 'error' | 'warning';
      /** The parser's words (first line), without its own "at line …": the position is in line and column. */
      message: string;
    });

/** How one kind of file words its YAML problems. */
export interface YamlWords {
  /** Ends each refusal: "anchor &a is not allowed in a profile". */
  refusedIn: string;
  /** Whether the parser's warnings are problems too (else they are left out). */
  warnings: boolean;
  unread(p: UnreadYaml): Omit<SourceProblem, 'file'>;
}

export interface YamlSource {
  file: string;
  /** Plain JS value of the document (undefined when it could not be read or something was refused). */
  value: unknown;
  problems: SourceProblem[];
  /** 1-based line and column of the node at `path` (its key when `onKey`), or of the nearest ancestor. */
  locate(path: readonly PropertyKey[], onKey?: boolean): Position;
  problem(path: YamlPath, message: string, hint?: string, onKey?: boolean): SourceProblem;
  /** The source text of the plain scalar at `path` (so `01` stays `01`), if it is one. */
  sourceText(path: YamlPath): string | undefined;
}

export function readYaml(text: string, file: string, words: YamlWords, options: { failsafe?: boolean } = {}): YamlSource {
  const problems: SourceProblem[] = [];
  const report = (p: UnreadYaml) => void problems.push({ file, ...words.unread(p) });
  const tooDeep = scanTextDepth(text);
  if (tooDeep !== undefined) {
    report({ kind: 'too-deep', ...textPos(text, tooDeep) });
    return unreadable(file, problems);
  }
  const lineCounter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: true, merge: false, ...(options.failsafe ? { schema: 'failsafe' as const } : {}) });
  } catch (error) {
    // The parser recurses per level; the scan above should keep it from overflowing, this is the backstop.
    if (!(error instanceof RangeError)) throw error;
    report({ kind: 'too-deep', line: 1, column: 1 });
    return unreadable(file, problems);
  }
  const pos = (offset: number): Position => {
    if (offset < 0) return { line: 1, column: 1 };
    const p = lineCounter.linePos(offset);
    return { line: Math.max(p.line, 1), column: Math.max(p.col, 1) };
  };
  for (const e of doc.errors) {
    if (/call stack/i.test(e.message)) report({ kind: 'too-deep', ...pos(e.pos[0]) });
    else report({ kind: 'error', ...pos(e.pos[0]), message: parserWords(e.message) });
  }
  for (const w of words.warnings ? doc.warnings : []) {
    if (/tag/i.test(w.message)) continue; // refused below with a better message
    report({ kind: 'warning', ...pos(w.pos[0]), message: parserWords(w.message) });
  }
  if (doc.errors.length === 0) {
    const deep = treeDepthOffset(doc);
    if (deep !== undefined) report({ kind: 'too-deep', ...pos(deep) });
    else for (const r of refusals(doc, text, words.refusedIn)) problems.push({ file, ...pos(r.offset), message: r.message, hint: r.hint });
  }

  const locate = (path: readonly PropertyKey[], onKey = false) => pos(locateOffset(doc, path, onKey));
  return {
    file,
    // Every parser error is a problem, so no problems means a sound document.
    value: problems.length === 0 ? doc.toJS({ maxAliasCount: 0 }) : undefined,
    problems,
    locate,
    problem: (path, message, hint, onKey = false) => ({ file, ...locate(path, onKey), message, ...(hint ? { hint } : {}) }),
    sourceText(path) {
      const node = doc.getIn(path, true);
      return isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
    },
  };
}

/** A source with problems and no document: everything is located where the first problem is. */
function unreadable(file: string, problems: SourceProblem[]): YamlSource {
  const here = { line: problems[0]?.line ?? 1, column: problems[0]?.column ?? 1 };
  return {
    file,
    value: undefined,
    problems,
    locate: () => here,
    problem: (_path, message, hint) => ({ file, ...here, message, ...(hint ? { hint } : {}) }),
    sourceText: () => undefined,
  };
}

function parserWords(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '');
}

/** 1-based line and column of an offset, without a parse (for refusals before parsing). */
function textPos(text: string, offset: number): Position {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}
