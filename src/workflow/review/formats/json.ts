import type { ReviewFormatter } from './types.js';

export const reviewJson: ReviewFormatter = (r) => `${JSON.stringify(r, null, 2)}\n`;
