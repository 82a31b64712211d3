/** Every key the rule language knows, for "did you mean …?" hints. */
import { OPERATOR_KEYS } from '../engine/operators/index.js';

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
  'examples',
] as const;
export const EXAMPLE_KEYS = ['pass', 'fail', 'not_applicable', 'record', 'before', 'after', 'note', 'message'] as const;
const ARG_KEYS = ['field', 'ignore_case', 'from', 'to', 'unit', 'where', 'match', 'keys', 'time', 'within', 'among', 'fields', 'reason', 'id'];

export const VOCABULARY: readonly string[] = [...FILE_KEYS, ...RULE_KEYS, ...EXAMPLE_KEYS, ...OPERATOR_KEYS, ...ARG_KEYS];
