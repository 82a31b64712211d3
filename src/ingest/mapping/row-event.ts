import type { CanonicalRecord } from '../../model/record.js';

/** One data row of an export: a record, or a rejected row with its reason (record.md). */
export type RowEvent =
  | { kind: 'record'; record: CanonicalRecord; line: number }
  | { kind: 'rejected'; line: number; reason: string };
