import type { TrendFormatter } from './types.js';

export const trendJson: TrendFormatter = (r) => `${JSON.stringify(r, null, 2)}\n`;
