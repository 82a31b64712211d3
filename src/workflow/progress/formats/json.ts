import type { ProgressFormatter } from './types.js';

/** Every figure of the result, unrounded. */
export const progressJson: ProgressFormatter = (r) => `${JSON.stringify(r, null, 2)}\n`;
