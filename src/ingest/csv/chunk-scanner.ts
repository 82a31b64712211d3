/**
 * Splits a file into byte ranges that start at record boundaries, during the
 * pre-pass, so several threads can parse one file. A boundary is the byte after
 * an LF outside double quotes (quote parity); the physical line each range starts
 * on is counted here so line numbers stay exact.
 *
 * Parity is a guess for malformed files (a stray quote inside an unquoted field
 * flips it); whoever parses the ranges must check that each range ends outside a
 * quoted field and fall back to one sequential pass otherwise.
 */
export interface ByteRange {
  start: number;
  /** Exclusive. */
  end: number;
  /** Physical line (1-based) of the range's first byte. */
  line: number;
  /** SHA-256 of the range's bytes as the pre-pass read them (inspect-file.ts). */
  sha256?: string;
}

const LF = 10;
const QUOTE = 34;

export class ChunkScanner {
  private base = 0;
  private inQuotes = false;
  private lfs = 0;
  private nextTarget: number;
  private readonly starts: { start: number; line: number }[] = [{ start: 0, line: 1 }];

  constructor(private readonly chunkBytes: number) {
    this.nextTarget = chunkBytes;
  }

  add(buf: Buffer): void {
    const len = buf.length;
    let pos = 0;
    while (pos < len) {
      const q = buf.indexOf(QUOTE, pos);
      const stop = q === -1 ? len : q;
      let i = buf.indexOf(LF, pos);
      while (i !== -1 && i < stop) {
        this.lfs++;
        if (!this.inQuotes && this.base + i + 1 >= this.nextTarget) {
          this.starts.push({ start: this.base + i + 1, line: this.lfs + 1 });
          this.nextTarget = this.base + i + 1 + this.chunkBytes;
        }
        i = buf.indexOf(LF, i + 1);
      }
      if (q === -1) break;
      this.inQuotes = !this.inQuotes;
      pos = q + 1;
    }
    this.base += len;
  }

  /** Every range start found so far, in order (the first is byte 0). */
  boundaries(): readonly { start: number; line: number }[] {
    return this.starts;
  }

  /** The ranges covering the whole file (of `size` bytes), in order. */
  ranges(size: number): ByteRange[] {
    const starts = this.starts.filter((s) => s.start < size || s.start === 0);
    return starts.map((s, i) => ({ start: s.start, end: i + 1 < starts.length ? starts[i + 1]!.start : size, line: s.line }));
  }
}
