/**
 * Short strings (record ids and messages of undecided or failing records)
 * packed as UTF-8 in 1 MiB chunks: about 4 + length bytes each instead of a
 * string object apiece, with no copying as it grows. Given a SpillArea, each
 * filled chunk past the area's `keepBytes` goes to a temporary file (spill-file.ts) and is read back, one
 * chunk at a time, when asked for: the strings are written once and read at
 * the end in order (reading them out of order would read a chunk per string). A string never straddles two chunks: one that does
 * not fit starts the next chunk, so its start is max(previous end, its chunk's
 * start).
 */
import { u32, type Column } from './columns.js';
import { SpillArea, bytesOf } from './spill-file.js';

/** Bytes per chunk: chunks are filled and never copied. */
export const CHUNK = 1 << 20;
/** Longer strings are kept aside as strings (never seen for record ids in practice). */
const LONG = 4096;
const NULL_BYTE = 0xff;
const LONG_BYTE = 0xfe;

export class StringArena {
  /** Chunks in memory; null = spilled to `spill`. */
  private chunks: (Buffer | null)[] = [];
  /** Global end offset of each string (chunk * CHUNK + offset). */
  private ends: Column<Uint32Array>;
  private end = 0;
  private long = new Map<number, string>();
  /** Where each spilled chunk is in `spill`. */
  private readonly spilledAt: number[] = [];
  /** The spilled chunk last read back. */
  private cached: Buffer | null = null;
  private cachedIndex = -1;

  /**
   * `spill`: where filled chunks go past the area's `keepBytes` (shared with
   * other columns); null = always in memory.
   */
  constructor(private readonly spill: SpillArea | null = null) {
    this.ends = u32(undefined, spill ?? undefined);
  }

  /** Stores a string or null; returns its index. */
  push(s: string | null): number {
    if (s !== null && s.length * 3 > LONG) {
      this.long.set(this.ends.length, s);
      s = null;
      this.put(LONG_BYTE);
    } else if (s === null) this.put(NULL_BYTE);
    else if (s.length > 0) {
      let off = this.end % CHUNK;
      if (this.end === this.chunks.length * CHUNK || off + s.length * 3 > CHUNK) this.next();
      off = this.end % CHUNK;
      this.end += this.chunks[this.chunks.length - 1]!.write(s, off, 'utf8');
    }
    return this.ends.push(this.end);
  }

  get(i: number): string | null {
    const prev = i === 0 ? 0 : this.ends.get(i - 1);
    const end = this.ends.get(i);
    if (end === prev) return '';
    const chunk = Math.floor((end - 1) / CHUNK);
    const start = Math.max(prev, chunk * CHUNK);
    const bytes = this.chunk(chunk);
    const from = start - chunk * CHUNK;
    if (end - start === 1 && bytes[from] === NULL_BYTE) return null;
    if (end - start === 1 && bytes[from] === LONG_BYTE) return this.long.get(i) ?? null;
    return bytes.toString('utf8', from, end - chunk * CHUNK);
  }

  /** How many chunks are on disk (for tests and measurements). */
  get spilled(): number {
    return this.chunks.filter((c) => c === null).length;
  }

  /** Frees the strings (the owner of a shared spill area closes it). */
  release(): void {
    this.chunks = [];
    this.ends.release();
    this.long.clear();
    this.cached = null;
    this.cachedIndex = -1;
  }

  private chunk(k: number): Buffer {
    const inMemory = this.chunks[k];
    if (inMemory) return inMemory;
    if (this.cachedIndex !== k) {
      this.cached ??= Buffer.allocUnsafeSlow(CHUNK);
      this.spill!.read(this.cached, this.spilledAt[k]!);
      this.cachedIndex = k;
    }
    return this.cached!;
  }

  /** One marker byte (0xFF and 0xFE never occur in UTF-8). */
  private put(byte: number): void {
    if (this.end === this.chunks.length * CHUNK) this.next();
    this.chunks[this.chunks.length - 1]![this.end % CHUNK] = byte;
    this.end++;
  }

  private next(): void {
    const filled = this.chunks.length - 1;
    if (filled >= 0 && this.spill !== null && filled * CHUNK >= this.spill.keepBytes) this.spillChunk(filled);
    this.end = this.chunks.length * CHUNK;
    this.chunks.push(Buffer.allocUnsafeSlow(CHUNK));
  }

  /** Moves a filled chunk to disk, when a temporary file can be had; else it stays in memory. */
  private spillChunk(k: number): void {
    const at = this.spill?.append(bytesOf(this.chunks[k]!)) ?? null;
    if (at === null) return;
    this.spilledAt[k] = at;
    this.chunks[k] = null;
  }
}
