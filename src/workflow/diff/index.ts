export { runDiff, type DiffOptions } from './run-diff.js';
export { diffFormats, DIFF_FILE_NAMES, type DiffFormatName } from './formats/index.js';
export type { DiffChange, DiffResult, DiffRule, DiffRuleSide } from './types.js';
