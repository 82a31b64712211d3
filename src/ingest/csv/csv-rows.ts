import { CsvError, Parser } from 'csv-parse';
import { InputError } from '../../errors.js';
import { LineTracker } from './line-tracker.js';

/** The most a record may hold (record.md "Broken files"). */
export const MAX_RECORD_BYTES = 1 << 20;

/** Where the bytes fed to a CsvRows begin: a whole file (the default) or a chunk starting at a record boundary. */
export interface CsvRowsStart {
  /** Strip a leading BOM (only at the start of a file). Default true. */
  bom?: boolean;
  /** Physical line of the first byte fed. Default 1. */
  line?: number;
}

/** Node's Buffer method behind toString('utf8') (long-standing, not in the typings). */
interface Utf8Slicer {
  utf8Slice(start: number, end: number): string;
}

/** csv-parse's synchronous core, which `Parser` wraps as a stream (`parser.api`). */
interface CsvCore {
  info: { bytes: number; empty_lines: number };
  state: { field: { buf: Buffer; length: number; toString(encoding?: BufferEncoding): unknown } };
  parse(buf: Buffer | undefined, end: boolean, push: (record: string[]) => void, close: () => void): Error | undefined;
}

/**
 * Feeds bytes to csv-parse and reports each record's cells with the physical
 * line it starts on. Synchronous per chunk: no per-row promise or stream hop.
 *
 * Line numbers: a record starts on the line after the previous record ended,
 * plus the blank lines csv-parse skipped in between; a record "ends" at the byte
 * after its line break (`info.bytes`), and we count LFs up to there ourselves.
 */
export class CsvRows {
  private readonly core: CsvCore;
  private readonly lines = new LineTracker();
  private nextLine: number;
  private readonly firstLine: number;
  private emptySeen = 0;

  constructor(
    private readonly file: string,
    private readonly onRow: (cells: string[], line: number) => void,
    start: CsvRowsStart = {},
  ) {
    this.firstLine = start.line ?? 1;
    this.nextLine = this.firstLine;
    const parser = new Parser({
      bom: start.bom ?? true,
      // Only LF and CRLF end a record; a lone CR is data (record.md).
      record_delimiter: ['\r\n', '\n'],
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: MAX_RECORD_BYTES,
    });
    this.core = (parser as unknown as { api: CsvCore }).api;
    // Hot path: csv-parse turns each field into a string via buf.slice().toString(),
    // two Buffer objects per field; decoding the bytes in place gives the same string.
    // (utf8Slice is what buf.toString('utf8') ends in; called directly when present.)
    const field = this.core.state.field;
    const slow = field.toString.bind(field);
    const direct = typeof (field.buf as Partial<Utf8Slicer>).utf8Slice === 'function';
    field.toString = (encoding?: BufferEncoding) => {
      if (encoding !== 'utf8') return slow(encoding);
      return direct ? (field.buf as Buffer & Utf8Slicer).utf8Slice(0, field.length) : field.buf.toString('utf8', 0, field.length);
    };
  }

  private readonly push = (cells: string[]): void => {
    const { bytes, empty_lines: empty } = this.core.info;
    const line = this.nextLine + (empty - this.emptySeen);
    this.emptySeen = empty;
    this.nextLine = this.firstLine + this.lines.lfsBefore(bytes);
    this.onRow(cells, line);
  };

  /** Line where the record being parsed (if any) starts. */
  private pendingLine(): number {
    return this.nextLine + (this.core.info.empty_lines - this.emptySeen);
  }

  write(chunk: Buffer): void {
    this.lines.add(chunk);
    this.check(this.core.parse(chunk, false, this.push, () => {}));
  }

  end(): void {
    this.check(this.core.parse(undefined, true, this.push, () => {}));
  }

  private check(error: Error | undefined): void {
    if (error === undefined) return;
    if (error instanceof InputError) throw error;
    const line = this.pendingLine();
    if (error instanceof CsvError && error.code === 'CSV_QUOTE_NOT_CLOSED') {
      throw new InputError('unterminated quoted field: a quote opened here is never closed', this.file, line);
    }
    if (error instanceof CsvError && error.code === 'CSV_MAX_RECORD_SIZE') {
      throw new InputError('record larger than 1 MiB (is a quote left open?)', this.file, line);
    }
    throw new InputError(`cannot read CSV: ${error.message}`, this.file, line);
  }
}
