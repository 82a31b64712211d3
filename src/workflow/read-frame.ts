/**
 * Streams the records of one or more exports through the audit's filters, for
 * the workflow commands that need records but not an audit (sample, diff).
 */
import { isAbsolute, join } from 'node:path';
import { asGiven, relabelled } from '../audit/as-given.js';
import { makeRecordFilter } from '../audit/filters.js';
import { openExport, type ExportReader, type LoadedProfile } from '../ingest/index.js';
import type { CanonicalRecord, RejectedRow, SourceRef } from '../model/record.js';

export interface FrameFilters {
  period: string | null;
  districts: string[];
  /** Keep only this record_type (lower-case), or null for all. */
  recordType: string | null;
}

export interface FrameReadSummary {
  read: number;
  kept: number;
  filtered: number;
  rejected: RejectedRow[];
  warnings: string[];
  /** Per input, as given: its SHA-256 and data rows. */
  inputs: { path: string; sha256: string; rows: number }[];
}

export type RecordVisitor = (record: CanonicalRecord, source: SourceRef, seq: number) => void;

/** Reads every input in order, calls `visit` for each record the filters keep. */
export async function readFrame(
  inputs: string[],
  cwd: string,
  profile: LoadedProfile,
  filters: FrameFilters,
  visit: RecordVisitor,
): Promise<FrameReadSummary> {
  const readers: ExportReader[] = [];
  // Open every input first, so a missing second file fails before any work.
  for (const path of inputs) {
    const resolved = isAbsolute(path) ? path : join(cwd, path);
    readers.push(await asGiven(() => openExport(resolved, profile), resolved, path));
  }
  const base = makeRecordFilter({ period: filters.period, districts: filters.districts });
  const type = filters.recordType;
  const summary: FrameReadSummary = { read: 0, kept: 0, filtered: 0, rejected: [], warnings: [], inputs: [] };
  let seq = 0;
  for (const [fileIndex, reader] of readers.entries()) {
    const file = inputs[fileIndex]!;
    summary.warnings.push(...reader.warnings.map((w) => w.split(reader.path).join(file)));
    const before = summary.read;
    for await (const batch of relabelled(reader.batches(), reader.path, file)) {
      for (const event of batch) {
        summary.read++;
        if (event.kind === 'rejected') {
          summary.rejected.push({ file, line: event.line, reason: event.reason });
          continue;
        }
        const record = event.record;
        if ((base && !base(record)) || (type !== null && record.record_type !== type)) {
          summary.filtered++;
          continue;
        }
        summary.kept++;
        visit(record, { file, fileIndex, line: event.line }, seq++);
      }
    }
    summary.inputs.push({ path: file, sha256: reader.sha256, rows: summary.read - before });
  }
  return summary;
}
