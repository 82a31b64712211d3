import type { DiffFormatter } from './types.js';

export const diffJson: DiffFormatter = (d) => `${JSON.stringify(d, null, 2)}\n`;
