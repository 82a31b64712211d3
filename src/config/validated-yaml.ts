/**
 * The config file and the exceptions file: YAML with source positions (src/yaml),
 * validated by zod, every problem located as file:line:column (knip's error helper,
 * the style guide's "zod at boundaries").
 */
import type { z } from 'zod';
import type { SourceProblem } from '../errors.js';
import { TOO_DEEP, readYaml, type YamlWords } from '../yaml/index.js';

export interface ParsedYaml<T> {
  value: T | null;
  problems: SourceProblem[];
  /** Where a path of the parsed value was written (line, column). */
  locate?: (path: readonly PropertyKey[]) => { line: number; column: number };
}

export interface YamlFileKind {
  /** Ends each refusal: "alias *a is not allowed in the config file". */
  refusedIn: string;
  /** Keep every scalar a string (a record id `013` stays `013`); else numbers and booleans are read. */
  failsafe?: boolean;
}

/**
 * Parses `text` and validates it with `schema`, which may be a function choosing
 * the schema from the parsed value.
 */
export function parseYamlWith<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S | ((raw: unknown) => S),
  kind: YamlFileKind,
): ParsedYaml<z.output<S>> {
  const src = readYaml(text, file, wordsFor(kind.refusedIn), { failsafe: kind.failsafe ?? false });
  if (src.problems.length > 0) return { value: null, problems: src.problems };
  const raw = src.value;
  const chosen = typeof schema === 'function' ? schema(raw) : schema;
  const result = chosen.safeParse(raw);
  if (result.success) return { value: result.data, problems: [], locate: (path) => src.locate(path) };
  const problems: SourceProblem[] = [];
  for (const issue of result.error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    for (const key of keys) {
      const { line, column } = key === undefined ? src.locate(path) : src.locate([...path, key], true);
      const where = formatPath(path);
      const message = key !== undefined ? `unknown field '${key}'` : issue.message;
      problems.push({ file, line, column, message: where ? `${where}: ${message}` : message });
    }
  }
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { value: null, problems };
}

function wordsFor(refusedIn: string): YamlWords {
  return {
    refusedIn,
    warnings: false,
    unread: (p) => ({ line: p.line, column: p.column, message: p.kind === 'too-deep' ? TOO_DEEP : p.message }),
  };
}

function formatPath(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
