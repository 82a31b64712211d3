/** Turns zod issues into one located, plainly worded problem each (never raw zod JSON). */
import type { z } from 'zod';
import type { SourceProblem } from '../errors.js';
import type { YamlPath } from './locate.js';
import type { YamlSource } from './read-yaml.js';
import { closest } from '../suggest.js';

/** What a kind of file calls its keys, for hints on unknown ones. */
export interface KeyWords {
  /** Every key the file kind knows, for "did you mean …?". */
  vocabulary: readonly string[];
  /** Where the allowed keys are described, when no key is close. */
  keysHint: string;
}

const ANY_FILE: KeyWords = { vocabulary: [], keysHint: 'remove it or check its spelling' };

export function parseWith<T>(schema: z.ZodType<T>, raw: unknown, base: YamlPath, src: YamlSource, out: SourceProblem[], words: KeyWords = ANY_FILE): T | undefined {
  const res = schema.safeParse(raw, { reportInput: true });
  if (res.success) return res.data;
  for (const issue of res.error.issues) out.push(issueProblem(issue, base, src, words));
  return undefined;
}

function issueProblem(issue: z.core.$ZodIssue, base: YamlPath, src: YamlSource, words: KeyWords): SourceProblem {
  const path = [...base, ...(issue.path as (string | number)[])];
  const last = path[path.length - 1];
  switch (issue.code) {
    case 'unrecognized_keys': {
      const key = issue.keys[0]!;
      const guess = closest(key, words.vocabulary);
      return src.problem([...path, key], `unknown key '${key}'`, guess ? `did you mean '${guess}'?` : words.keysHint, true);
    }
    case 'invalid_type':
      if (issue.input === undefined) {
        return src.problem(path.slice(0, -1), `missing '${String(last)}'`, `add ${String(last)}: …`);
      }
      return src.problem(path, plain(issue.message, issue.expected));
    case 'invalid_value':
      return src.problem(path, `'${String(issue.input)}' is not allowed here`, `use one of: ${issue.values.map(String).join(', ')}`);
    case 'too_small':
      if (issue.origin === 'array') return src.problem(path, issue.message.startsWith('Too small') ? 'the list is empty' : issue.message, 'add at least one item');
      if (issue.origin === 'string') return src.problem(path, 'this text is empty', 'write a value');
      return src.problem(path, issue.message);
    default:
      return src.problem(path, issue.message);
  }
}

function plain(message: string, expected: string): string {
  if (!message.startsWith('Invalid input')) return message;
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping (key: value lines)',
  };
  return `expected ${names[expected] ?? expected}`;
}
