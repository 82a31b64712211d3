/**
 * An append-only log of fixed-width rows of numbers, written while the input
 * streams and read back once, in order, at the end. Only the block being
 * filled (64 KiB) is in memory; each filled block goes to the spill area, or
 * stays in memory when the area refuses (no temporary directory, or an area
 * that never spills). Many logs (one per hash bucket) thus cost a few MB
 * however many rows they hold.
 */
import type { SpillArea } from './spill-file.js';
import { bytesOf } from './spill-file.js';

/** Numbers per block: 64 KiB. */
const BLOCK_NUMBERS = 8192;

export class RowLog {
  /** Rows per block. */
  private readonly rowsPerBlock: number;
  private cur: Float64Array;
  private used = 0;
  /** Filled blocks: in memory, or where they are in the spill area. */
  private readonly blocks: (Float64Array | number)[] = [];
  length = 0;

  constructor(
    readonly width: number,
    private readonly spill: SpillArea,
  ) {
    this.rowsPerBlock = Math.max(1, Math.floor(BLOCK_NUMBERS / width));
    this.cur = new Float64Array(this.rowsPerBlock * width);
  }

  /** Appends one row: `width` numbers from `row`. */
  push(row: ArrayLike<number>): void {
    if (this.used === this.rowsPerBlock) this.retire();
    const w = this.width;
    const at = this.used * w;
    for (let i = 0; i < w; i++) this.cur[at + i] = row[i]!;
    this.used++;
    this.length++;
  }

  /** Blocks on disk (for tests and measurements). */
  get spilled(): number {
    return this.blocks.filter((b) => typeof b === 'number').length;
  }

  /**
   * Calls `each(rows, count)` for every block in order: row i is
   * rows[i * width .. (i + 1) * width). The array is reused between calls.
   * The log is empty afterwards.
   */
  read(each: (rows: Float64Array, count: number) => void): void {
    const scratch = new Float64Array(this.rowsPerBlock * this.width);
    for (const block of this.blocks) {
      if (typeof block === 'number') {
        this.spill.read(bytesOf(scratch), block);
        each(scratch, this.rowsPerBlock);
      } else each(block, this.rowsPerBlock);
    }
    each(this.cur, this.used);
    this.blocks.length = 0;
    this.cur = new Float64Array(0);
    this.used = 0;
    this.length = 0;
  }

  private retire(): void {
    const at = this.spill.append(bytesOf(this.cur));
    if (at === null) {
      this.blocks.push(this.cur);
      this.cur = new Float64Array(this.rowsPerBlock * this.width);
    } else this.blocks.push(at);
    this.used = 0;
  }
}
