/**
 * Counts LF bytes in the stream fed to the parser, so a record's byte offset can
 * be turned into a physical line number (csv-parse's own `info.lines` counts a
 * CRLF twice and a lone CR once; record.md counts LF and CRLF once, CR never).
 */
export class LineTracker {
  private chunks: Buffer[] = [];
  /** Absolute offset of chunks[0]. */
  private base = 0;
  /** Offset up to which LFs have been counted, and how many. */
  private counted = 0;
  private lfs = 0;

  add(chunk: Buffer): void {
    if (chunk.length > 0) this.chunks.push(chunk);
  }

  /** LF bytes before absolute offset `end` (monotonic: offsets never go back). */
  lfsBefore(end: number): number {
    while (this.counted < end && this.chunks.length > 0) {
      const chunk = this.chunks[0]!;
      const chunkEnd = this.base + chunk.length;
      const stop = Math.min(end, chunkEnd) - this.base;
      let i = chunk.indexOf(10, this.counted - this.base);
      while (i !== -1 && i < stop) {
        this.lfs++;
        i = chunk.indexOf(10, i + 1);
      }
      this.counted = this.base + stop;
      if (this.counted === chunkEnd) {
        this.chunks.shift();
        this.base = chunkEnd;
      }
    }
    return this.lfs;
  }
}
