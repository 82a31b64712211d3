/**
 * What a Finding needs about a record whose verdict waits for finish():
 * kept only for such records, in parallel compact columns (no record objects):
 * about 17 bytes plus the record id's UTF-8 bytes each, on disk past the first
 * few hundred KiB of each column.
 *
 * The district id is not stored: it follows from the spelling (`written`). The
 * file is not stored either: records arrive in input order, so each file's
 * records form one run of indexes (`fileStarts`).
 */
import { i32, u8, type Column } from './columns.js';
import { StringArena } from './string-arena.js';
import type { SpillArea } from './spill-file.js';

export class PendingMeta {
  readonly recordId: StringArena;
  readonly line: Column<Int32Array>;
  readonly seq: Column<Int32Array>;
  /** Interned spelling of the district as written, or -1 when it has none. */
  readonly written: Column<Int32Array>;
  /** Interned record type (a handful of values). */
  readonly type: Column<Uint8Array>;
  /** Pending index where each file's records start (by fileIndex; -1 = none). */
  private readonly fileStarts: number[] = [];
  private readonly fileIndexes: number[] = [];

  /** `spill`: past its `keepBytes` each, the columns live on disk (written once, read back in order). */
  constructor(readonly spill: SpillArea) {
    this.recordId = new StringArena(spill);
    this.line = i32(undefined, spill);
    this.seq = i32(undefined, spill);
    this.written = i32(undefined, spill);
    this.type = u8(undefined, spill);
  }

  add(recordId: string | null, fileIndex: number, line: number, seq: number, written: number, type: number): number {
    this.recordId.push(recordId);
    if (this.fileIndexes.length === 0 || this.fileIndexes[this.fileIndexes.length - 1] !== fileIndex) {
      this.fileIndexes.push(fileIndex);
      this.fileStarts.push(this.line.length);
    }
    this.line.push(line);
    this.seq.push(seq);
    this.written.push(written);
    if (type > 255) throw new Error('too many record types');
    return this.type.push(type);
  }

  /** Frees the columns (after finish()). */
  release(): void {
    this.recordId.release();
    this.line.release();
    this.seq.release();
    this.written.release();
    this.type.release();
    this.spill.close();
  }

  /** The input file (its index) of pending record k. */
  fileIndex(k: number): number {
    let lo = 0;
    let hi = this.fileStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.fileStarts[mid]! <= k) lo = mid;
      else hi = mid - 1;
    }
    return this.fileIndexes[lo]!;
  }
}
