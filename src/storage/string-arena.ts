/**
 * Short strings (record ids and messages of undecided or failing records)
 * packed as UTF-8 in 1 MiB chunks: about 4 + length bytes each instead of a
 * string object apiece, with no copying as it grows. Given a SpillArea, each
 * filled chunk past the area's `keepBytes` goes to a temporary file and is read
 * back, one chunk at a time, when asked for: the strings are written once and
 * read at the end in order (out of order, each string would read a chunk). A
 * string never straddles two chunks: one that does not fit starts the next
 * chunk, so its start is max(previous end, its chunk's start).
 */
import { u32, type Column } from './columns.js';
import { SpilledBlocks, type SpillArea } from './spill-file.js';

/** Bytes per chunk: chunks are filled and never copied. */
export const CHUNK = 1 << 20;
/** Longer strings are kept aside as strings (never seen for record ids in practice). */
const LONG = 4096;
const NULL_BYTE = 0xff;
const LONG_BYTE = 0xfe;

export class StringArena {
  private readonly chunks: SpilledBlocks<Buffer>;
  /** Global end offset of each string (chunk * CHUNK + offset). */
  private ends: Column<Uint32Array>;
  private end = 0;
  private long = new Map<number, string>();

  /**
   * `spill`: where filled chunks go past the area's `keepBytes` (shared with
   * other columns); null = always in memory.
   */
  constructor(spill: SpillArea | null = null) {
    this.ends = u32(undefined, spill ?? undefined);
    this.chunks = new SpilledBlocks(spill, () => Buffer.allocUnsafeSlow(CHUNK));
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
      if (this.end === this.chunks.list.length * CHUNK || off + s.length * 3 > CHUNK) this.next();
      off = this.end % CHUNK;
      this.end += this.last().write(s, off, 'utf8');
    }
    return this.ends.push(this.end);
  }

  get(i: number): string | null {
    const prev = i === 0 ? 0 : this.ends.get(i - 1);
    const end = this.ends.get(i);
    if (end === prev) return '';
    const chunk = Math.floor((end - 1) / CHUNK);
    const start = Math.max(prev, chunk * CHUNK);
    const bytes = this.chunks.get(chunk);
    const from = start - chunk * CHUNK;
    if (end - start === 1 && bytes[from] === NULL_BYTE) return null;
    if (end - start === 1 && bytes[from] === LONG_BYTE) return this.long.get(i) ?? null;
    return bytes.toString('utf8', from, end - chunk * CHUNK);
  }

  /** How many chunks are on disk (for tests and measurements). */
  get spilled(): number {
    return this.chunks.spilled;
  }

  /** Frees the strings (the owner of a shared spill area closes it). */
  release(): void {
    this.chunks.clear();
    this.ends.release();
    this.long.clear();
  }

  /** The chunk being filled (always in memory). */
  private last(): Buffer {
    return this.chunks.list[this.chunks.list.length - 1]!;
  }

  /** One marker byte (0xFF and 0xFE never occur in UTF-8). */
  private put(byte: number): void {
    if (this.end === this.chunks.list.length * CHUNK) this.next();
    this.last()[this.end % CHUNK] = byte;
    this.end++;
  }

  private next(): void {
    if (this.chunks.list.length > 0) this.chunks.retire(this.chunks.list.length - 1);
    this.end = this.chunks.list.length * CHUNK;
    this.chunks.list.push(Buffer.allocUnsafeSlow(CHUNK));
  }
}
