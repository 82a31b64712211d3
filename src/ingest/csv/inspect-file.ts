import { createHash } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import { InputError } from '../../errors.js';
import { sniffBinary } from './binary-sniff.js';
import { ChunkScanner, type ByteRange } from './chunk-scanner.js';
import { openRegular, type FileIdentity } from './open-regular.js';

export type TextEncoding = 'utf-8' | 'windows-1252';

export interface FileFacts {
  sha256: string;
  size: number;
  encoding: TextEncoding;
  /** Record-aligned byte ranges of about `chunkBytes` each, each with its SHA-256, when asked for (parallel parsing). */
  ranges?: ByteRange[];
  /** The file as it was when this pass opened it: the reading pass must find it the same. */
  identity: FileIdentity;
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
  const { handle, identity } = await openRegular(path);
  const hash = createHash('sha256');
  let utf8 = true;
  let carry: Buffer | undefined;
  let first = true;
  let size = 0;
  const scanner = chunkBytes !== undefined && chunkBytes > 0 ? new ChunkScanner(chunkBytes) : undefined;
  const rangeHashes = scanner ? new RangeHashes(scanner) : undefined;
  try {
    for await (const chunk of handle.createReadStream({ highWaterMark: READ_CHUNK }) as AsyncIterable<Buffer>) {
      hash.update(chunk);
      scanner?.add(chunk);
      rangeHashes?.add(chunk);
      size += chunk.length;
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
  } finally {
    await handle.close().catch(() => undefined);
  }
  if (carry !== undefined) utf8 = false;
  return {
    sha256: hash.digest('hex'),
    size,
    encoding: utf8 ? 'utf-8' : 'windows-1252',
    ...(scanner && rangeHashes ? { ranges: rangeHashes.attach(scanner.ranges(size)) } : {}),
    identity,
  };
}

/**
 * SHA-256 of each range as the scanner finds its boundaries, so parse workers,
 * which hash the bytes they read, can prove they read the bytes this pass hashed.
 */
class RangeHashes {
  private hash = createHash('sha256');
  private start = 0;
  private seen = 1;
  private base = 0;
  private readonly done = new Map<number, string>();

  constructor(private readonly scanner: ChunkScanner) {}

  /** Call after scanner.add(chunk). */
  add(chunk: Buffer): void {
    const starts = this.scanner.boundaries();
    let pos = 0;
    for (; this.seen < starts.length; this.seen++) {
      const cut = starts[this.seen]!.start - this.base;
      this.hash.update(chunk.subarray(pos, cut));
      this.done.set(this.start, this.hash.digest('hex'));
      this.hash = createHash('sha256');
      this.start = starts[this.seen]!.start;
      pos = cut;
    }
    this.hash.update(chunk.subarray(pos));
    this.base += chunk.length;
  }

  attach(ranges: ByteRange[]): ByteRange[] {
    this.done.set(this.start, this.hash.digest('hex'));
    return ranges.map((r) => ({ ...r, sha256: this.done.get(r.start)! }));
  }
}
