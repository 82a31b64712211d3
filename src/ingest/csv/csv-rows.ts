import { CsvError, Parser } from 'csv-parse';
import { InputError } from '../../errors.js';
import { LineTracker } from './line-tracker.js';

/** The most a record may hold (record.md "Broken files"). */
export const MAX_RECORD_BYTES = 1 << 20;

/** csv-parse's synchronous core, which `Parser` wraps as a stream (`parser.api`). */
interface CsvCore {
  info: { bytes: number; empty_lines: number };
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
  private nextLine = 1;
  private emptySeen = 0;

  constructor(
    private readonly file: string,
    private readonly onRow: (cells: string[], line: number) => void,
  ) {
    const parser = new Parser({
      bom: true,
      // Only LF and CRLF end a record; a lone CR is data (record.md).
      record_delimiter: ['\r\n', '\n'],
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: MAX_RECORD_BYTES,
    });
    this.core = (parser as unknown as { api: CsvCore }).api;
  }

  private readonly push = (cells: string[]): void => {
    const { bytes, empty_lines: empty } = this.core.info;
    const line = this.nextLine + (empty - this.emptySeen);
    this.emptySeen = empty;
    this.nextLine = 1 + this.lines.lfsBefore(bytes);
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
