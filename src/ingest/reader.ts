import { createReadStream } from 'node:fs';
import { InputError } from '../errors.js';
import { CsvRows } from './csv/csv-rows.js';
import { inspectFile, READ_CHUNK, type TextEncoding } from './csv/inspect-file.js';
import { bindHeader } from './mapping/bind-header.js';
import type { RowEvent } from './mapping/row-event.js';
import type { RowMapper } from './mapping/row-mapper.js';
import type { LoadedProfile } from './profile/types.js';

/** One export file, checked and ready to stream. */
export interface ExportReader {
  path: string;
  sha256: string;
  encoding: TextEncoding;
  warnings: string[];
  /** Row events in file order, in batches (one per chunk read). Throws InputError on structural damage. */
  batches(): AsyncIterable<RowEvent[]>;
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Opens an export: one pass for its hash and encoding (record.md "Encodings"),
 * then `batches()` streams its rows through the profile.
 */
export async function openExport(path: string, profile: LoadedProfile): Promise<ExportReader> {
  const facts = await inspectFile(path);
  if (facts.size === 0) throw new InputError('is empty: no header and no data rows', path);
  const warnings =
    facts.encoding === 'windows-1252' ? [`${path}: not valid UTF-8; read as Windows-1252`] : [];
  return {
    path,
    sha256: facts.sha256,
    encoding: facts.encoding,
    warnings,
    batches: () => readBatches(path, facts.encoding, profile),
  };
}

async function* readBatches(path: string, encoding: TextEncoding, profile: LoadedProfile): AsyncGenerator<RowEvent[]> {
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
  const decoder = encoding === 'windows-1252' ? new TextDecoder('windows-1252') : undefined;
  let first = true;
  for await (const raw of createReadStream(path, { highWaterMark: READ_CHUNK }) as AsyncIterable<Buffer>) {
    let chunk = raw;
    if (decoder !== undefined) {
      // The BOM goes first, whatever the encoding; the rest is re-encoded as UTF-8 for the parser.
      if (first && chunk.subarray(0, 3).equals(UTF8_BOM)) chunk = chunk.subarray(3);
      chunk = Buffer.from(decoder.decode(chunk, { stream: true }), 'utf8');
    }
    first = false;
    rows.write(chunk);
    if (events.length > 0) {
      yield events;
      events = [];
    }
  }
  if (decoder !== undefined) rows.write(Buffer.from(decoder.decode(), 'utf8'));
  rows.end();
  if (mapper === undefined) throw new InputError('has no header and no data rows', path);
  if (dataRows === 0) throw new InputError('has a header but no data rows', path, headerLine);
  if (events.length > 0) yield events;
}
