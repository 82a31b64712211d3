import type { DiffResult } from '../types.js';

export interface DiffFormatContext {
  color: boolean;
  /** Records listed per rule in terminal and Markdown output (JSON lists all). */
  maxRecords: number;
}

export type DiffFormatter = (result: DiffResult, ctx: DiffFormatContext) => string;
