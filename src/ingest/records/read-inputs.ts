/**
 * The record loop shared by the audit and the workflow commands (sample, diff):
 * every input in order, each row counted, rejected rows kept with file and line,
 * the filters applied, and each kept record handed to a visitor with its source
 * and seq. Input errors name files as the user wrote them (as-given.ts).
 */
import { isAbsolute, join } from 'node:path';
import { openExport, type ExportReader } from '../reader.js';
import type { RowEvent } from '../mapping/row-event.js';
import type { LoadedProfile } from '../profile/types.js';
import type { InputSummary } from '../../model/audit-run.js';
import type { CanonicalRecord, RejectedRow, SourceRef } from '../../model/record.js';
import { asGiven, relabelled } from './as-given.js';
import type { RecordFilter } from './filters.js';

/**
 * Opens every input (as given, relative to `cwd`) before any is read, so a
 * missing or broken second file fails fast rather than after minutes of work.
 */
export async function openInputs(inputs: readonly string[], cwd: string, profile: LoadedProfile, options: { chunkBytes?: number } = {}): Promise<ExportReader[]> {
  const readers: ExportReader[] = [];
  for (const path of inputs) {
    const resolved = isAbsolute(path) ? path : join(cwd, path);
    readers.push(await asGiven(() => openExport(resolved, profile, options), resolved, path));
  }
  return readers;
}

export type RecordVisitor = (record: CanonicalRecord, source: SourceRef, seq: number) => void;

export interface RecordLoop {
  /** Keeps a record (makeRecordFilter), or null to keep every one. */
  keep: RecordFilter | null;
  /** One reader's batches of rows; default `reader.batches()` (the audit may use parse workers). */
  batches?: (reader: ExportReader) => AsyncIterable<RowEvent[]>;
  /** Called with the rows read so far, after a batch about every 10,000 rows, and once at the end. */
  onProgress?: (rowsRead: number) => void;
}

export interface ReadSummary {
  read: number;
  kept: number;
  filtered: number;
  rejected: RejectedRow[];
  warnings: string[];
  /** Per input, as given: its SHA-256 and data rows (kept + rejected + filtered). */
  inputs: InputSummary[];
}

/**
 * Reads `readers` (opened from `inputs`, in the same order) and calls `visit` for
 * each record `keep` keeps, seq counting from 0 across all inputs. Each call
 * starts afresh, so the same readers can be read again.
 */
export async function forEachRecord(readers: readonly ExportReader[], inputs: readonly string[], loop: RecordLoop, visit: RecordVisitor): Promise<ReadSummary> {
  const { keep, onProgress } = loop;
  const batches = loop.batches ?? ((reader: ExportReader) => reader.batches());
  const rejected: RejectedRow[] = [];
  const warnings: string[] = [];
  const summaries: InputSummary[] = [];
  let read = 0;
  let kept = 0;
  let filtered = 0;
  let seq = 0;
  let nextProgress = 0;
  for (const [fileIndex, reader] of readers.entries()) {
    const file = inputs[fileIndex]!;
    warnings.push(...reader.warnings.map((w) => w.split(reader.path).join(file)));
    let rows = 0;
    for await (const batch of relabelled(batches(reader), reader.path, file)) {
      for (const event of batch) {
        rows++;
        if (event.kind === 'rejected') {
          rejected.push({ file, line: event.line, reason: event.reason });
          continue;
        }
        if (keep && !keep(event.record)) {
          filtered++;
          continue;
        }
        kept++;
        visit(event.record, { file, fileIndex, line: event.line }, seq++);
      }
      if (onProgress && read + rows >= nextProgress) {
        onProgress(read + rows);
        nextProgress = read + rows + 10_000;
      }
    }
    read += rows;
    summaries.push({ path: file, sha256: reader.sha256, rows });
  }
  onProgress?.(read);
  return { read, kept, filtered, rejected, warnings, inputs: summaries };
}
