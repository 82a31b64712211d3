import type { ReviewResult } from '../types.js';

export interface ReviewFormatContext {
  color: boolean;
}

export type ReviewFormatter = (result: ReviewResult, ctx: ReviewFormatContext) => string;
