/**
 * The config file and the exceptions file: YAML with source positions (src/yaml),
 * validated by zod, every problem located as file:line:column and worded by the
 * one schema translator (src/yaml/schema-problems.ts).
 */
import type { z } from 'zod';
import type { SourceProblem } from '../errors.js';
import { TOO_DEEP, parseWith, readYaml, type SchemaWords, type YamlWords } from '../yaml/index.js';

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
  /** Its keys and the page describing it, for hints. */
  words: SchemaWords;
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
  const problems: SourceProblem[] = [];
  const value = parseWith(chosen as z.ZodType<z.output<S>>, raw, [], src, problems, kind.words);
  if (value !== undefined) return { value, problems: [], locate: (path) => src.locate(path) };
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
