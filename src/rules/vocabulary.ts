/** Every key the rule language knows, for "did you mean …?" hints (operator keys and arguments come from the operators). */
import { OPERATOR_ARGS, OPERATOR_KEYS } from '../operators/index.js';
import type { SchemaWords } from '../yaml/index.js';

export const FILE_KEYS = ['codelists', 'rules', 'disable', 'override'] as const;
export const RULE_KEYS = [
  'id',
  'name',
  'severity',
  'threshold',
  'standard',
  'description',
  'applies_to',
  'require',
  'message',
  'plain',
  'examples',
] as const;
/** A rule's `plain:` wording. */
export const PLAIN_KEYS = ['subject', 'met'] as const;
export const EXAMPLE_KEYS = ['pass', 'fail', 'not_applicable', 'record', 'before', 'after', 'note', 'message'] as const;
/** A `disable:` entry's long form. */
const DISABLE_KEYS = ['reason', 'id'] as const;

export const VOCABULARY: readonly string[] = [...FILE_KEYS, ...RULE_KEYS, ...PLAIN_KEYS, ...EXAMPLE_KEYS, ...OPERATOR_KEYS, ...OPERATOR_ARGS, ...DISABLE_KEYS];

/** How rule files and code lists word hints on unknown keys. */
export const RULE_WORDS: SchemaWords = { vocabulary: VOCABULARY, docs: 'docs/rule-language.md' };
