/**
 * Entries keyed by a hashed key (hash53, check), each with a time, a pending
 * index and a flag, split into buckets by hash so that all entries of one key
 * share a bucket. Each bucket keeps only the block it is filling in memory and
 * moves filled blocks to a temporary file; at the end the buckets are read back
 * one at a time, as plain arrays a sort can work on. Memory while streaming is
 * a few MB whatever the input, and at the end one bucket's worth.
 */
import { f64, i32, u32, u8, type Column } from './columns.js';
import { SpillArea } from './spill-file.js';

/** One bucket read back: entries in the order they were pushed. */
export interface EntryBucket {
  length: number;
  hash: Float64Array;
  check: Uint32Array;
  time: Float64Array;
  pending: Int32Array;
  flag: Uint8Array;
}

class Bucket {
  readonly hash: Column<Float64Array>;
  readonly check: Column<Uint32Array>;
  readonly time: Column<Float64Array>;
  readonly pending: Column<Int32Array>;
  readonly flag: Column<Uint8Array>;
  constructor(spill: SpillArea) {
    this.hash = f64(undefined, spill);
    this.check = u32(undefined, spill);
    this.time = f64(undefined, spill);
    this.pending = i32(undefined, spill);
    this.flag = u8(undefined, spill);
  }
  /** The bucket as plain arrays (read in order: spilled blocks come back one at a time); the columns are freed. */
  take(): EntryBucket {
    const n = this.hash.length;
    const out: EntryBucket = {
      length: n,
      hash: new Float64Array(n),
      check: new Uint32Array(n),
      time: new Float64Array(n),
      pending: new Int32Array(n),
      flag: new Uint8Array(n),
    };
    const pairs = [
      [this.hash, out.hash],
      [this.check, out.check],
      [this.time, out.time],
      [this.pending, out.pending],
      [this.flag, out.flag],
    ] as const;
    for (const [column, array] of pairs) {
      for (let i = 0; i < n; i++) array[i] = column.get(i);
      column.release();
    }
    return out;
  }
}

export class KeyedEntries {
  private readonly buckets: Bucket[];
  private readonly spill: SpillArea;

  /** `keepBytes`: what each column keeps in memory before spilling (0 = only the block being filled). */
  constructor(
    private readonly count = 4,
    keepBytes = 0,
  ) {
    this.spill = new SpillArea(keepBytes);
    this.buckets = Array.from({ length: count }, () => new Bucket(this.spill));
  }

  /** Adds an entry; returns a handle for setPending(). */
  push(hash: number, check: number, time: number, pending: number, flag: number): number {
    const b = hash % this.count;
    const bucket = this.buckets[b]!;
    bucket.hash.push(hash);
    bucket.check.push(check);
    bucket.time.push(time);
    bucket.pending.push(pending);
    return bucket.flag.push(flag) * this.count + b;
  }

  /** Changes the pending index of the entry last pushed to its bucket (it is still in memory). */
  setPending(handle: number, pending: number): void {
    this.buckets[handle % this.count]!.pending.set(Math.floor(handle / this.count), pending);
  }

  /** Blocks on disk (for tests and measurements). */
  get spilled(): number {
    return this.buckets.reduce((n, b) => n + b.hash.spilled + b.check.spilled + b.time.spilled + b.pending.spilled + b.flag.spilled, 0);
  }

  /** Each bucket in turn, freed as the next is read; the spill file is closed at the end. */
  *take(): Generator<EntryBucket> {
    for (const bucket of this.buckets) yield bucket.take();
    this.spill.close();
  }
}
