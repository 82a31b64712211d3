import { createHash, type Hash } from 'node:crypto';
import { InputError } from '../errors.js';
import type { ByteRange } from './csv/chunk-scanner.js';
import { CsvRows } from './csv/csv-rows.js';
import { inspectFile, READ_CHUNK, type TextEncoding } from './csv/inspect-file.js';
import { assertUnchanged, differences, openRegular, type FileIdentity } from './csv/open-regular.js';
import { bindHeader } from './mapping/bind-header.js';
import type { RowEvent } from './mapping/row-event.js';
import type { RowMapper } from './mapping/row-mapper.js';
import type { LoadedProfile } from './profile/types.js';

/** One export file, checked and ready to stream. */
export interface ExportReader {
  path: string;
  /**
   * SHA-256 of the bytes evaluated: taken again by the pass that reads them
   * (by each parse worker for its range) and checked against the first pass.
   */
  sha256: string;
  /** The file as first opened; every later read must find it the same. */
  identity: FileIdentity;
  encoding: TextEncoding;
  warnings: string[];
  /** Record-aligned byte ranges for parallel parsing, when `chunkBytes` was given to openExport. */
  ranges?: ByteRange[];
  /** Row events in file order, in batches (one per PARSE_SLICE fed). Throws InputError on structural damage. */
  batches(): AsyncIterable<RowEvent[]>;
}

