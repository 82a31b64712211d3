import type { ProgressResult } from '../types.js';

export interface ProgressFormatContext {
  color: boolean;
}

export type ProgressFormatter = (result: ProgressResult, ctx: ProgressFormatContext) => string;
