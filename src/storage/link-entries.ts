/**
 * Entries for `linked`: per record, a hashed key (hash53, check), a pending
 * index, flags and a few numbers (the values a linked condition reads), split
 * into buckets by hash so that every entry of one key shares a bucket, in input
 * order. Like KeyedEntries, each bucket keeps only the block it is filling in
 * memory and moves the rest to a temporary file; at the end the buckets are
 * read back one at a time.
 */
import { f64, i32, u32, u8, type Column } from './columns.js';
import { SpillArea } from './spill-file.js';

export interface LinkBucket {
  length: number;
  hash: Float64Array;
  check: Uint32Array;
  pending: Int32Array;
  flag: Uint8Array;
  /** One array per value column. */
  values: Float64Array[];
}

class Bucket {
  readonly hash: Column<Float64Array>;
  readonly check: Column<Uint32Array>;
  readonly pending: Column<Int32Array>;
  readonly flag: Column<Uint8Array>;
  readonly values: Column<Float64Array>[];
  constructor(spill: SpillArea, width: number) {
    this.hash = f64(undefined, spill);
    this.check = u32(undefined, spill);
    this.pending = i32(undefined, spill);
    this.flag = u8(undefined, spill);
    this.values = Array.from({ length: width }, () => f64(undefined, spill));
  }
  take(): LinkBucket {
    const n = this.hash.length;
    const read = <T extends Float64Array | Uint32Array | Int32Array | Uint8Array>(c: Column<T>, out: T): T => {
      for (let i = 0; i < n; i++) out[i] = c.get(i);
      c.release();
      return out;
    };
    return {
      length: n,
      hash: read(this.hash, new Float64Array(n)),
      check: read(this.check, new Uint32Array(n)),
      pending: read(this.pending, new Int32Array(n)),
      flag: read(this.flag, new Uint8Array(n)),
      values: this.values.map((c) => read(c, new Float64Array(n))),
    };
  }
}

export class LinkEntries {
  private readonly buckets: Bucket[];
  private readonly spill: SpillArea;
  private lastBucket = -1;

  /** `width`: value columns per entry; `count`: buckets (more buckets: less memory at the end). */
  constructor(
    readonly width: number,
    private readonly count = 16,
    keepBytes = 0,
  ) {
    this.spill = new SpillArea(keepBytes);
    this.buckets = Array.from({ length: count }, () => new Bucket(this.spill, width));
  }

  /** Adds an entry (values: `width` numbers, NaN = empty). */
  push(hash: number, check: number, pending: number, flag: number, values: ArrayLike<number>): void {
    const b = hash % this.count;
    const bucket = this.buckets[b]!;
    bucket.hash.push(hash);
    bucket.check.push(check);
    bucket.pending.push(pending);
    bucket.flag.push(flag);
    for (let i = 0; i < this.width; i++) bucket.values[i]!.push(values[i]!);
    this.lastBucket = b;
  }

  /** Changes the entry pushed last (still in memory): its pending index, flags and some values. */
  updateLast(pending: number, flagOr: number, values: ArrayLike<number>, from: number): void {
    const bucket = this.buckets[this.lastBucket]!;
    const at = bucket.hash.length - 1;
    bucket.pending.set(at, pending);
    bucket.flag.set(at, bucket.flag.get(at) | flagOr);
    for (let i = from; i < this.width; i++) bucket.values[i]!.set(at, values[i]!);
  }

  /** Each bucket in turn, freed as the next is read; the spill file is closed at the end. */
  *take(): Generator<LinkBucket> {
    for (const bucket of this.buckets) yield bucket.take();
    this.spill.close();
  }
}