export interface OpenOptions {
  /** Also split the file into record-aligned ranges of about this many bytes (see ChunkScanner). */
  chunkBytes?: number;
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Bytes fed to the parser between two hand-overs of rows (about 500 rows). Small
 * enough that a batch is consumed before the young generation is collected
 * twice, so row objects die young instead of being promoted (docs/performance.md).
 */
export const PARSE_SLICE = 64 * 1024;

/**
 * Opens an export: one pass for its hash and encoding (record.md "Encodings"),
 * then `batches()` streams its rows through the profile.
 */
export async function openExport(path: string, profile: LoadedProfile, options: OpenOptions = {}): Promise<ExportReader> {
  const facts = await inspectFile(path, options.chunkBytes);
  if (facts.size === 0) throw new InputError('is empty: no header and no data rows', path);
  const warnings =
    facts.encoding === 'windows-1252' ? [`${path}: not valid UTF-8; read as Windows-1252`] : [];
  const reader: ExportReader = {
    path,
    sha256: facts.sha256,
    identity: facts.identity,
    encoding: facts.encoding,
    warnings,
    ...(facts.ranges ? { ranges: facts.ranges } : {}),
    batches: () => readBatches(reader, profile),
  };
  return reader;
}

/** The hash of the bytes just read must be the first pass's, and the file must be the same file. */
export async function assertSameBytes(path: string, identity: FileIdentity, expected: string | undefined, actual: string): Promise<void> {
  if (expected !== undefined && expected !== actual) {
    throw new InputError('changed while it was read (its bytes differ between two reads); the audit stops rather than report on bytes it cannot name', path);
  }
  await assertUnchanged(path, identity);
}

/**
 * Feeds the bytes of [range.start, range.end) to `rows`, decoding Windows-1252
 * to UTF-8 on the way, and yields what `drain` returns after each slice fed.
 */
async function* parse<T>(
  path: string,
  encoding: TextEncoding,
  range: { start: number; end?: number },
  rows: CsvRows,
  drain: () => T | undefined,
  options: { sliceBytes?: number; hash?: Hash; identity?: FileIdentity } = {},
): AsyncGenerator<T> {
  if (range.end !== undefined && range.end <= range.start) return;
  const decoder = encoding === 'windows-1252' ? new TextDecoder('windows-1252') : undefined;
  let first = range.start === 0;
  const { handle, identity } = await openRegular(path);
  if (options.identity && differences(options.identity, identity)) {
    await handle.close();
    throw new InputError(`changed while it was read (${differences(options.identity, identity)}); the audit stops rather than report on bytes it cannot name`, path);
  }
  const stream = handle.createReadStream({
    highWaterMark: READ_CHUNK,
    start: range.start,
    ...(range.end !== undefined ? { end: range.end - 1 } : {}),
  }) as AsyncIterable<Buffer>;
  for await (const raw of stream) {
    options.hash?.update(raw);
    let chunk = raw;
    if (decoder !== undefined) {
      // The BOM goes first, whatever the encoding; the rest is re-encoded as UTF-8 for the parser.
      if (first && chunk.subarray(0, 3).equals(UTF8_BOM)) chunk = chunk.subarray(3);
      chunk = Buffer.from(decoder.decode(chunk, { stream: true }), 'utf8');
    }
    first = false;
    // Feed the parser a slice at a time and hand each slice's rows on at once: a
    // whole 1 MiB chunk makes ~20 MB of row objects, so a batch that big would be
    // alive across young-generation GCs and promoted, only to die in old space
    // (docs/performance.md, "Memory").
    const step = options.sliceBytes ?? chunk.length;
    for (let at = 0; at < chunk.length; at += step) {
      rows.write(at === 0 && step >= chunk.length ? chunk : chunk.subarray(at, at + step));
      const out = drain();
      if (out !== undefined) yield out;
    }
  }
  if (decoder !== undefined) rows.write(Buffer.from(decoder.decode(), 'utf8'));
}

async function* readBatches(reader: ExportReader, profile: LoadedProfile): AsyncGenerator<RowEvent[]> {
  const { path, encoding } = reader;
  let mapper: RowMapper | undefined;
  let headerLine = 1;
  let dataRows = 0;
  let events: RowEvent[] = [];
  const rows = new CsvRows(path, (cells, line) => {
    if (mapper === undefined) {
      headerLine = line;
      mapper = bindHeader(cells, profile, path, line);
      return;
    }
    // A line of nothing but spaces is a blank line too.
    if (cells.length === 1 && cells[0]!.trim() === '') return;
    dataRows++;
    events.push(mapper.map(cells, line));
  });
  const drain = (): RowEvent[] | undefined => {
    if (events.length === 0) return undefined;
    const out = events;
    events = [];
    return out;
  };
  // The hash of record is the one taken here, over the bytes evaluated (report.md).
  const hash = createHash('sha256');
  yield* parse(path, encoding, { start: 0 }, rows, drain, { sliceBytes: PARSE_SLICE, hash, identity: reader.identity });
  const sha256 = hash.digest('hex');
  await assertSameBytes(path, reader.identity, reader.sha256, sha256);
  reader.sha256 = sha256;
  rows.end();
  if (mapper === undefined) throw new InputError('has no header and no data rows', path);
  if (dataRows === 0) throw new InputError('has a header but no data rows', path, headerLine);
  if (events.length > 0) yield events;
}

/** The header row of a file: its cells and physical line, or undefined when it has none. */
export async function readHeader(path: string, encoding: TextEncoding): Promise<{ cells: string[]; line: number } | undefined> {
  let header: { cells: string[]; line: number } | undefined;
  const rows = new CsvRows(path, (cells, line) => {
    header ??= { cells, line };
  });
  for await (const found of parse(path, encoding, { start: 0 }, rows, () => header)) return found;
  rows.end();
  return header;
}

/**
 * Row events of one record-aligned byte range of a file whose header is known
 * (parallel parsing). The range holding byte 0 skips the header row. Throws
 * InputError on structural damage, including a range that ends inside quotes.
 */
export async function* readRange(path: string, encoding: TextEncoding, mapper: RowMapper, range: ByteRange, hash?: Hash): AsyncGenerator<RowEvent[]> {
  let skip = range.start === 0;
  let events: RowEvent[] = [];
  const rows = new CsvRows(
    path,
    (cells, line) => {
      if (skip) {
        skip = false;
        return;
      }
      if (cells.length === 1 && cells[0]!.trim() === '') return;
      events.push(mapper.map(cells, line));
    },
    { bom: range.start === 0, line: range.line },
  );
  yield* parse(
    path,
    encoding,
    range,
    rows,
    () => {
      if (events.length === 0) return undefined;
      const out = events;
      events = [];
      return out;
    },
    { sliceBytes: PARSE_SLICE, ...(hash ? { hash } : {}) },
  );
  rows.end();
  if (events.length > 0) yield events;
}
