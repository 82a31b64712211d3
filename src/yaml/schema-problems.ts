/**
 * The one translator from schema (zod) issues to located problems: every YAML
 * file the tool reads (rule files, code lists, profiles, the config and
 * exceptions files) reports `file:line:column: message (hint)` in the same
 * words, never raw zod JSON. A key the schema does not know is an "unknown key".
 */
import type { z } from 'zod';
import type { SourceProblem } from '../errors.js';
import type { YamlPath } from './locate.js';
import type { YamlSource } from './read-yaml.js';
import { closest } from '../suggest.js';

/** What a kind of file knows, for hints. */
export interface SchemaWords {
  /** Every key the file kind knows, for "did you mean …?". */
  vocabulary: readonly string[];
  /** The page describing the file kind, named when no key or value is close. */
  docs: string;
}

const ANY_FILE: SchemaWords = { vocabulary: [], docs: 'the documentation' };

/** Validates `raw` (found at `base` in `src`); pushes one problem per issue and returns undefined when invalid. */
export function parseWith<T>(schema: z.ZodType<T>, raw: unknown, base: YamlPath, src: YamlSource, out: SourceProblem[], words: SchemaWords = ANY_FILE): T | undefined {
  const res = schema.safeParse(raw, { reportInput: true });
  if (res.success) return res.data;
  out.push(...schemaProblems(res.error.issues, base, src, words));
  return undefined;
}

export function schemaProblems(issues: readonly z.core.$ZodIssue[], base: YamlPath, src: YamlSource, words: SchemaWords): SourceProblem[] {
  return issues.flatMap((issue) => issueProblems(issue, base, src, words));
}

function issueProblems(issue: z.core.$ZodIssue, base: YamlPath, src: YamlSource, words: SchemaWords): SourceProblem[] {
  const path = [...base, ...issue.path.filter((p): p is string | number => typeof p !== 'symbol')];
  const last = path[path.length - 1];
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => unknownKey(key, [...path, key], src, words));
    case 'invalid_key':
      // A mapping whose keys are names from a list (e.g. a profile's `values:` by canonical field).
      return [unknownKey(String(last), path, src, { ...words, vocabulary: allowedValues(issue.issues) ?? words.vocabulary })];
    case 'invalid_type':
      if (issue.input === undefined) return [src.problem(path.slice(0, -1), `missing '${String(last)}'`, `add ${String(last)}: …`)];
      return [src.problem(path, plain(issue.message, issue.expected))];
    case 'invalid_value':
      return [src.problem(path, `'${String(issue.input)}' is not allowed here`, valuesHint(String(issue.input), issue.values.map(String), words))];
    case 'too_small':
      if (issue.origin === 'array') return [src.problem(path, issue.message.startsWith('Too small') ? 'the list is empty' : issue.message, 'add at least one item')];
      if (issue.origin === 'string') return [src.problem(path, 'this text is empty', 'write a value')];
      return [src.problem(path, issue.message)];
    default:
      return [src.problem(path, issue.message)];
  }
}

function unknownKey(key: string, at: YamlPath, src: YamlSource, words: SchemaWords): SourceProblem {
  const guess = closest(key, words.vocabulary);
  return src.problem(at, `unknown key '${key}'`, guess ? `did you mean '${guess}'?` : `see ${words.docs} for the keys allowed here`, true);
}

/** A short list in full; a long one (e.g. the canonical fields) by its closest value. */
function valuesHint(input: string, values: readonly string[], words: SchemaWords): string {
  if (values.length <= 8) return `use one of: ${values.join(', ')}`;
  const guess = closest(input, values);
  return guess ? `did you mean '${guess}'?` : `see ${words.docs} for the values allowed here`;
}

function allowedValues(issues: readonly z.core.$ZodIssue[]): string[] | undefined {
  const bad = issues.find((i) => i.code === 'invalid_value');
  return bad?.code === 'invalid_value' ? bad.values.map(String) : undefined;
}

function plain(message: string, expected: string): string {
  if (!message.startsWith('Invalid input')) return message;
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping (key: value lines)',
    record: 'a mapping (key: value lines)',
  };
  return `expected ${names[expected] ?? expected}`;
}
