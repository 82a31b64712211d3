/**
 * What a Finding needs about a record whose verdict waits for finish():
 * kept only for such records, in parallel compact columns (no record objects).
 */
import { i32 } from './columns.js';

export class PendingMeta {
  readonly recordId: (string | null)[] = [];
  readonly fileIndex = i32();
  readonly line = i32();
  readonly seq = i32();
  readonly district = i32();
  readonly written = i32();
  readonly type = i32();
  readonly files: string[] = [];

  add(recordId: string | null, file: string, fileIndex: number, line: number, seq: number, district: number, written: number, type: number): number {
    this.recordId.push(recordId);
    this.files[fileIndex] ??= file;
    this.fileIndex.push(fileIndex);
    this.line.push(line);
    this.seq.push(seq);
    this.district.push(district);
    this.written.push(written);
    return this.type.push(type);
  }
}
