import type { TrendResult } from '../types.js';

export interface TrendFormatContext {
  color: boolean;
}

export type TrendFormatter = (result: TrendResult, ctx: TrendFormatContext) => string;
