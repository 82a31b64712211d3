/**
 * YAML with source positions, validated by zod, every problem located as
 * file:line:column (knip's error helper, the style guide's "zod at boundaries").
 * Shared by the config file and the exceptions file.
 */
import { LineCounter, isNode, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import type { SourceProblem } from '../errors.js';

export interface ParsedYaml<T> {
  value: T | null;
  problems: SourceProblem[];
}

/**
 * Parses `text` and validates it with `schema`. `failsafe` keeps every scalar a
 * string (a record id `013` stays `013`); `core` reads numbers and booleans.
 * `schema` may be a function choosing the schema from the parsed value.
 */
export function parseYamlWith<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S | ((raw: unknown) => S),
  yamlSchema: 'core' | 'failsafe' = 'core',
): ParsedYaml<z.output<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, schema: yamlSchema, prettyErrors: false, uniqueKeys: true });
  const problems: SourceProblem[] = doc.errors.map((error) => {
    const pos = error.linePos?.[0];
    return { file, line: pos?.line ?? 1, column: pos?.col ?? 1, message: firstLine(error.message) };
  });
  if (problems.length > 0) return { value: null, problems };
  const raw: unknown = doc.toJS();
  const chosen = typeof schema === 'function' ? schema(raw) : schema;
  const result = chosen.safeParse(raw);
  if (result.success) return { value: result.data, problems: [] };
  for (const issue of result.error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    for (const key of keys) {
      const at = key === undefined ? path : [...path, key];
      const { line, column } = locate(doc, lineCounter, at, key !== undefined);
      const where = formatPath(path);
      const message = key !== undefined ? `unknown field '${key}'` : issue.message;
      problems.push({ file, line, column, message: where ? `${where}: ${message}` : message });
    }
  }
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { value: null, problems };
}

/** The position of the node at `path`, or of its nearest existing ancestor. */
function locate(doc: Document, lc: LineCounter, path: (string | number)[], wantKey: boolean): { line: number; column: number } {
  for (let depth = path.length; depth >= 0; depth--) {
    const sub = path.slice(0, depth);
    const node = depth === 0 ? doc.contents : doc.getIn(sub, true);
    if (wantKey && depth === path.length) {
      const keyNode = findKeyNode(doc, path);
      if (keyNode) return toPos(lc, keyNode);
    }
    if (isNode(node) && node.range) return toPos(lc, node.range[0]);
  }
  return { line: 1, column: 1 };
}

function findKeyNode(doc: Document, path: (string | number)[]): number | null {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  const items = (parent as { items?: { key?: unknown }[] } | null)?.items;
  const wanted = path[path.length - 1];
  for (const pair of items ?? []) {
    const key = pair.key;
    if (isNode(key) && (key as { value?: unknown }).value === wanted && key.range) return key.range[0];
  }
  return null;
}

function toPos(lc: LineCounter, offset: number): { line: number; column: number } {
  const { line, col } = lc.linePos(offset);
  return { line, column: col };
}

function formatPath(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
