/**
 * Streams the records of one or more exports through the audit's filters, for
 * the workflow commands that need records but not an audit (sample, diff).
 */
import { forEachRecord, makeRecordFilter, openInputs, type LoadedProfile, type ReadSummary, type RecordVisitor } from '../ingest/index.js';

export interface FrameFilters {
  period: string | null;
  districts: string[];
  /** Keep only this record_type (lower-case), or null for all. */
  recordType: string | null;
}

export type FrameReadSummary = ReadSummary;

/** Reads every input in order, calls `visit` for each record the filters keep. */
export async function readFrame(
  inputs: string[],
  cwd: string,
  profile: LoadedProfile,
  filters: FrameFilters,
  visit: RecordVisitor,
): Promise<FrameReadSummary> {
  const readers = await openInputs(inputs, cwd, profile);
  return forEachRecord(readers, inputs, { keep: makeRecordFilter(filters) }, visit);
}
