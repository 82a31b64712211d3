/**
 * The first two linkable records of recently seen keys, with the numbers a
 * `linked` check reads of them: a window over the input, so that a record
 * whose link was seen a little before it (or a little after, through the
 * lookahead) is answered at once. Two generations of `capacity` keys each:
 * when the newer fills, the older is dropped; a key is found in either.
 * A key is put here only when it is certainly the first of its kind in the
 * input (the caller knows: SeenFilter), so the first record kept for a key is
 * the first in input order, and the second, if kept, the second.
 */

/**
 * One generation: rows in the order their keys came, found through an
 * open-addressing table of row numbers (+1; 0 = empty) by the low bits of the
 * hash53, a quarter full at most. Emptied by zeroing the table.
 */
class Generation {
  readonly table: Int32Array;
  readonly mask: number;
  readonly rows: Float64Array;
  used = 0;
  constructor(
    readonly capacity: number,
    readonly width: number,
  ) {
    let size = 4;
    while (size < capacity * 4) size *= 2;
    this.table = new Int32Array(size);
    this.mask = size - 1;
    this.rows = new Float64Array(capacity * width);
  }

  /** The row of hash53 h (its offset in rows), or -1 - the free table slot where it would go. */
  find(h: number): number {
    const { table, mask, rows, width } = this;
    for (let i = (h >>> 0) & mask; ; i = (i + 1) & mask) {
      const row = table[i]!;
      if (row === 0) return -1 - i;
      const at = (row - 1) * width;
      if (rows[at + HASH] === h) return at;
    }
  }

  clear(): void {
    this.table.fill(0);
    this.used = 0;
  }
}

/** Row layout: hash53, check, seq of the first, seq of the second (-1: none yet), the first's values, the second's. */
const HASH = 0;
const CHECK = 1;
const SEQ1 = 2;
const SEQ2 = 3;
const VALUES = 4;

export class RecentLinks {
  private newer: Generation;
  private older: Generation;
  /** The row last found (find()). */
  private hitRows: Float64Array = new Float64Array(0);
  private hitAt = 0;

  /** `valueCount`: numbers kept per linkable record; `capacity`: keys per generation. */
  constructor(
    private readonly valueCount: number,
    capacity = 16_384,
  ) {
    const width = VALUES + 2 * valueCount;
    this.newer = new Generation(capacity, width);
    this.older = new Generation(capacity, width);
  }

  /** Keeps the first linkable record of a key (h, c) never seen before. */
  first(h: number, c: number, seq: number, values: ArrayLike<number>, from: number): void {
    // Another key with this hash53 here: leave this one to finish().
    if (this.older.find(h) >= 0) return;
    let g = this.newer;
    let free = g.find(h);
    if (free >= 0) return;
    if (g.used === g.capacity) {
      const dropped = this.older;
      dropped.clear();
      this.older = g;
      this.newer = g = dropped;
      free = g.find(h);
    }
    const slot = g.used++;
    g.table[-1 - free] = slot + 1;
    const at = slot * g.width;
    const rows = g.rows;
    rows[at + HASH] = h;
    rows[at + CHECK] = c;
    rows[at + SEQ1] = seq;
    rows[at + SEQ2] = -1;
    for (let i = 0; i < this.valueCount; i++) rows[at + VALUES + i] = values[from + i]!;
  }

  /** Another linkable record of key (h, c): kept when it is the key's second and the key is still here. */
  another(h: number, c: number, seq: number, values: ArrayLike<number>, from: number): void {
    if (!this.find(h, c)) return;
    const rows = this.hitRows;
    const at = this.hitAt;
    if (rows[at + SEQ2]! >= 0) return;
    rows[at + SEQ2] = seq;
    const to = at + VALUES + this.valueCount;
    for (let i = 0; i < this.valueCount; i++) rows[to + i] = values[from + i]!;
  }

  /**
   * The first linkable record of key (h, c) in input order that is not record
   * `seq`, when it is known: copies its values into `out` and returns true.
   * False when the key is not here (not seen yet, or seen too long ago), or
   * its first record is `seq` itself and no second has been seen.
   */
  link(h: number, c: number, seq: number, out: Float64Array): boolean {
    if (!this.find(h, c)) return false;
    const rows = this.hitRows;
    const at = this.hitAt;
    let from = at + VALUES;
    if (rows[at + SEQ1] === seq) {
      if (rows[at + SEQ2]! < 0) return false;
      from += this.valueCount;
    }
    for (let i = 0; i < this.valueCount; i++) out[i] = rows[from + i]!;
    return true;
  }

  private find(h: number, c: number): boolean {
    return this.findIn(this.newer, h, c) || this.findIn(this.older, h, c);
  }

  private findIn(g: Generation, h: number, c: number): boolean {
    const at = g.find(h);
    if (at < 0 || g.rows[at + CHECK] !== c) return false;
    this.hitRows = g.rows;
    this.hitAt = at;
    return true;
  }
}
