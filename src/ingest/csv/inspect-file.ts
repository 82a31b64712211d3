import { createHash } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { InputError } from '../../errors.js';
import { sniffBinary } from './binary-sniff.js';
import { ChunkScanner, type ByteRange } from './chunk-scanner.js';

export type TextEncoding = 'utf-8' | 'windows-1252';

export interface FileFacts {
  sha256: string;
  size: number;
  encoding: TextEncoding;
  /** Record-aligned byte ranges of about `chunkBytes` each, when asked for (parallel parsing). */
  ranges?: ByteRange[];
}

export const READ_CHUNK = 1 << 20;

/** Bytes at the end of `buf` that start a UTF-8 sequence the buffer does not finish. */
function incompleteTail(buf: Buffer): number {
  for (let i = 1; i <= Math.min(3, buf.length); i++) {
    const byte = buf[buf.length - i]!;
    if ((byte & 0xc0) === 0x80) continue;
    if (byte < 0xc0) return 0;
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
    return needed > i ? i : 0;
  }
  return 0;
}

/**
 * One cheap pass over the raw bytes before parsing: SHA-256 (the report names
 * inputs by hash), whether the whole file is valid UTF-8 (else it is read, whole,
 * as Windows-1252 — record.md "Encodings"), and whether it is text at all.
 */
export async function inspectFile(path: string, chunkBytes?: number): Promise<FileFacts> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(error.code === 'ENOENT' ? 'no such file' : `cannot read (${error.code ?? error.message})`, path);
  });
  if (info.isDirectory()) throw new InputError('is a folder, not a CSV file', path);
  if (!info.isFile()) throw new InputError('is not a regular file', path);
  const hash = createHash('sha256');
  let utf8 = true;
  let carry: Buffer | undefined;
  let first = true;
  const scanner = chunkBytes !== undefined && chunkBytes > 0 ? new ChunkScanner(chunkBytes) : undefined;
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: READ_CHUNK }) as AsyncIterable<Buffer>) {
      hash.update(chunk);
      scanner?.add(chunk);
      if (first) {
        const binary = sniffBinary(chunk);
        if (binary !== undefined) throw new InputError(`is not CSV text: it looks like ${binary}`, path);
        first = false;
      }
      if (!utf8) continue;
      let body = chunk;
      if (carry !== undefined) {
        // Finish the character split across chunks, then check the rest in place.
        const lead = carry[0]!;
        const need = (lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2) - carry.length;
        utf8 = isUtf8(Buffer.concat([carry, chunk.subarray(0, need)]));
        body = chunk.subarray(need);
        carry = undefined;
      }
      const tail = incompleteTail(body);
      if (utf8) utf8 = isUtf8(body.subarray(0, body.length - tail));
      if (tail > 0) carry = Buffer.from(body.subarray(body.length - tail));
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, path);
  }
  if (carry !== undefined) utf8 = false;
  return {
    sha256: hash.digest('hex'),
    size: info.size,
    encoding: utf8 ? 'utf-8' : 'windows-1252',
    ...(scanner ? { ranges: scanner.ranges(info.size) } : {}),
  };
}
